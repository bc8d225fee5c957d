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

    /** Whether the person is gone by {@code asOf}: a leaving status, or an end date on or before it. */
    public boolean goneBy(LocalDate asOf) {
        return Boolean.TRUE.equals(left) || (endDate != null && !endDate.isAfter(asOf));
    }
}
