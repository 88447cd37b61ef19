package org.astrocyte.scenarios.world;

import java.util.Arrays;

/**
 * Which surfaces (walls, then obstacles, by contact index; or other bodies, by body index) a body touches in the
 * current step and touched in the previous one, so that a contact is reported once, when it begins. It grows and
 * shrinks with the obstacles and bodies of the world (outside the per-step path).
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

    /** Makes room for {@code surfaces} surfaces; new ones are untouched. */
    void grow(int surfaces) {
        if (surfaces > now.length) {
            now = Arrays.copyOf(now, surfaces);
            before = Arrays.copyOf(before, surfaces);
        }
    }

    /** Forgets surface {@code surface}; the surfaces after it move down by one index. */
    void removeAt(int surface) {
        now = without(now, surface);
        before = without(before, surface);
        any = false;
        for (boolean touched : now) {
            any |= touched;
        }
    }

    private static boolean[] without(boolean[] flags, int index) {
        boolean[] shorter = new boolean[flags.length - 1];
        System.arraycopy(flags, 0, shorter, 0, index);
        System.arraycopy(flags, index + 1, shorter, index, flags.length - index - 1);
        return shorter;
    }
}
