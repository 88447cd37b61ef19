package org.astrocyte.memory.durable;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A few JDBC connections, each used by one thread at a time, every use one transaction. With one connection it is
 * the lock that SQLite needs (one connection, calls in turn); with several it lets Hazelcast's threads reach
 * PostgreSQL in parallel. A connection that fails as a connection (SQL state class 08, or closed) is dropped, and
 * work that failed on a reused idle connection for that reason is retried once on a fresh one, which is why the
 * work must be idempotent (every upsert, delete and read of the store is).
 */
final class ConnectionPool implements AutoCloseable {

    /** Opens a connection with auto-commit off. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** Work on a connection inside a transaction that the pool commits. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Opener opener;
    private final int size;
    private final Semaphore permits;
    private final long waitMillis;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    /**
     * A pool of at most {@code size} connections; a caller waits up to {@code waitMillis} ms for a free one.
     *
     * @param first an open connection to start with, or null
     */
    ConnectionPool(Opener opener, int size, long waitMillis, Connection first) {
        this.opener = opener;
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.waitMillis = waitMillis;
        if (first != null) {
            idle.push(first);
        }
    }

    /** Runs {@code work} in a transaction and commits it; rolls back and rethrows if it fails. */
    <T> T inTransaction(SqlWork<T> work) throws SQLException {
        acquire();
        try {
            Connection reused = idle.pollFirst();
            if (reused != null) {
                try {
                    return runAndCommit(reused, work);
                } catch (SQLException e) {
                    if (!isConnectionFailure(e)) {
                        throw e;
                    }
                    // A stale idle connection (a restarted server, a dropped socket): one retry on a fresh one.
                }
            }
            return runAndCommit(opener.open(), work);
        } finally {
            permits.release();
        }
    }

    private <T> T runAndCommit(Connection connection, SqlWork<T> work) throws SQLException {
        try {
            T result = work.run(connection);
            connection.commit();
            giveBack(connection);
            return result;
        } catch (SQLException | RuntimeException e) {
            boolean usable = rollback(connection);
            if (usable && !(e instanceof SQLException && isConnectionFailure((SQLException) e))) {
                giveBack(connection);
            } else {
                closeQuietly(connection);
            }
            throw e;
        }
    }

    private void acquire() throws SQLException {
        if (closed) {
            throw new SQLException("the memory database is closed");
        }
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new SQLException("no database connection became free within " + waitMillis + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
        if (closed) {
            permits.release();
            throw new SQLException("the memory database is closed");
        }
    }

    private void giveBack(Connection connection) {
        idle.push(connection);
        if (closed) {
            drain();
        }
    }

    private static boolean rollback(Connection connection) {
        try {
            connection.rollback();
            return !connection.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("08");
    }

    /**
     * Refuses new work, waits (bounded) for the work under way, and closes the connections, so that a store file is
     * closed when this returns. A connection still busy after the wait is closed when its work ends.
     */
    @Override
    public void close() {
        closed = true;
        boolean quiet = false;
        try {
            quiet = permits.tryAcquire(size, waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
        if (quiet) {
            permits.release(size);
        }
    }

    private void drain() {
        for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing more to release.
        }
    }
}
