package dev.toolspend.ingest.mapper;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One row of an event log: who used which app, on which date (in the configured zone). Event logs are
 * aggregated to one seat per app and user, grouped by {@link #key}.
 */
public record UsageEvent(String user, String tool, LocalDate date) {

    /** How events are grouped: by app and user, case-insensitively. */
    public static String key(String tool, String user) {
        return tool.toLowerCase(Locale.ROOT) + "\u0000" + user.toLowerCase(Locale.ROOT);
    }
}
