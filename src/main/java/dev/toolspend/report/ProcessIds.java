package dev.toolspend.report;

/**
 * The id of this process, written into the names of the files and folders it keeps while it works (temporary
 * outputs, their backups, POI's folder), so that a later run can tell those of a run that was killed from those
 * of one still at work.
 */
final class ProcessIds {

    static final long SELF = ProcessHandle.current().pid();

    private ProcessIds() {
    }

    /**
     * Whether the process of this id (the digits of a name) has ended. Anything that is not a process id counts
     * as alive: what cannot be placed is never deleted.
     */
    static boolean ended(String digits) {
        long pid;
        try {
            pid = Long.parseLong(digits);
        } catch (NumberFormatException notAnId) {
            return false;
        }
        return pid > 0 && ProcessHandle.of(pid).isEmpty();
    }
}
