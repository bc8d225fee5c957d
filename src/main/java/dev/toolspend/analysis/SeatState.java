package dev.toolspend.analysis;

/** A seat holder's state, the way admins already think about seats. */
public enum SeatState {
    ACTIVE, NEW, INACTIVE, NEVER_ACTIVE, DEPARTED, NO_ACTIVITY_DATA;

    /** Whether the seat counts as used: new hires are never reclaimed. */
    public boolean countsActive() {
        return this == ACTIVE || this == NEW;
    }

    /** Whether the seat can be freed: its holder is gone, never came, or stopped. */
    public boolean reclaimable() {
        return this == DEPARTED || this == NEVER_ACTIVE || this == INACTIVE;
    }
}
