package org.astrocyte.scenarios.report.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.astrocyte.scenarios.run.SpikeRecorder;
import org.astrocyte.scenarios.run.WorldLayout;

/**
 * What the run report embeds, read from a run's folder ({@code trace.jsonl}, {@code world.json},
 * {@code summary.json}, and {@code spikes.csv} with {@code populations.csv}) and thinned to stay fast in a browser
 * whatever the run's length: at most {@value #FRAME_BUDGET} body frames in all ({@value #MAX_FRAMES_PER_AGENT} per
 * agent), at most {@value #MAX_SPIKE_COLUMNS} spike windows per agent (neighbouring windows added together), at most
 * {@value #NEURON_DOT_BUDGET} dots of the neuron rasters in all ({@value #MAX_NEURON_DOTS_PER_AGENT} per agent: one
 * neuron's spikes within 1/{@value #NEURON_BINS} of the run merged, then every k-th dot), and at most
 * {@value #MAX_ITEMS} planner turns, tool calls, decisions per agent, food, collisions and other events each (every
 * k-th kept). The curves over time are counted at full resolution before any thinning. {@link #notes()} says what was
 * thinned. Times in simulated seconds, lengths in metres.
 *
 * @param scenario        the scenario's name
 * @param seed            the run's seed
 * @param endSeconds      when the run ended
 * @param finished        whether the trace ends with the run's {@code RunFinished} event
 * @param world           the layout of the world at the start ({@code world.json}), or null for a run without one
 * @param agents          every agent, in the scenario's order
 * @param food            food collected
 * @param depletions      times at which the timeline took every food item
 * @param collisions      collisions
 * @param planner         planner turns
 * @param tools           tool calls
 * @param events          the other noteworthy events, for lists and the timeline
 * @param spikes          each spiking agent's population raster
 * @param neurons         each spiking agent's neuron raster, or null if the run has no {@code spikes.csv}
 * @param curves          team counts over time
 * @param obstacleChanges obstacles the timeline added, moved or removed
 * @param notes           what the report left out or thinned, in words
 */
public record RunReportData(String scenario, long seed, double endSeconds, boolean finished, JsonNode world,
        List<Agent> agents, List<Food> food, List<Double> depletions, List<Collision> collisions,
        List<PlannerLog.Call> planner, List<PlannerLog.Tool> tools, List<Mark> events, List<SpikeTrack.Raster> spikes,
        List<NeuronTrack.Raster> neurons, Curves curves, List<ObstacleChange> obstacleChanges, List<String> notes) {

    /** Most body frames embedded for all agents together. */
    public static final int FRAME_BUDGET = 40_000;
    /** Most body frames embedded for one agent. */
    public static final int MAX_FRAMES_PER_AGENT = 4_000;
    /** Most spike windows (raster columns) embedded for one agent. */
    public static final int MAX_SPIKE_COLUMNS = 2_000;
    /** Most dots of the neuron rasters embedded for all agents together. */
    public static final int NEURON_DOT_BUDGET = 120_000;
    /** Most dots of one agent's neuron raster embedded. */
    public static final int MAX_NEURON_DOTS_PER_AGENT = 50_000;
    /** Time bins of a thinned neuron raster: one neuron's spikes within one bin make one dot. */
    public static final int NEURON_BINS = 4_000;
    /** Most items of each list of events embedded. */
    public static final int MAX_ITEMS = 5_000;
    /** Points of each curve over time. */
    public static final int CURVE_POINTS = 600;
    /** The team counts drawn over time. */
    static final List<String> CURVES = List.of("food", "collisions", "overrides", "planner calls", "tool calls",
            "goals reached", "hazards entered");

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * Reads the run in {@code dir}.
     *
     * @throws IllegalArgumentException naming the file (and line), if the trace or a JSON file is damaged
     */
    public static RunReportData read(Path dir) throws IOException {
        JsonNode summary = readJson(dir.resolve("summary.json"));
        Path worldFile = dir.resolve(WorldLayout.FILE_NAME);
        JsonNode world = Files.isRegularFile(worldFile) ? readJson(worldFile) : null;
        List<String> known = new ArrayList<>();
        Map<String, JsonNode> summaries = new HashMap<>();
        for (JsonNode agent : summary.path("agents")) {
            summaries.put(agent.path("id").asText(), agent);
        }
        if (world != null) {
            world.path("bodies").forEach(body -> known.add(body.path("id").asText()));
        }
        summary.path("agents").forEach(agent -> known.add(agent.path("id").asText()));
        TraceDigest digest = new TraceDigest(known.stream().distinct().toList());
        TraceLines.read(dir.resolve("trace.jsonl"), digest::accept);
        Map<String, NeuronTrack> neurons = NeuronSpikes.read(dir, List.copyOf(digest.agents.keySet()));
        return assemble(digest, summary, summaries, world, neurons);
    }

    private static RunReportData assemble(TraceDigest digest, JsonNode summary, Map<String, JsonNode> summaries,
            JsonNode world, Map<String, NeuronTrack> neurons) {
        List<String> notes = new ArrayList<>();
        double end = digest.endSeconds();
        if (digest.finishedSeconds == null) {
            notes.add("the trace has no RunFinished event: the run stopped early, at " + end + " s or after");
        }
        if (world == null) {
            notes.add("no " + WorldLayout.FILE_NAME + " (a run made before the report drew arenas): the replay "
                    + "shows the trajectories without walls, obstacles or food");
        }
        int agentCount = digest.agents.size();
        int maxSamples = digest.bodies.stream().mapToInt(BodyTrack::size).max().orElse(0);
        int frameStride = Thinning.stride(maxSamples,
                Math.min(MAX_FRAMES_PER_AGENT, FRAME_BUDGET / Math.max(1, agentCount)));
        if (frameStride > 1) {
            notes.add(String.format(Locale.ROOT, "body samples: every %s kept (up to %d of %d per agent)",
                    ordinal(frameStride), (maxSamples - 1) / frameStride + 2, maxSamples));
        }
        List<Agent> agents = new ArrayList<>();
        List<SpikeTrack.Raster> rasters = new ArrayList<>();
        int decisionsCut = 0;
        for (Map.Entry<String, Integer> entry : digest.agents.entrySet()) {
            int index = entry.getValue();
            OverrideIntervals held = digest.overrides.get(index);
            held.close(end);
            JsonNode figures = summaries.getOrDefault(entry.getKey(), JSON.createObjectNode());
            List<double[]> decisions = digest.planner.decisions(index);
            decisionsCut += decisions.size() > MAX_ITEMS ? 1 : 0;
            agents.add(new Agent(entry.getKey(), textOrNull(figures, "reflex"), textOrNull(figures, "model"),
                    digest.bodies.get(index).frames(frameStride, held), held.pairs(),
                    Thinning.keep(decisions, MAX_ITEMS)));
            SpikeTrack spikes = digest.spikes.get(index);
            if (spikes.windows() > 0) {
                int merge = Thinning.stride(spikes.windows(), MAX_SPIKE_COLUMNS);
                if (merge > 1 && rasters.isEmpty()) {
                    notes.add("spike counts: every " + merge + " sample windows added into one raster column");
                }
                rasters.add(spikes.raster(entry.getKey(), merge));
            }
        }
        if (decisionsCut > 0) {
            notes.add("planner decisions: every k-th kept for " + decisionsCut + " agents with more than "
                    + MAX_ITEMS + " (the goal drawn may lag)");
        }
        PlannerLists lists = PlannerLists.of(digest.planner, MAX_ITEMS, notes);
        return new RunReportData(digest.scenario != null ? digest.scenario : summary.path("scenario").asText(),
                digest.scenario != null ? digest.seed : summary.path("seed").asLong(), Rounding.millis(end),
                digest.finishedSeconds != null, world, agents, kept("food collected", digest.food, notes),
                digest.depletions, kept("collisions", digest.collisions, notes), lists.calls(), lists.tools(),
                kept("other events", digest.marks, notes), rasters, neuronRasters(neurons, summaries, end, notes),
                Curves.of(digest, end),
                digest.obstacleChanges, notes);
    }

    /** The agents' neuron rasters within their budgets, and notes on what was merged or cut; null without a file. */
    private static List<NeuronTrack.Raster> neuronRasters(Map<String, NeuronTrack> tracks,
            Map<String, JsonNode> summaries, double end, List<String> notes) {
        if (tracks == null) {
            notes.add("no spikes.csv (a run made before spikes were recorded neuron by neuron): the spiking reflex "
                    + "is shown per population only");
            return null;
        }
        // The summary counts every spike simulated: an agent with fewer recorded lost the rest to the run's bound,
        // which stopped the recording of all agents at the run's last recorded spike.
        double last = Rounding.millis(tracks.values().stream().mapToDouble(NeuronTrack::lastSeconds).max().orElse(0));
        long recorded = tracks.values().stream().mapToLong(NeuronTrack::spikes).sum();
        boolean cut = false;
        List<Map.Entry<String, NeuronTrack>> drawn = tracks.entrySet().stream()
                .filter(e -> e.getValue().hasPopulations()).toList();
        int budget = Math.min(MAX_NEURON_DOTS_PER_AGENT, NEURON_DOT_BUDGET / Math.max(1, drawn.size()));
        double bin = Math.max(end, 1e-3) / NEURON_BINS;
        List<NeuronTrack.Raster> rasters = new ArrayList<>();
        for (Map.Entry<String, NeuronTrack> entry : drawn) {
            JsonNode figures = summaries.get(entry.getKey());
            boolean lost = figures != null && entry.getValue().spikes() < figures.path("spikes").asLong();
            cut |= lost;
            NeuronTrack.Raster raster = entry.getValue().raster(entry.getKey(), budget, bin, lost ? last : null);
            rasters.add(raster);
            if (raster.t().length < raster.spikes()) {
                notes.add(String.format(Locale.ROOT, "neuron raster of %s: %d spikes drawn as %d dots (one "
                        + "neuron's spikes within %.0f ms make one dot%s)", entry.getKey(), raster.spikes(),
                        raster.t().length, raster.mergedBin() * 1000,
                        raster.stride() > 1 ? ", then every " + ordinal(raster.stride()) + " dot kept" : ""));
            }
        }
        if (cut) {
            notes.add(String.format(Locale.ROOT, "spikes.csv holds the run's first %d spikes, up to %.3f s "
                    + "(the runner records at most %d per run): the neuron raster is hatched after that", recorded,
                    last, SpikeRecorder.MAX_SPIKES));
        }
        return rasters;
    }

    private static <T> List<T> kept(String what, List<T> items, List<String> notes) {
        List<T> kept = Thinning.keep(items, MAX_ITEMS);
        if (kept.size() < items.size()) {
            notes.add(what + ": " + kept.size() + " of " + items.size() + " shown (every "
                    + ordinal(Thinning.stride(items.size(), MAX_ITEMS)) + ")");
        }
        return kept;
    }

    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static JsonNode readJson(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file (expected the output folder of 'astrocyte run')");
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON ("
                    + e.getOriginalMessage() + ")", e);
        }
    }

    /**
     * One agent: its id, reflex and planner model (from the summary), its body {@code frames}, the intervals in
     * which its reflex overrode the planner ([start, end] s) and the planner's decisions ([t s, goal x, goal y,
     * 1 if it stopped]).
     */
    public record Agent(String id, String reflex, String model, BodyTrack.Frames frames, List<double[]> overrides,
            List<double[]> decisions) {
    }

    /** A food item {@code foodId} collected by agent index {@code agent} at {@code t} s. */
    public record Food(double t, int agent, int foodId) {
    }

    /** Agent index {@code agent} hit {@code with} at ({@code x}, {@code y}) m at {@code t} s. */
    public record Collision(double t, int agent, String with, double x, double y) {
    }

    /** Any other event: its time (s), agent index (-1 for the world), type and what it said. */
    public record Mark(double t, int agent, String type, String text) {
    }

    /** Team counts at times {@code t} (s), by curve name, each counted at full resolution. */
    public record Curves(double[] t, Map<String, double[]> team, double[] distance) {

        static Curves of(TraceDigest digest, double end) {
            int points = CURVE_POINTS;
            double[] t = new double[points + 1];
            for (int i = 0; i <= points; i++) {
                t[i] = Rounding.millis(end * i / points);
            }
            Map<String, double[]> team = new LinkedHashMap<>();
            digest.counted.forEach((name, times) -> {
                if (times.size() > 0) {
                    double[] counts = new double[t.length];
                    for (int i = 0; i < t.length; i++) {
                        counts[i] = times.floor(t[i]) + 1;
                    }
                    team.put(name, counts);
                }
            });
            double[] distance = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                for (BodyTrack body : digest.bodies) {
                    distance[i] += body.distanceAt(t[i]);
                }
                distance[i] = Rounding.millimetres(distance[i]);
            }
            return new Curves(t, team, distance);
        }
    }
}
