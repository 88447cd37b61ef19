package org.astrocyte.memory.encoder;

import org.astrocyte.memory.sdr.Sdr;

/**
 * The code of an episode: what (the note's words) concatenated with where (the position). A cue may carry one
 * field only and leave the other empty, so that a memory can be recalled from part of it.
 */
public final class EpisodeEncoder {

    private final TextEncoder text;
    private final PositionEncoder position;

    public EpisodeEncoder(TextEncoder text, PositionEncoder position) {
        this.text = text;
        this.position = position;
    }

    /** The default text and position encoders: 4096 bits in all. */
    public static EpisodeEncoder defaults() {
        return new EpisodeEncoder(TextEncoder.defaults(), PositionEncoder.defaults());
    }

    /** The full code of a note written at {@code where}. */
    public Sdr encode(String note, Position where) {
        return text.encode(note).concat(position.encode(where));
    }

    /** A cue made of words only. */
    public Sdr textCue(String query) {
        return text.encode(query).concat(Sdr.empty(position.size()));
    }

    /** A cue made of a place only. */
    public Sdr placeCue(Position where) {
        return Sdr.empty(text.size()).concat(position.encode(where));
    }

    /** Bits of every code. */
    public int size() {
        return text.size() + position.size();
    }
}
