package org.astrocyte.scenarios.report.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.scenarios.run.SpikeRecorder;

/**
 * Reads the spikes a run recorded neuron by neuron ({@code spikes.csv}, with the networks' populations from
 * {@code populations.csv} when it is there) into a {@link NeuronTrack} per agent. A line that does not fit is an
 * error naming the file and the line.
 */
final class NeuronSpikes {

    private static final int SPIKE_FIELDS = 5;
    private static final int POPULATION_FIELDS = 4;

    private NeuronSpikes() {
    }

    /**
     * The recorded spikes of the run in {@code dir}, by agent, for the agents in {@code agents}; null if the run has
     * no {@code spikes.csv} (a run made before spikes were recorded).
     *
     * @throws IllegalArgumentException naming the file and the line, for a line that is not a spike or a population
     *                                  of one of the run's agents
     */
    static Map<String, NeuronTrack> read(Path dir, List<String> agents) throws IOException {
        Path spikes = dir.resolve(SpikeRecorder.FILE_NAME);
        if (!Files.isRegularFile(spikes)) {
            return null;
        }
        Map<String, NeuronTrack> tracks = new LinkedHashMap<>();
        agents.forEach(agent -> tracks.put(agent, new NeuronTrack()));
        Path populations = dir.resolve(SpikeRecorder.POPULATIONS_FILE);
        if (Files.isRegularFile(populations)) {
            readPopulations(populations, tracks);
        }
        readSpikes(spikes, tracks);
        return tracks;
    }

    private static void readPopulations(Path file, Map<String, NeuronTrack> tracks) throws IOException {
        lines(file, SpikeRecorder.POPULATIONS_HEADER, POPULATION_FIELDS, (fields, where) -> {
            NeuronTrack track = track(tracks, fields.get(0), where);
            int neurons = whole(fields.get(3), "neurons", where);
            if (!track.declare(fields.get(1), fields.get(2), neurons)) {
                throw new IllegalArgumentException(where + "population '" + fields.get(2) + "' of network '"
                        + fields.get(1) + "' is listed twice");
            }
        });
    }

    private static void readSpikes(Path file, Map<String, NeuronTrack> tracks) throws IOException {
        lines(file, SpikeRecorder.HEADER, SPIKE_FIELDS, (fields, where) -> {
            NeuronTrack track = track(tracks, fields.get(0), where);
            int neuron = whole(fields.get(3), "neuron", where);
            int declared = track.declared(fields.get(1), fields.get(2));
            if (declared >= 0 && neuron >= declared) {
                throw new IllegalArgumentException(where + "neuron " + neuron + " of population '" + fields.get(2)
                        + "', which has " + declared + " neurons (" + SpikeRecorder.POPULATIONS_FILE + ")");
            }
            double ms;
            try {
                ms = Double.parseDouble(fields.get(4));
            } catch (NumberFormatException e) {
                ms = Double.NaN;
            }
            if (!(ms >= 0) || Double.isInfinite(ms)) {
                throw new IllegalArgumentException(where + "time_ms '" + fields.get(4) + "' is not a time in ms "
                        + "(a number, 0 or more)");
            }
            track.add(fields.get(1), fields.get(2), neuron, ms / 1000);
        });
    }

    private static NeuronTrack track(Map<String, NeuronTrack> tracks, String agent, String where) {
        NeuronTrack track = tracks.get(agent);
        if (track == null) {
            throw new IllegalArgumentException(where + "'" + agent + "' is not an agent of this run (it has "
                    + String.join(", ", tracks.keySet()) + ")");
        }
        return track;
    }

    private static int whole(String text, String what, String where) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + what + " '" + text + "' is not a whole number, 0 or more");
    }

    /** What to do with the fields of one line; {@code where} is "file:line: ". */
    private interface LineHandler {
        void accept(List<String> fields, String where);
    }

    private static void lines(Path file, String header, int fieldCount, LineHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (!header.equals(first)) {
                throw new IllegalArgumentException(file + ":1: expected the header '" + header + "', got "
                        + (first == null ? "an empty file" : "'" + first + "'"));
            }
            long number = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + number + ": ";
                List<String> fields = fields(line);
                if (fields == null || fields.size() != fieldCount) {
                    throw new IllegalArgumentException(where + "expected " + fieldCount + " fields (" + header
                            + "), got " + (fields == null ? "a broken quoted field" : fields.size()) + " in '" + line
                            + "' (the file is cut short or damaged; run the scenario again to rewrite it)");
                }
                handler.accept(fields, where);
            }
        }
    }

    /** The comma-separated fields of a CSV line (quoted fields may hold commas and doubled quotes), or null. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            field.setLength(0);
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        return null;
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    return null;
                }
            } else {
                int comma = line.indexOf(',', i);
                field.append(line, i, comma < 0 ? line.length() : comma);
                i = comma < 0 ? line.length() : comma;
            }
            fields.add(field.toString());
            if (i >= line.length()) {
                return fields;
            }
            i++;
        }
    }
}
