package org.astrocyte.scenarios.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.astrocyte.memory.consolidation.ConsolidationPolicy;
import org.astrocyte.memory.store.Episode;

/**
 * What a map of episodes holds, in figures a person reads at a glance.
 *
 * @param map         the map's name
 * @param episodes    episodes readable
 * @param unreadable  entries that are not episodes
 * @param knowledge   prototypes written by consolidation
 * @param perAgent    episodes per agent, by agent id
 * @param firstMicros simulated time of the earliest episode, µs (0 when empty)
 * @param lastMicros  simulated time of the latest episode, µs (0 when empty)
 * @param topTags     the ten most used tags with their counts, most used first
 * @param codeSizes   episodes per code size in bits
 * @param meanActive  mean active bits per code
 */
public record MemoryStats(String map, int episodes, int unreadable, int knowledge, Map<String, Long> perAgent,
        long firstMicros, long lastMicros, Map<String, Long> topTags, Map<Integer, Long> codeSizes,
        double meanActive) {

    /** The figures of {@code loaded}, read from {@code map}. */
    public static MemoryStats of(String map, MemoryArchive.Loaded loaded) {
        List<Episode> all = loaded.episodes();
        Map<String, Long> tags = all.stream().flatMap(e -> e.tags().stream())
                .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
        Map<String, Long> top = new LinkedHashMap<>();
        tags.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return new MemoryStats(map, all.size(), loaded.unreadable().size(),
                (int) all.stream().filter(e -> e.tags().contains(ConsolidationPolicy.KNOWLEDGE_TAG)).count(),
                all.stream().collect(Collectors.groupingBy(Episode::agentId, TreeMap::new, Collectors.counting())),
                all.stream().mapToLong(Episode::timeMicros).min().orElse(0),
                all.stream().mapToLong(Episode::timeMicros).max().orElse(0), top,
                all.stream().collect(Collectors.groupingBy(e -> e.code().size(), TreeMap::new,
                        Collectors.counting())),
                all.stream().mapToInt(e -> e.code().activeCount()).average().orElse(0));
    }

    /** A short text table. */
    public String format() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "map %s: %d episodes (%d knowledge)%s%n", map, episodes, knowledge,
                unreadable == 0 ? "" : ", " + unreadable + " unreadable entries"));
        text.append(String.format(Locale.ROOT, "  simulated time   %.3f s to %.3f s%n", firstMicros / 1e6,
                lastMicros / 1e6));
        text.append(String.format(Locale.ROOT, "  codes            %s, %.1f active bits on average%n",
                codeSizes.entrySet().stream().map(e -> e.getValue() + " of " + e.getKey() + " bits")
                        .collect(Collectors.joining(", ")), meanActive));
        text.append("  per agent        ").append(perAgent.entrySet().stream().map(e -> e.getKey() + " "
                + e.getValue()).collect(Collectors.joining(", "))).append(System.lineSeparator());
        text.append("  top tags         ").append(topTags.isEmpty() ? "(none)" : topTags.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))
                .append(System.lineSeparator());
        return text.toString();
    }
}
