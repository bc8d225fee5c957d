package dev.toolspend.model;

import java.time.LocalDate;

/**
 * One seat holder of one tool as a usage source reports it.
 *
 * @param user           e-mail or login as exported
 * @param lastActive     last activity date, null when the holder was never active (or the source has no dates)
 * @param activityKnown  whether the source carries activity dates at all (holder-only lists do not)
 * @param departed       the source marks the holder deleted, suspended, deactivated or departed
 * @param assignedOn     when the seat was assigned, null when the source does not say
 */
public record UsageRow(SourceRef source, String user, String toolName, String toolId, LocalDate lastActive,
                       boolean activityKnown, boolean departed, LocalDate assignedOn) {

    public UsageRow withToolId(String id) {
        return new UsageRow(source, user, toolName, id, lastActive, activityKnown, departed, assignedOn);
    }
}
