package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.SkippedRow;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.Users;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.UsageRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static dev.toolspend.ingest.header.Field.*;

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

    private final Map<String, Latest> latest = new TreeMap<>();

    @Override
    public List<UsageRow> map(RowValues row) throws ValueException, SkippedRow {
        UsageEvent event = event(row);
        String key = UsageEvent.key(event.tool(), event.user());
        latest.merge(key, new Latest(event.user(), event.tool(), event.date(), row.source()),
                (was, now) -> now.date.isAfter(was.date) ? new Latest(was.user, was.tool, now.date, now.source) : was);
        return List.of();
    }

    /** Reads one row as an event, or says why it is not one (skipped) or cannot be used (rejected). */
    static UsageEvent event(RowValues row) throws ValueException, SkippedRow {
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
        return new UsageEvent(user, tool, date);
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
