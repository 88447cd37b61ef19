package org.astrocyte.scenarios.live;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import org.astrocyte.scenarios.run.RunObserver;
import org.astrocyte.scenarios.run.RunProgress;

/**
 * {@code astrocyte run --live}: a {@link LiveServer} on 127.0.0.1 showing a run's {@link LiveFeed}, and the
 * {@link WallClockPacer} that slows the run to a pace a person can watch.
 */
public final class LiveView implements AutoCloseable {

    private final LiveFeed feed;
    private final LiveServer server;
    private final double speed;

    private LiveView(LiveFeed feed, LiveServer server, double speed) {
        this.feed = feed;
        this.server = server;
        this.speed = speed;
    }

    /**
     * Serves the live view on 127.0.0.1 at {@code port} (0: any free port) for a run paced at {@code speed}
     * simulated seconds per wall second.
     *
     * @throws IllegalArgumentException for a port outside 0 to 65535 or a speed that is not positive
     */
    public static LiveView start(int port, double speed) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be from 0 (any free port) to 65535, got " + port);
        }
        WallClockPacer.requireSpeed(speed);
        LiveFeed feed = new LiveFeed();
        return new LiveView(feed, LiveServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                feed), speed);
    }

    /** Where a browser opens the view. */
    public URI url() {
        return server.url();
    }

    /** Subscribes the view to the run's bus. */
    public RunObserver observer() {
        return feed;
    }

    /** {@code progress}, paced to the wall clock. */
    public RunProgress pace(RunProgress progress) {
        return new WallClockPacer(speed, progress);
    }

    /** Keeps serving for {@code linger} after the run, so that the last of it can be seen, saying so on {@code out}. */
    public void linger(Duration linger, PrintWriter out) throws InterruptedException {
        if (linger.isZero() || linger.isNegative()) {
            return;
        }
        out.println("The live view stays at " + url() + " for " + linger.toSeconds() + " s (Ctrl-C to stop).");
        out.flush();
        Thread.sleep(linger.toMillis());
    }

    @Override
    public void close() {
        server.close();
    }
}
