package dev.toolspend.ingest.read;

import dev.toolspend.model.SkipReason;

/** Thrown by a mapper for a row that is deliberately not used (a payment to the card, a bot). */
public final class SkippedRow extends Exception {

    private static final long serialVersionUID = 1L;

    private final SkipReason reason;

    public SkippedRow(SkipReason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public SkipReason reason() {
        return reason;
    }
}
