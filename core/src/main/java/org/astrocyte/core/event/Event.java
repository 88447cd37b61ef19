package org.astrocyte.core.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something that happened in a run. Events are immutable records, serialized as JSON with a {@code type} field
 * named after the record, so that non-Java clients can read the bus and the trace.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(RunStarted.class),
    @JsonSubTypes.Type(RunFinished.class),
    @JsonSubTypes.Type(BodySampled.class),
    @JsonSubTypes.Type(FoodCollected.class),
    @JsonSubTypes.Type(CollisionOccurred.class),
    @JsonSubTypes.Type(PlannerCalled.class),
    @JsonSubTypes.Type(PlannerDecisionApplied.class),
    @JsonSubTypes.Type(PlannerBudgetExhausted.class),
    @JsonSubTypes.Type(ToolCalled.class),
    @JsonSubTypes.Type(ReflexOverrode.class),
    @JsonSubTypes.Type(ReflexReleased.class),
    @JsonSubTypes.Type(MemoryStored.class),
    @JsonSubTypes.Type(MemoryRecalled.class),
    @JsonSubTypes.Type(MemoryConsolidated.class),
    @JsonSubTypes.Type(MessageSent.class),
    @JsonSubTypes.Type(SpikesCounted.class),
    @JsonSubTypes.Type(PlannerWoken.class),
    @JsonSubTypes.Type(GoalReached.class),
    @JsonSubTypes.Type(HazardEntered.class),
    @JsonSubTypes.Type(EnergyDepleted.class),
    @JsonSubTypes.Type(TimelineEventApplied.class)
})
public interface Event {

    /** Who raised the event, when, and its place in the run's order. */
    Stamp stamp();

    /** The bus topic the event is published on (one of {@link Topics}). */
    @JsonIgnore
    String topic();
}
