package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.Users;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.Message;
import dev.toolspend.model.UsageRow;

import java.util.List;

import static dev.toolspend.ingest.header.Field.*;

/**
 * The Google Workspace admin console's user download ({@code Email Address [Required]},
 * {@code Last Sign In [READ ONLY]}, {@code Status [READ ONLY]}): every user holds a Google Workspace
 * seat; "Never logged in" means never active; a Suspended (or Archived) user is departed.
 */
final class GoogleWorkspaceUserMapper implements RowMapper<UsageRow> {

    static final String TOOL_NAME = "Google Workspace";

    @Override
    public List<UsageRow> map(RowValues row) throws ValueException {
        String user = Users.of(row);
        String lastSignIn = row.text(LAST_ACTIVE);
        var lastActive = lastSignIn == null || HeaderSchema.normalise(lastSignIn).equals("never logged in")
                ? null : row.date(LAST_ACTIVE);
        boolean departed = row.text(STATUS) != null && row.parse(STATUS, GoogleWorkspaceUserMapper::departed);
        return List.of(new UsageRow(row.source(), user, TOOL_NAME, null, lastActive, row.has(LAST_ACTIVE), departed,
                null));
    }

    static boolean departed(String status) throws ValueException {
        return switch (HeaderSchema.normalise(status)) {
            case "active", "actif" -> false;
            case "suspended", "suspendu", "archived", "archive" -> true;
            default -> throw new ValueException(Message.of("value.workspaceStatus"));
        };
    }
}
