package dev.toolspend.job;

/** Says in one line why the program could not start (a busy or unreachable job database, a bad setting). */
final class StartupFailure {

    private StartupFailure() {
    }

    static String reason(Throwable failure) {
        Throwable root = failure;
        StringBuilder chain = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            root = t;
            chain.append(' ').append(t.getMessage());
        }
        String all = chain.toString().toLowerCase();
        if (all.contains("lockfile") || all.contains("lock acquisition") || all.contains("database lock")) {
            return "the job database is in use by another toolspend run (or a run that is still stopping); "
                    + "wait for it, or use another --data-dir";
        }
        if (all.contains("connection refused") || all.contains("unknownhost") || all.contains("password authentication")) {
            return "the job database cannot be reached: " + root.getMessage();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "toolspend could not start: " + message.lines().findFirst().orElse(message);
    }
}
