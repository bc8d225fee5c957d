package dev.toolspend.model;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Everything the usage sources say about one user's seat of one tool, merged: the latest date wins,
 * a date beats no date, "departed" from any source sticks, the earliest assignment date is kept.
 *
 * @param toolName the tool as the first source named it
 * @param userKey the user in lower case, the key sources are merged on
 * @param source  the row that gave the winning activity date (or the first row seen)
 */
public record SeatHolder(String toolId, String toolName, String userKey, String user, LocalDate lastActive,
                         boolean activityKnown, boolean departed, LocalDate assignedOn, SourceRef source) {

    /** The seat a holder reports, what reports are merged on: one tool, one user. */
    public record Seat(String toolId, String userKey) {
    }

    /** Holders in the order every list of them is kept: by tool, then user. */
    public static final Comparator<SeatHolder> BY_SEAT = Comparator.comparing(SeatHolder::toolId)
            .thenComparing(SeatHolder::userKey);

    public Seat seat() {
        return new Seat(toolId, userKey);
    }

    public static SeatHolder of(UsageRow row) {
        return new SeatHolder(row.toolId(), row.toolName(), row.user().trim().toLowerCase(java.util.Locale.ROOT),
                row.user().trim(), row.lastActive(), row.activityKnown(), row.departed(), row.assignedOn(), row.source());
    }

    /** The same seat, of another tool id (a vendor-level mention folded into the vendor's product). */
    public SeatHolder withToolId(String id) {
        return new SeatHolder(id, toolName, userKey, user, lastActive, activityKnown, departed, assignedOn, source);
    }

    /** Merges two reports of the same seat; the order of the arguments does not change the result. */
    public SeatHolder merge(SeatHolder other) {
        boolean otherWins = later(other.lastActive, lastActive)
                || (sameDate(other.lastActive, lastActive) && other.source.toString().compareTo(source.toString()) < 0);
        SeatHolder winner = otherWins ? other : this;
        return new SeatHolder(toolId, toolName, userKey, winner.user, winner.lastActive,
                activityKnown || other.activityKnown, departed || other.departed,
                earliest(assignedOn, other.assignedOn), winner.source);
    }

    private static boolean later(LocalDate a, LocalDate b) {
        return a != null && (b == null || a.isAfter(b));
    }

    private static boolean sameDate(LocalDate a, LocalDate b) {
        return a == null ? b == null : a.equals(b);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }
}
