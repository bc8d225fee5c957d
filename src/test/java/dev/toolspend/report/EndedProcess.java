package dev.toolspend.report;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The id of a process that has ended, as a killed run leaves in the names of its files. */
final class EndedProcess {

    private EndedProcess() {
    }

    static long pid() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        long pid = process.pid();
        assertThat(ProcessHandle.of(pid)).as("process %d has ended", pid).isEmpty();
        return pid;
    }
}
