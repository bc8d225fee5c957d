package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.HeaderSchema;
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
 * Slack's member export ({@code username, email, status, billing-active, …}): a member holds a Slack
 * seat when {@code billing-active} is true and the status is not Deactivated or Bot. The export has no
 * activity dates, so it gives holders only (never "usage data").
 */
final class SlackMemberMapper implements RowMapper<UsageRow> {

    static final String TOOL_NAME = "Slack";

    @Override
    public List<UsageRow> map(RowValues row) throws ValueException, SkippedRow {
        String status = row.text(STATUS) == null ? "" : HeaderSchema.normalise(row.text(STATUS));
        if (status.equals("deactivated") || status.equals("desactive")) {
            throw new SkippedRow(SkipReason.DEACTIVATED);
        }
        if (status.equals("bot") || status.equals("app") || status.equals("workflow")) {
            throw new SkippedRow(SkipReason.BOT);
        }
        if (!Boolean.TRUE.equals(row.optionalBool(BILLING_ACTIVE))) {
            throw new SkippedRow(SkipReason.NOT_BILLED);
        }
        return List.of(new UsageRow(row.source(), Users.of(row), TOOL_NAME, null, null, false, false, null));
    }
}
