package dev.toolspend.job;

/** A condition that stops a run (nothing readable, no billing in the period); its message is the one-line reason. */
public class RunStoppedException extends RuntimeException {

    public RunStoppedException(String reason) {
        super(reason);
    }
}
