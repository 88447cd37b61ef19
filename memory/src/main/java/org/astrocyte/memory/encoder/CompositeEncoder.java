package org.astrocyte.memory.encoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.astrocyte.memory.sdr.Sdr;

/**
 * Encodes a record by encoding named fields and concatenating their codes in a fixed order, so that an episode's
 * code carries what, where and when in separate segments; or, built with {@link Builder#buildUnion()}, by the
 * union of the fields' codes over one shared set of bits (denser, and a match can no longer be told apart by field). A
 * field absent from a value (its extractor returns null) leaves its segment empty: that is how a partial cue is made,
 * e.g. "where" without "when".
 *
 * <p>Property: the overlap of two codes is the sum of the fields' overlaps, each keeping its own encoder's
 * property; {@link #segment} tells which bits belong to which field, to explain a match.
 *
 * @param <T> the record encoded
 */
public final class CompositeEncoder<T> implements Encoder<T> {

    private final Map<String, Field<T, ?>> fields;
    private final Map<String, Integer> offsets = new LinkedHashMap<>();
    private final int size;
    private final boolean union;

    private record Field<T, V>(Function<T, V> extract, Encoder<V> encoder) {

        Sdr encode(T value) {
            V part = extract.apply(value);
            return part == null ? Sdr.empty(encoder.size()) : encoder.encode(part);
        }
    }

    private CompositeEncoder(Map<String, Field<T, ?>> fields, boolean union) {
        this.fields = fields;
        this.union = union;
        int offset = 0;
        for (Map.Entry<String, Field<T, ?>> field : fields.entrySet()) {
            offsets.put(field.getKey(), union ? 0 : offset);
            offset = union ? field.getValue().encoder().size() : offset + field.getValue().encoder().size();
        }
        this.size = offset;
    }

    /** Starts an encoder of records of type {@code T}. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    @Override
    public Sdr encode(T value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        Sdr code = null;
        for (Field<T, ?> field : fields.values()) {
            Sdr part = field.encode(value);
            code = code == null ? part : union ? code.union(part) : code.concat(part);
        }
        return code;
    }

    @Override
    public int size() {
        return size;
    }

    /** The names of the fields, in code order. */
    public List<String> fieldNames() {
        return new ArrayList<>(fields.keySet());
    }

    /** Which bits belong to which field, to explain a match; a union is one segment named after all its fields. */
    public CodeLayout layout() {
        if (union) {
            return new CodeLayout(List.of(new CodeLayout.Segment(String.join("+", fields.keySet()), 0, size)));
        }
        List<CodeLayout.Segment> segments = new ArrayList<>();
        for (Map.Entry<String, Integer> offset : offsets.entrySet()) {
            segments.add(new CodeLayout.Segment(offset.getKey(), offset.getValue(),
                    fields.get(offset.getKey()).encoder().size()));
        }
        return new CodeLayout(segments);
    }

    /** The part of {@code code} that belongs to field {@code name}, as a code of that field's size. */
    public Sdr segment(Sdr code, String name) {
        if (union) {
            throw new IllegalStateException("a union of fields has no segment per field");
        }
        Integer offset = offsets.get(name);
        if (offset == null) {
            throw new IllegalArgumentException("no field '" + name + "'; fields: " + String.join(", ",
                    fields.keySet()));
        }
        int fieldSize = fields.get(name).encoder().size();
        int[] bits = java.util.Arrays.stream(code.active()).filter(b -> b >= offset && b < offset + fieldSize)
                .map(b -> b - offset).toArray();
        return Sdr.of(fieldSize, bits);
    }

    /** Collects the fields of a {@link CompositeEncoder}. */
    public static final class Builder<T> {

        private final Map<String, Field<T, ?>> fields = new LinkedHashMap<>();

        /** Adds field {@code name}: {@code extract} picks its value from a record (null when absent). */
        public <V> Builder<T> field(String name, Function<T, V> extract, Encoder<V> encoder) {
            if (name == null || name.isBlank() || fields.containsKey(name)) {
                throw new IllegalArgumentException("field names must be distinct and not blank, got '" + name + "'");
            }
            fields.put(name, new Field<>(extract, encoder));
            return this;
        }

        public CompositeEncoder<T> build() {
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a composite encoder needs at least one field");
            }
            return new CompositeEncoder<>(new LinkedHashMap<>(fields), false);
        }

        /**
         * An encoder whose code is the union of the fields' codes, which must all have the same size.
         *
         * @throws IllegalArgumentException naming the sizes, if they differ
         */
        public CompositeEncoder<T> buildUnion() {
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a composite encoder needs at least one field");
            }
            List<Integer> sizes = fields.values().stream().map(f -> f.encoder().size()).distinct().toList();
            if (sizes.size() > 1) {
                throw new IllegalArgumentException("the fields of a union must have codes of one size, got "
                        + fields.entrySet().stream().map(f -> f.getKey() + " " + f.getValue().encoder().size())
                        .toList());
            }
            return new CompositeEncoder<>(new LinkedHashMap<>(fields), true);
        }
    }
}
