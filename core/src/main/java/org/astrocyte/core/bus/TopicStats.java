package org.astrocyte.core.bus;

/**
 * Counts of one topic: events published through this bus, events handed to this bus's subscribers, and events
 * its subscribers missed because the topic's ring buffer overran them.
 */
public record TopicStats(long published, long delivered, long lost) {
}
