package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.SkippedRow;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.Users;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.Message;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.UsageRow;

import java.util.List;
import java.util.Set;

import static dev.toolspend.ingest.header.Field.*;

/**
 * A usage row in the generic form ({@code user,tool,last_active[,status,assigned on]}) or an Okta
 * current-assignments export: one seat holder of one tool, with the holder's last activity (empty =
 * never active) and, optionally, a status that says the holder has left. An assignment with an
 * {@code Unassigned on} date has ended: it holds nothing and is skipped.
 */
final class UsageMapper implements RowMapper<UsageRow> {

    private static final Set<String> DEPARTED = Set.of("departed", "suspended", "deleted", "deactivated", "disabled",
            "terminated", "deprovisioned", "parti", "suspendu", "supprime", "desactive");
    private static final Set<String> HOLDING = Set.of("active", "actif", "enabled", "provisioned", "invited", "new",
            "assigned", "staged", "password expired", "locked out");

    @Override
    public List<UsageRow> map(RowValues row) throws ValueException, SkippedRow {
        if (row.text(UNASSIGNED) != null) {
            throw new SkippedRow(SkipReason.UNASSIGNED);
        }
        String user = Users.of(row);
        String tool = row.required(TOOL);
        var lastActive = row.optionalDate(LAST_ACTIVE);
        boolean departed = row.text(STATUS) != null && row.parse(STATUS, UsageMapper::departed);
        return List.of(new UsageRow(row.source(), user, tool, null, lastActive, row.has(LAST_ACTIVE), departed,
                row.optionalDate(ASSIGNED)));
    }

    static boolean departed(String status) throws ValueException {
        String s = HeaderSchema.normalise(status);
        if (DEPARTED.contains(s)) {
            return true;
        }
        if (HOLDING.contains(s)) {
            return false;
        }
        throw new ValueException(Message.of("value.usageStatus"));
    }
}
