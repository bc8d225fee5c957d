package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.Field;
import dev.toolspend.ingest.header.Layout;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.FxRate;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.RosterEntry;
import dev.toolspend.model.UsageRow;
import dev.toolspend.model.UserCatalogEntry;

import java.util.List;

/** A new mapper for each table, chosen by its layout. */
public final class Mappers {

    private Mappers() {
    }

    public static RowMapper<BillingLine> billing(InputSource source) {
        return new AnnualCycles(switch (check(source, InputKind.BILLING)) {
            case FOCUS -> new FocusMapper();
            case XERO_BILLS -> new XeroBillMapper();
            case QUICKBOOKS_EXPENSES -> new QuickBooksExpenseMapper();
            default -> new CardStatementMapper(source.layout());
        });
    }

    public static RowMapper<LicenseRow> licenses(InputSource source) {
        check(source, InputKind.LICENSES);
        return new LicenseMapper();
    }

    public static RowMapper<UsageRow> usage(InputSource source) {
        return switch (check(source, InputKind.USAGE)) {
            case M365_ACTIVE_USERS -> new M365ActiveUserMapper(source.header());
            case GOOGLE_WORKSPACE_USERS -> new GoogleWorkspaceUserMapper();
            case SLACK_MEMBERS -> new SlackMemberMapper();
            case GITHUB_MEMBERS -> new GitHubMemberMapper();
            case EVENT_LOG, OKTA_SYSTEM_LOG -> new EventLogMapper();
            default -> new UsageMapper();
        };
    }

    /**
     * An event log's rows one by one, each its event, not aggregated (a reader that aggregates itself, such as
     * the byte-level one, gives the lines it leaves to the general rules to this mapper).
     */
    public static RowMapper<UsageEvent> events() {
        return row -> List.of(EventLogMapper.event(row));
    }

    public static RowMapper<FxRate> fx(InputSource source) {
        check(source, InputKind.FX);
        return new FxMapper(source.header().has(Field.RATE) ? source.header().name(Field.RATE) : null);
    }

    public static RowMapper<RosterEntry> roster(InputSource source) {
        check(source, InputKind.ROSTER);
        return new RosterMapper();
    }

    public static RowMapper<UserCatalogEntry> catalog(InputSource source) {
        check(source, InputKind.CATALOG);
        return new CatalogMapper();
    }

    private static Layout check(InputSource source, InputKind kind) {
        if (source.kind() != kind) {
            throw new IllegalArgumentException(source.path() + " holds " + source.kind() + ", not " + kind);
        }
        return source.layout();
    }
}
