package org.astrocyte.memory.encoder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.memory.sdr.Sdr;

/**
 * Which bits of a composite code belong to which field, so that a match can be explained field by field (e.g. a
 * recall shares 12 bits of "what" and 19 of "where").
 *
 * @param segments the fields in code order, contiguous from bit 0
 */
public record CodeLayout(List<Segment> segments) {

    /** Field {@code name} covers bits {@code offset} to {@code offset + size - 1}. */
    public record Segment(String name, int offset, int size) {
    }

    public CodeLayout {
        segments = List.copyOf(segments);
        int next = 0;
        for (Segment s : segments) {
            if (s.offset() != next || s.size() < 1) {
                throw new IllegalArgumentException("segments must be contiguous and non-empty from bit 0, got "
                        + segments);
            }
            next += s.size();
        }
    }

    /** Bits of a code of this layout. */
    public int size() {
        return segments.isEmpty() ? 0 : segments.get(segments.size() - 1).offset()
                + segments.get(segments.size() - 1).size();
    }

    /** The bits {@code a} and {@code b} share, per field, in code order. */
    public Map<String, Integer> overlaps(Sdr a, Sdr b) {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (Segment s : segments) {
            result.put(s.name(), 0);
        }
        int[] x = a.active();
        int[] y = b.active();
        int i = 0;
        int j = 0;
        int segment = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                while (segment < segments.size() - 1 && x[i] >= segments.get(segment + 1).offset()) {
                    segment++;
                }
                if (segment < segments.size() && x[i] < size()) {
                    result.merge(segments.get(segment).name(), 1, Integer::sum);
                }
                i++;
                j++;
            }
        }
        return result;
    }
}
