package dev.toolspend.job;

/**
 * A condition that stops a run (nothing readable, no billing in the period). It carries the label
 * {@code stop.<key>} and its arguments, so the one-line reason is said in the report language.
 */
public class RunStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public RunStoppedException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
