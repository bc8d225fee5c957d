package dev.toolspend.ingest;

import dev.toolspend.model.SourceRef;
import dev.toolspend.model.UsageRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static dev.toolspend.ingest.Field.*;

/**
 * An event log ({@code timestamp, user, app}, any number of rows), and Okta's System Log export:
 * aggregated while it is read into one seat per user and app, active on its latest event (the date in
 * the configured zone). Memory grows with users × apps, never with events. In the Okta log only
 * successful sign-ins to an application count ({@code user.authentication.sso}); other events are
 * skipped.
 */
final class EventLogMapper implements RowMapper<UsageRow> {

    private record Latest(String user, String tool, LocalDate date, SourceRef source) {
    }

    /** One event: who used which app, on which date (in the configured zone). */
    record Event(String user, String tool, LocalDate date) {
    }

    private final Map<String, Latest> latest = new TreeMap<>();

    @Override
    public List<UsageRow> map(RowValues row) throws ValueException, SkippedRow {
        Event event = event(row);
        String key = key(event.tool(), event.user());
        latest.merge(key, new Latest(event.user(), event.tool(), event.date(), row.source()),
                (was, now) -> now.date.isAfter(was.date) ? new Latest(was.user, was.tool, now.date, now.source) : was);
        return List.of();
    }

    /** How events are grouped: by app and user, case-insensitively. */
    static String key(String tool, String user) {
        return tool.toLowerCase(Locale.ROOT) + "\u0000" + user.toLowerCase(Locale.ROOT);
    }

    /** Reads one row as an event, or says why it is not one (skipped) or cannot be used (rejected). */
    static Event event(RowValues row) throws ValueException, SkippedRow {
        if (row.has(EVENT_TYPE)) {
            String type = row.text(EVENT_TYPE) == null ? "" : row.text(EVENT_TYPE).toLowerCase(Locale.ROOT);
            if (!type.equals("user.authentication.sso")) {
                throw new SkippedRow(SkipReason.NOT_A_SIGN_IN);
            }
        }
        if (row.text(OUTCOME) != null) {
            String outcome = HeaderSchema.normalise(row.text(OUTCOME));
            if (!outcome.equals("success") && !outcome.equals("allow") && !outcome.equals("succes")) {
                throw new SkippedRow(SkipReason.FAILED_SIGN_IN);
            }
        }
        String user = Users.of(row);
        String tool = row.required(TOOL);
        LocalDate date = row.date(TIMESTAMP);
        return new Event(user, tool, date);
    }

    @Override
    public boolean holdsRows() {
        return true;
    }

    @Override
    public List<UsageRow> finish() {
        List<UsageRow> rows = new ArrayList<>();
        latest.values().forEach(l -> rows.add(new UsageRow(l.source, l.user, l.tool, null, l.date, true, false, null)));
        latest.clear();
        return rows;
    }
}
