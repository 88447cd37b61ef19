package org.astrocyte.core.event;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/bus.md tells non-Java clients which topics carry which events with which JSON fields; this test rebuilds that
 * table from the event records, so the doc cannot drift from the code.
 */
class BusDocsTest {

    private static final Path DOC = Path.of("..", "docs", "bus.md");

    /** The table of every event type: its topic and its JSON fields, in the order of {@link Event}'s subtypes. */
    static String table() throws ReflectiveOperationException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder table = new StringBuilder("| type | topic | fields (besides `type` and `stamp`) |\n")
                .append("| --- | --- | --- |\n");
        for (JsonSubTypes.Type subtype : Event.class.getAnnotation(JsonSubTypes.class).value()) {
            Class<?> type = subtype.value();
            JavaType javaType = json.constructType(type);
            String fields = json.getSerializationConfig().introspect(javaType).findProperties().stream()
                    .map(BeanPropertyDefinition::getName).filter(name -> !name.equals("stamp"))
                    .map(name -> "`" + name + "`").collect(Collectors.joining(", "));
            table.append("| `").append(type.getSimpleName()).append("` | `").append(topicOf(type)).append("` | ")
                    .append(fields).append(" |\n");
        }
        return table.toString();
    }

    /** The topic of an event type, asked of an instance with neutral values. */
    private static String topicOf(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = neutral(types[i]);
        }
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        return ((Event) constructor.newInstance(values)).topic();
    }

    private static Object neutral(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == java.util.List.class) {
            return java.util.List.of();
        }
        if (type == java.util.Map.class) {
            return java.util.Map.of();
        }
        return null;
    }

    @Test
    void should_document_every_event_with_its_topic_and_fields() throws IOException, ReflectiveOperationException {
        assumeTrue(Files.exists(DOC), "docs/bus.md is beside the checkout");
        String expected = table();
        assertTrue(Files.readString(DOC).contains(expected), "docs/bus.md does not show the current events; paste "
                + "this table in place of the old one:\n\n" + expected);
    }
}
