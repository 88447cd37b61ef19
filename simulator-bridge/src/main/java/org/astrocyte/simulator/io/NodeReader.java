package org.astrocyte.simulator.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.core.config.InputException;

/**
 * Reads a YAML file (or JSON, by the .json extension) into a {@link Node} tree with positions, with Jackson's
 * streaming parsers. YAML anchors ({@code &name}) and aliases ({@code *name}) are resolved, so that shared
 * parameter blocks need writing once.
 */
final class NodeReader {

    private final Path file;
    private final Map<String, Node> anchors = new LinkedHashMap<>();

    NodeReader(Path file) {
        this.file = file;
    }

    Node read() {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, 0, "no such file");
        } catch (IOException e) {
            throw new InputException(file, 0, 0, "cannot read the file: " + e.getMessage());
        }
        JsonFactory factory = file.toString().endsWith(".json") ? new JsonFactory() : new YAMLFactory();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(file, 1, 1, "the file is empty; expected a network description");
            }
            return node(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid " + (factory instanceof YAMLFactory ? "YAML" : "JSON") + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file, 0, 0, "cannot read the file: " + e.getMessage());
        }
    }

    private Node node(JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            Node target = anchors.get(yaml.getText());
            if (target == null) {
                throw new InputException(file, at.getLineNr(), at.getColumnNr(), "unknown alias *" + yaml.getText()
                        + "; define the anchor &" + yaml.getText() + " before it");
            }
            return target;
        }
        String anchor = parser instanceof YAMLParser yaml ? yaml.getObjectId() : null;
        Node node = value(parser, at);
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private Node value(JsonParser parser, JsonLocation at) throws IOException {
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser));
            }
            return new Node.Sequence(List.copyOf(items), line, column);
        }
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> fields = new LinkedHashMap<>();
            Map<String, Node> keys = new LinkedHashMap<>();
            while (parser.nextToken() != JsonToken.END_OBJECT) {
                JsonLocation keyAt = parser.currentTokenLocation();
                String key = parser.currentName();
                Node keyNode = new Node.Scalar(key, keyAt.getLineNr(), keyAt.getColumnNr());
                parser.nextToken();
                if (fields.containsKey(key)) {
                    throw new InputException(file, keyNode.line(), keyNode.column(), "key '" + key
                            + "' appears twice (first on line " + keys.get(key).line() + ")");
                }
                fields.put(key, node(parser));
                keys.put(key, keyNode);
            }
            return new Node.Mapping(fields, keys, line, column);
        }
        return new Node.Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), line, column);
    }
}
