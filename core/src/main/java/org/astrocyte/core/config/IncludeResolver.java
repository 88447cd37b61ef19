package org.astrocyte.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resolves {@code include:} keys, so that a family of files can share fragments (a body, a brain) and override what
 * differs: in any mapping, {@code include: FILE} (or a list of files, relative to the including file) is replaced by
 * the included mappings merged in order, and the mapping's own keys are merged on top: mappings merge key by key,
 * anything else (lists, numbers, text) is replaced. Included files may include others; a cycle is an error.
 */
final class IncludeResolver {

    /** The key that names the files to include. */
    static final String KEY = "include";

    private final YAMLMapper mapper;
    private final Deque<Path> including = new ArrayDeque<>();

    IncludeResolver(YAMLMapper mapper) {
        this.mapper = mapper;
    }

    /** Whether {@code node} or anything below it has an {@code include} key. */
    static boolean hasIncludes(JsonNode node) {
        if (node instanceof ObjectNode object && object.has(KEY)) {
            return true;
        }
        for (JsonNode child : node) {
            if (hasIncludes(child)) {
                return true;
            }
        }
        return false;
    }

    /** {@code node}, read from {@code file}, with its includes resolved. */
    JsonNode resolve(Path file, JsonNode node) {
        including.push(file.toAbsolutePath().normalize());
        try {
            return resolved(file, node);
        } finally {
            including.pop();
        }
    }

    private JsonNode resolved(Path file, JsonNode node) {
        if (node instanceof ArrayNode array) {
            ArrayNode result = mapper.createArrayNode();
            array.forEach(item -> result.add(resolved(file, item)));
            return result;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        ObjectNode result = mapper.createObjectNode();
        JsonNode include = object.get(KEY);
        if (include != null) {
            if (include.isTextual()) {
                merge(result, load(file, include.asText()));
            } else if (include.isArray()) {
                for (JsonNode each : include) {
                    merge(result, load(file, each.asText()));
                }
            } else {
                throw new InputException(file, 0, 0, "include: expected a file name or a list of file names");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals(KEY)) {
                JsonNode value = resolved(file, field.getValue());
                JsonNode base = result.get(field.getKey());
                if (base instanceof ObjectNode baseObject && value instanceof ObjectNode valueObject) {
                    merge(baseObject, valueObject);
                } else {
                    result.set(field.getKey(), value);
                }
            }
        }
        return result;
    }

    private JsonNode load(Path from, String name) {
        Path file = (from.getParent() == null ? Path.of(name) : from.getParent().resolve(name)).normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (including.contains(absolute)) {
            throw new InputException(from, 0, 0, "include cycle: " + including.stream().map(Path::getFileName)
                    .map(String::valueOf).collect(Collectors.joining(" <- ")) + " <- " + file.getFileName());
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputException(from, 0, 0, "include '" + name + "': no such file " + file);
        } catch (IOException e) {
            throw new InputException(from, 0, 0, "include '" + name + "': cannot read " + file + ": "
                    + e.getMessage());
        }
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw YamlConfigReader.describe(file, e);
        }
        if (!(node instanceof ObjectNode)) {
            throw new InputException(file, 1, 1, "an included file must hold a mapping of keys to values");
        }
        return resolve(file, node);
    }

    /** Merges {@code top} into {@code base}: mappings key by key, anything else replaced. */
    private static void merge(ObjectNode base, JsonNode top) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = top.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = base.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode value) {
                merge(existingObject, value);
            } else {
                base.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }
}
