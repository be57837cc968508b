package io.payerid.server.store;

import io.lettuce.core.RedisCommandExecutionException;

/** How a Redis failure is told apart and named without its message (a connection error's text can carry the URL). */
public final class RedisFailures {

    private RedisFailures() {
    }

    /** Redis itself answered with an error reply (OOM, WRONGTYPE, NOSCRIPT…): the connection is in sync. */
    public static boolean isServerReply(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RedisCommandExecutionException) {
                return true;
            }
        }
        return false;
    }

    /** The failure's type and its root cause's type, e.g. "QueryTimeoutException ← RedisCommandTimeoutException". */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = failure.getClass().getSimpleName();
        return root == failure ? outer : outer + " ← " + root.getClass().getSimpleName();
    }
}
