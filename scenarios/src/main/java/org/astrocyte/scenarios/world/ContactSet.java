package org.astrocyte.scenarios.world;

import java.util.Arrays;

/**
 * Which surfaces (walls, then obstacles, by contact index) a body touches in the current step and touched in the
 * previous one, so that a contact is reported once, when it begins.
 */
final class ContactSet {

    private boolean[] now;
    private boolean[] before;
    private boolean any;

    ContactSet(int surfaces) {
        this.now = new boolean[surfaces];
        this.before = new boolean[surfaces];
    }

    /** Moves the current contacts to "before" and starts an empty set for the new step. */
    void startStep() {
        boolean[] swap = before;
        before = now;
        now = swap;
        Arrays.fill(now, false);
        any = false;
    }

    void mark(int surface) {
        now[surface] = true;
        any = true;
    }

    /** Whether the body touches {@code surface} in this step but did not in the previous one. */
    boolean began(int surface) {
        return now[surface] && !before[surface];
    }

    boolean any() {
        return any;
    }

    int size() {
        return now.length;
    }
}
