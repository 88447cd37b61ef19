package org.astrocyte.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Reads a YAML file into a typed record tree. Unknown keys, wrong types, missing required fields and values that
 * a record rejects all become an {@link InputException} naming the file, line, column and field. Overrides
 * ({@code "a.b.c" -> "value"}, e.g. from system properties) are applied on top of the file.
 */
public final class YamlConfigReader {

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** Reads {@code file} as a {@code type}. */
    public <T> T read(Path file, Class<T> type) {
        return read(file, type, Map.of());
    }

    /** Reads {@code file} as a {@code type}, then applies {@code overrides} (dotted paths to values). */
    public <T> T read(Path file, Class<T> type, Map<String, String> overrides) {
        String text = readText(file);
        T value;
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree != null && IncludeResolver.hasIncludes(tree)) {
                return withIncludes(file, type, tree, overrides);
            }
            value = mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw locateKey(text, describe(file, e), e);
        }
        if (value == null) {
            throw new InputException(file, 1, 1, "the file is empty; expected " + TypeNames.of(type));
        }
        if (overrides.isEmpty()) {
            return value;
        }
        try {
            JsonNode tree = mapper.readTree(text);
            overrides.forEach((path, override) -> set((ObjectNode) tree, path, override));
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            InputException cause = describe(file, e);
            throw new InputException(file, 0, 0, "after applying overrides " + overrides.keySet() + ": "
                    + cause.problem());
        }
    }

    /**
     * A {@code type} from a file with {@code include:} keys: the includes are merged first, and an error in the merged
     * result names the field (the line is lost in the merge; a syntax error in a fragment names its line).
     */
    private <T> T withIncludes(Path file, Class<T> type, JsonNode tree, Map<String, String> overrides) {
        JsonNode merged = new IncludeResolver(mapper).resolve(file, tree);
        if (merged instanceof ObjectNode object) {
            overrides.forEach((path, override) -> set(object, path, override));
        }
        try {
            return mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw new InputException(file, 0, 0, "(with its includes) " + describe(file, e).problem());
        }
    }

    /**
     * The YAML tree of {@code file} with its includes merged, for a caller that changes it (an experiment's
     * conditions) before reading it with {@link #fromTree}.
     */
    public JsonNode readTree(Path file) {
        String text = readText(file);
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                throw new InputException(file, 1, 1, "the file is empty");
            }
            return IncludeResolver.hasIncludes(tree) ? new IncludeResolver(mapper).resolve(file, tree) : tree;
        } catch (JsonProcessingException e) {
            throw describe(file, e);
        }
    }

    /**
     * Reads a {@code tree} (from {@link #readTree}, perhaps changed) as a {@code type}; an error names
     * {@code source}, what was changed ({@code context}) and the field.
     */
    public <T> T fromTree(JsonNode tree, Class<T> type, Path source, String context) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new InputException(source, 0, 0, context + ": " + describe(source, e).problem());
        } catch (IllegalArgumentException e) {
            throw new InputException(source, 0, 0, context + ": " + e.getMessage());
        }
    }

    /** A {@code type} from its defaults and {@code overrides} alone, for when there is no file. */
    public <T> T defaults(Class<T> type, Map<String, String> overrides) {
        ObjectNode tree = mapper.createObjectNode();
        overrides.forEach((path, override) -> set(tree, path, override));
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new InputException(Path.of("(overrides)"), 0, 0, describe(Path.of("-"), e).problem());
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, 0, "no such file");
        } catch (IOException e) {
            throw new InputException(file, 0, 0, "cannot read the file: " + e.getMessage());
        }
    }

    private static void set(ObjectNode root, String dottedPath, String value) {
        String[] keys = dottedPath.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            String key = existingKey(node, keys[i]);
            JsonNode child = node.get(key);
            node = child instanceof ObjectNode object ? object : node.putObject(key);
        }
        node.put(existingKey(node, keys[keys.length - 1]), value);
    }

    /** The key of {@code node} that equals {@code key} ignoring case, or {@code key} itself. */
    private static String existingKey(ObjectNode node, String key) {
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equalsIgnoreCase(key)) {
                return name;
            }
        }
        return key;
    }

    /**
     * Jackson places an unknown key at its value, which YAML may put on a later line; move the report to the line
     * where the key is written.
     */
    private static InputException locateKey(String text, InputException report, JsonProcessingException e) {
        if (!(e instanceof UnrecognizedPropertyException unknown) || report.line() <= 0) {
            return report;
        }
        Pattern key = Pattern.compile("^(\\s*(?:-\\s+)?)" + Pattern.quote(unknown.getPropertyName()) + "\\s*:");
        String[] lines = text.split("\n", -1);
        for (int line = Math.min(report.line(), lines.length); line >= 1; line--) {
            Matcher match = key.matcher(lines[line - 1]);
            if (match.find()) {
                return new InputException(report.file(), line, match.group(1).length() + 1, report.problem());
            }
        }
        return report;
    }

    /** Turns a Jackson failure into a message a user can act on. */
    static InputException describe(Path file, JsonProcessingException e) {
        JsonLocation location = e.getProcessor() instanceof JsonParser parser
                ? parser.currentTokenLocation() : e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        String at = field.isEmpty() ? "" : "field '" + field + "': ";
        String problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            problem = "unknown key '" + unknown.getPropertyName() + "'"
                    + suggestion(unknown.getPropertyName(), unknown.getKnownPropertyIds())
                    + knownKeys(unknown.getKnownPropertyIds());
            String parent = parentPath(field);
            at = parent.isEmpty() ? "" : "in '" + parent + "': ";
        } else if (e instanceof InvalidFormatException format) {
            problem = "expected " + TypeNames.of(format.getTargetType()) + ", got '" + format.getValue() + "'"
                    + enumSuggestion(format.getTargetType(), format.getValue());
        } else if (e instanceof ValueInstantiationException invalid) {
            Throwable cause = invalid.getCause() == null ? invalid : invalid.getCause();
            problem = cause.getMessage();
        } else if (e instanceof MismatchedInputException mismatch) {
            String original = mismatch.getOriginalMessage();
            if (original.startsWith("Missing required creator property")) {
                Matcher name = QUOTED.matcher(original);
                String missing = name.find() ? name.group(1) : "?";
                String full = field.isEmpty() || field.endsWith(missing) ? (field.isEmpty() ? missing : field)
                        : field + "." + missing;
                problem = "missing required field '" + full + "'";
                at = "";
            } else if (mismatch.getTargetType() != null) {
                problem = "expected " + TypeNames.of(mismatch.getTargetType());
            } else {
                problem = original;
            }
        } else {
            problem = "not valid YAML: " + e.getOriginalMessage();
            if (problem.contains("scanning an alias")) {
                problem += " (a '*' starts a YAML alias: write a key such as agents[*].reflex in block style, on a"
                        + " line of its own, or quote it)";
            }
        }
        return new InputException(file, line, column, at + problem);
    }

    /** {@code ", did you mean 'x'?"} for the known key nearest to a misspelt one, if it is near; else empty. */
    static String suggestion(String unknown, Collection<Object> known) {
        if (known == null || unknown == null) {
            return "";
        }
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object key : known) {
            String candidate = String.valueOf(key);
            int d = distance.apply(unknown.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = d;
            }
        }
        // Near means at most a third of the word's letters changed (two for short words).
        return best != null && bestDistance <= Math.max(2, unknown.length() / 3) ? ", did you mean '" + best + "'?"
                : "";
    }

    /** A suggestion for a misspelt enum value ("wall_folowing_left"), in the lower-case form files use. */
    private static String enumSuggestion(Class<?> type, Object value) {
        if (type == null || !type.isEnum() || value == null) {
            return "";
        }
        List<Object> names = java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> (Object) ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList();
        return suggestion(String.valueOf(value), names);
    }

    private static String knownKeys(Collection<Object> known) {
        if (known == null || known.isEmpty()) {
            return "";
        }
        return " (expected one of: " + known.stream().map(String::valueOf).sorted()
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String parentPath(String field) {
        int dot = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
        return dot < 0 ? "" : field.substring(0, dot);
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }
}
