package org.astrocyte.memory.durable;

import java.util.SplittableRandom;

/** Episode-like JSON documents of about 1 kB, the same for the same index in every JVM. */
final class SampleDocuments {

    private static final String[] NOTES = {
        "found food near the north wall",
        "Futter an der Tür gefunden, Größe ½",
        "食べ物を壁の近くで見つけた",
        "obstacle ahead: Ω-shaped corridor, turn ↺",
        "🍎 apple at the corner, 🐝 bee nearby",
        "جدار على اليسار",
    };

    private SampleDocuments() {
    }

    /** The key of document {@code index}: fixed width, so that a truncated line never reads as another key. */
    static String key(int index) {
        return String.format("e-%06d", index);
    }

    static int index(String key) {
        return Integer.parseInt(key.substring(2));
    }

    /** An episode of about 1 kB: id, time, position, a note and 150 active bits of a 4096-bit code. */
    static String episode(int index) {
        SplittableRandom random = new SplittableRandom(index);
        StringBuilder json = new StringBuilder(1200)
                .append("{\"id\":\"").append(key(index))
                .append("\",\"timeMs\":").append(1_700_000_000_000L + index * 250L)
                .append(",\"position\":{\"x\":").append(random.nextInt(10_000) / 100.0)
                .append(",\"y\":").append(random.nextInt(10_000) / 100.0)
                .append("},\"note\":\"").append(NOTES[index % NOTES.length])
                .append("\",\"code\":{\"size\":4096,\"active\":[");
        int bit = 0;
        for (int i = 0; i < 150; i++) {
            bit += 1 + random.nextInt(27);
            json.append(i == 0 ? "" : ",").append(bit);
        }
        return json.append("]}}").toString();
    }

    /** A JSON document of at least {@code bytes} characters. */
    static String large(int bytes) {
        StringBuilder json = new StringBuilder(bytes + 2000).append("{\"episodes\":[");
        for (int i = 0; json.length() < bytes; i++) {
            json.append(i == 0 ? "" : ",").append(episode(i));
        }
        return json.append("]}").toString();
    }
}
