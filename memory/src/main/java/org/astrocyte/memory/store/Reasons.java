package org.astrocyte.memory.store;

import java.util.List;
import org.astrocyte.memory.encoder.CodeLayout;

/** Adds the per-field overlaps of a {@link CodeLayout} to the recollections of a recall. */
public final class Reasons {

    private Reasons() {
    }

    /** {@code hits} with their field overlaps with the cue of {@code query}; unchanged when {@code layout} is null. */
    public static List<Recollection> explain(CodeLayout layout, RecallQuery query, List<Recollection> hits) {
        if (layout == null || layout.size() != query.cue().size()) {
            return hits;
        }
        return hits.stream().map(hit -> new Recollection(hit.episode(), hit.overlap(), hit.score(),
                layout.overlaps(query.cue(), hit.episode().code()))).toList();
    }
}
