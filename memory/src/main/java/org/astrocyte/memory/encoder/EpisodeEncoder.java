package org.astrocyte.memory.encoder;

import org.astrocyte.memory.sdr.Sdr;

/**
 * The code of an episode: what (the note's {@link TextEncoder} code) concatenated with where (the
 * {@link PositionEncoder} code). A cue fills one field and leaves the other empty, so that an episode is recalled
 * from part of its content, as in hippocampal pattern completion (Marr, "Simple memory: a theory for archicortex",
 * 1971). Property: a cue overlaps an episode by the bits the two share in the field the cue fills, and no more.
 */
public final class EpisodeEncoder {

    private final TextEncoder text;
    private final PositionEncoder position;

    /** An encoder of notes with {@code text} and of places with {@code position}. */
    public EpisodeEncoder(TextEncoder text, PositionEncoder position) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (position == null) {
            throw new IllegalArgumentException("position must not be null");
        }
        this.text = text;
        this.position = position;
    }

    /** The default text and position encoders: 2048 + 2048 bits. */
    public static EpisodeEncoder defaults() {
        return new EpisodeEncoder(TextEncoder.defaults(), PositionEncoder.defaults());
    }

    /** The full code of {@code note} written at {@code where}. */
    public Sdr encode(String note, Position where) {
        return text.encode(requireText(note, "note")).concat(encodePlace(where));
    }

    /** A cue made of words only: the code of {@code query} followed by an empty position field. */
    public Sdr textCue(String query) {
        return text.encode(requireText(query, "query")).concat(Sdr.empty(position.size()));
    }

    /** A cue made of a place only: an empty text field followed by the code of {@code where}. */
    public Sdr placeCue(Position where) {
        return Sdr.empty(text.size()).concat(encodePlace(where));
    }

    /** Bits of every code: the text field's followed by the position field's. */
    public int size() {
        return text.size() + position.size();
    }

    /** The fields of every code: {@code what} (the text) then {@code where} (the position). */
    public CodeLayout layout() {
        return new CodeLayout(java.util.List.of(new CodeLayout.Segment("what", 0, text.size()),
                new CodeLayout.Segment("where", text.size(), position.size())));
    }

    private static String requireText(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    private Sdr encodePlace(Position where) {
        if (where == null) {
            throw new IllegalArgumentException("where must not be null");
        }
        return position.encode(where);
    }
}
