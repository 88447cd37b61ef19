package org.astrocyte.simulator.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed team of threads that run one task per phase of a step, the calling thread being worker 0. A step has
 * tens of microseconds of work, far less than parking and waking a thread costs, so waiting threads spin; after a
 * short spin they yield, so that more threads than cores still make progress, and helpers park after a longer
 * pause (between runs). Which worker does what is decided by the task from the worker index alone, never by
 * timing, so results do not depend on scheduling.
 */
final class StepWorkers implements AutoCloseable {

    /** Work of one phase for one worker. */
    interface Task {
        void run(int worker);
    }

    private static final int SPINS_BEFORE_YIELDING = 1 << 14;
    private static final int SPINS_BEFORE_PARKING = 1 << 16;

    private final int count;
    private final Thread[] helpers;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile Task task;
    private volatile Throwable failure;
    private volatile boolean closed;

    StepWorkers(int count) {
        this.count = count;
        this.helpers = new Thread[count - 1];
        for (int i = 0; i < helpers.length; i++) {
            int worker = i + 1;
            helpers[i] = new Thread(() -> loop(worker), "astrocyte-simulator-worker-" + worker);
            helpers[i].setDaemon(true);
            helpers[i].start();
        }
    }

    int count() {
        return count;
    }

    /** Runs {@code work} on every worker and returns when all are done; rethrows a worker's failure. */
    void runAll(Task work) {
        task = work;
        finished.set(0);
        generation.incrementAndGet();
        for (Thread helper : helpers) {
            LockSupport.unpark(helper);
        }
        work.run(0);
        int spins = 0;
        while (finished.get() < helpers.length) {
            pause(++spins);
        }
        Throwable error = failure;
        if (error != null) {
            failure = null;
            throw new IllegalStateException("a simulator worker failed: " + error, error);
        }
    }

    private void loop(int worker) {
        long seen = 0;
        while (true) {
            int spins = 0;
            long current;
            while ((current = generation.get()) == seen) {
                if (closed) {
                    return;
                }
                if (++spins < SPINS_BEFORE_PARKING) {
                    pause(spins);
                } else {
                    LockSupport.parkNanos(200_000);
                }
            }
            seen = current;
            try {
                task.run(worker);
            } catch (Throwable e) {
                failure = e;
            }
            finished.incrementAndGet();
        }
    }

    private static void pause(int spins) {
        if (spins < SPINS_BEFORE_YIELDING) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread helper : helpers) {
            LockSupport.unpark(helper);
        }
    }
}
