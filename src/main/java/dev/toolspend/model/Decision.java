package dev.toolspend.model;

/**
 * A decision read from a workbook's Actions (or Set aside) sheet: the finding it is about, across periods, by its type
 * and tool id ({@code UNDERUSED:slack}), its status and comment, and when it was decided.
 *
 * @param findingType the finding type's name as the workbook wrote it ({@code UNDERUSED}); one no rule knows matches
 *                    no finding
 * @param comment     what was typed beside the status; "" when nothing
 * @param decidedIn   the period whose workbook the status was typed in (kept while it is carried unchanged)
 * @param source      the workbook, sheet and row it was read from
 */
public record Decision(String findingType, String toolId, DecisionStatus status, String comment, Period decidedIn,
                       SourceRef source) {

    public Decision {
        status = status == null ? DecisionStatus.TO_DO : status;
        comment = comment == null ? "" : comment.strip();
    }

    /** The finding's identity across periods, as the workbook shows it: {@code UNDERUSED:slack}. */
    public String findingId() {
        return findingId(findingType, toolId);
    }

    /** A finding's identity across periods, written in the workbook's Finding id column and read back from it. */
    public static String findingId(String findingType, String toolId) {
        return findingType + ":" + toolId;
    }

    /** Whether a person decided anything: a status other than "to do", or a comment. */
    public boolean typed() {
        return status != DecisionStatus.TO_DO || !comment.isEmpty();
    }
}
