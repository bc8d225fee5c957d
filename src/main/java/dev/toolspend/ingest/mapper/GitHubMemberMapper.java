package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.SkippedRow;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.Users;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.UsageRow;

import java.util.List;

import static dev.toolspend.ingest.header.Field.*;

/**
 * A GitHub organisation members report ({@code login, name, email, last_active, suspended?}): every
 * member not suspended holds a GitHub seat, active on {@code last_active}. The user is the e-mail when
 * the member shows one, else the login (matched to a known e-mail later, when unambiguous).
 */
final class GitHubMemberMapper implements RowMapper<UsageRow> {

    static final String TOOL_NAME = "GitHub";

    @Override
    public List<UsageRow> map(RowValues row) throws ValueException, SkippedRow {
        if (Boolean.TRUE.equals(row.optionalBool(SUSPENDED))) {
            throw new SkippedRow(SkipReason.SUSPENDED);
        }
        return List.of(new UsageRow(row.source(), Users.of(row), TOOL_NAME, null, row.optionalDate(LAST_ACTIVE),
                true, false, null));
    }
}
