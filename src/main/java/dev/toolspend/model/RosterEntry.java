package dev.toolspend.model;

import java.time.LocalDate;

/**
 * One person of the optional HR roster.
 *
 * @param user     e-mail address as exported
 * @param left     the status says the person has left (null when the roster has no status)
 * @param endDate  last day of employment, null when none is given
 */
public record RosterEntry(SourceRef source, String user, Boolean left, LocalDate endDate, String department,
                          String manager) {

    /**
     * Whether the person is gone by {@code asOf}: the end date says so when there is one (on or before it),
     * else a leaving status. Where both are given and disagree, the date decides ({@link #disagreesBy}).
     */
    public boolean goneBy(LocalDate asOf) {
        return endDate != null ? !endDate.isAfter(asOf) : Boolean.TRUE.equals(left);
    }

    /** The status and the end date say different things at {@code asOf} (active, but ended; left, but ends later). */
    public boolean disagreesBy(LocalDate asOf) {
        return left != null && endDate != null && left == endDate.isAfter(asOf);
    }
}
