package dev.toolspend.job.cli;

import dev.toolspend.ingest.table.ReadLimits;
import dev.toolspend.job.RunStoppedException;

import java.util.Locale;

/** Says in one line why the program could not start (a busy or unreachable job database, a bad setting). */
final class StartupFailure {

    private StartupFailure() {
    }

    static RunStoppedException reason(Throwable failure) {
        Throwable root = failure;
        StringBuilder chain = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ReadLimits.Invalid invalid) {
                return new RunStoppedException("limit", "toolspend.limits." + invalid.setting());
            }
            root = t;
            chain.append(' ').append(t.getMessage());
        }
        String all = chain.toString().toLowerCase(Locale.ROOT);
        if (all.contains("lockfile") || all.contains("lock acquisition") || all.contains("database lock")) {
            return new RunStoppedException("databaseBusy");
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.lines().findFirst().orElse(message);
        if (all.contains("connection refused") || all.contains("unknownhost") || all.contains("password authentication")) {
            return new RunStoppedException("databaseUnreachable", message);
        }
        return new RunStoppedException("cannotStart", message);
    }
}
