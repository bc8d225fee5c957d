package dev.toolspend.job;

import dev.toolspend.ingest.Inventory;
import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.table.CsvFormat;
import dev.toolspend.ingest.value.ColumnFormats;
import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.ChargeKind;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.FxRate;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputFile;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.Period;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.RosterEntry;
import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.TableRead;
import dev.toolspend.model.UserCatalogEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The staging tables (toolspend-schema.sql): what the read steps found, kept per job instance so a
 * restarted run resumes where it stopped. Only this class knows their SQL.
 */
@Component
public class Staging {

    private static final String COLUMN_SEPARATOR = "\u001F";
    private static final String[] TABLES = {"TS_INPUT_FILE", "TS_INPUT_TABLE", "TS_REJECTION", "TS_FX_RATE",
            "TS_LICENSE", "TS_BILLING", "TS_SEAT", "TS_USER_CATALOG", "TS_ROSTER"};

    private final JdbcTemplate jdbc;

    /** @param schema created (or upgraded) before any staging query runs */
    public Staging(JdbcTemplate jdbc, StagingSchema schema) {
        this.jdbc = jdbc;
    }

    /** A recognised table of the inventory, with its position for per-table statistics. */
    public record StagedSource(int seq, InputSource source) {
    }

    public void saveInventory(long instance, Inventory inventory) {
        clear(instance);
        jdbc.batchUpdate("INSERT INTO TS_INPUT_FILE (INSTANCE_ID, PATH, SHA256, SIZE_BYTES) VALUES (?, ?, ?, ?)",
                inventory.files(), 100, (ps, f) -> {
                    ps.setLong(1, instance);
                    ps.setString(2, f.path());
                    ps.setString(3, f.sha256());
                    ps.setLong(4, f.size());
                });
        String insert = "INSERT INTO TS_INPUT_TABLE (INSTANCE_ID, SEQ, PATH, SHEET, KIND, HEADER_LINE, COLUMNS, REASON,"
                + " LAYOUT, CSV_FORMAT, FORMATS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        int seq = 0;
        for (InputSource source : inventory.sources()) {
            jdbc.update(insert, instance, seq++, source.path(), source.sheet(), source.kind().name(),
                    source.headerLine(), joinColumns(source.columns()), null, source.layout().name(),
                    source.format() == null ? null : source.format().encode(), source.formats().encode());
        }
        for (IgnoredInput ignored : inventory.ignored()) {
            jdbc.update(insert, instance, seq++, ignored.path(), ignored.sheet(), null, null,
                    joinColumns(ignored.columns()), clip(ignored.reason(), 2000), null, null, null);
        }
    }

    public List<InputFile> files(long instance) {
        return jdbc.query("SELECT PATH, SHA256, SIZE_BYTES FROM TS_INPUT_FILE WHERE INSTANCE_ID = ? ORDER BY PATH",
                (rs, i) -> new InputFile(rs.getString(1), rs.getString(2), rs.getLong(3)), instance);
    }

    public List<StagedSource> sources(long instance, InputKind kind) {
        return jdbc.query("SELECT SEQ, " + SOURCE_COLUMNS + " FROM TS_INPUT_TABLE"
                        + " WHERE INSTANCE_ID = ? AND KIND = ? ORDER BY SEQ",
                (rs, i) -> new StagedSource(rs.getInt(1), source(rs, 2)), instance, kind.name());
    }

    private static final String SOURCE_COLUMNS = "PATH, SHEET, HEADER_LINE, COLUMNS, CSV_FORMAT, FORMATS";

    /** A staged table as the inventory recognised it, from the {@link #SOURCE_COLUMNS} starting at {@code first}. */
    private static InputSource source(ResultSet rs, int first) throws SQLException {
        return new InputSource(rs.getString(first), rs.getString(first + 1),
                HeaderSchema.recognise(splitColumns(rs.getString(first + 3))).orElseThrow(), rs.getLong(first + 2),
                CsvFormat.decode(rs.getString(first + 4)), ColumnFormats.decode(rs.getString(first + 5)));
    }

    public List<IgnoredInput> ignored(long instance) {
        return jdbc.query("SELECT PATH, SHEET, COLUMNS, REASON FROM TS_INPUT_TABLE WHERE INSTANCE_ID = ?"
                        + " AND KIND IS NULL ORDER BY SEQ",
                (rs, i) -> new IgnoredInput(rs.getString(1), rs.getString(2), splitColumns(rs.getString(3)),
                        rs.getString(4)), instance);
    }

    public void recordStats(long instance, int seq, FileStats stats) {
        jdbc.update("UPDATE TS_INPUT_TABLE SET ROWS_READ = ?, ROWS_USED = ?, ROWS_REJECTED = ?, ROWS_SKIPPED = ?,"
                        + " SKIPS = ? WHERE INSTANCE_ID = ? AND SEQ = ?", stats.read(), stats.used(), stats.rejected(),
                stats.skipped(), clip(stats.encodeSkips(), 2000), instance, seq);
    }

    /** Every recognised table, how it was read, and its row counts (zero for a table never opened). */
    public List<TableRead> tablesRead(long instance) {
        return jdbc.query("SELECT " + SOURCE_COLUMNS + ", ROWS_READ, ROWS_USED, ROWS_REJECTED, SKIPS FROM TS_INPUT_TABLE"
                        + " WHERE INSTANCE_ID = ? AND KIND IS NOT NULL ORDER BY SEQ",
                (rs, i) -> source(rs, 1).asRead(new FileStats(rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        FileStats.decodeSkips(rs.getString(10)))), instance);
    }

    public void insertRejections(long instance, Collection<Rejection> rejections) {
        jdbc.batchUpdate("INSERT INTO TS_REJECTION (INSTANCE_ID, PATH, SHEET, LINE, COLUMN_NAME, RAW_VALUE, REASON)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", rejections, 500, (ps, r) -> {
                    ps.setLong(1, instance);
                    ps.setString(2, r.source().file());
                    ps.setString(3, r.source().sheet());
                    ps.setLong(4, r.source().line());
                    ps.setString(5, clip(r.column(), 255));
                    ps.setString(6, clip(r.value(), 4000));
                    ps.setString(7, clip(r.reason(), 2000));
                });
    }

    public List<Rejection> rejections(long instance) {
        return jdbc.query("SELECT PATH, SHEET, LINE, COLUMN_NAME, RAW_VALUE, REASON FROM TS_REJECTION"
                        + " WHERE INSTANCE_ID = ? ORDER BY PATH, SHEET, LINE, ID",
                (rs, i) -> new Rejection(source(rs), rs.getString(4), rs.getString(5), rs.getString(6)), instance);
    }

    public void insertFxRates(long instance, List<FxRate> rates) {
        jdbc.batchUpdate("INSERT INTO TS_FX_RATE (INSTANCE_ID, PATH, SHEET, LINE, CURRENCY, RATE) VALUES (?, ?, ?, ?, ?, ?)",
                rates, 500, (ps, r) -> {
                    ps.setLong(1, instance);
                    setSource(ps, 2, r.source());
                    ps.setString(5, r.currency());
                    ps.setBigDecimal(6, r.rate());
                });
    }

    public List<FxRate> fxRates(long instance) {
        return jdbc.query("SELECT PATH, SHEET, LINE, CURRENCY, RATE FROM TS_FX_RATE WHERE INSTANCE_ID = ?"
                        + " ORDER BY PATH, SHEET, LINE",
                (rs, i) -> new FxRate(source(rs), rs.getString(4), decimal(rs, 5)), instance);
    }

    public void insertLicenses(long instance, List<LicenseRow> rows) {
        jdbc.batchUpdate("INSERT INTO TS_LICENSE (INSTANCE_ID, PATH, SHEET, LINE, TOOL_NAME, TOOL_ID, PLAN, SEATS, PRICE,"
                        + " CYCLE, CURRENCY, RENEWAL_DATE, NOTICE_DAYS, OWNER, DEPARTMENT, CATEGORY, INACTIVE_AFTER_DAYS,"
                        + " EXEMPT, AUTO_RENEW) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, 500, (ps, r) -> {
                    ps.setLong(1, instance);
                    setSource(ps, 2, r.source());
                    ps.setString(5, clip(r.toolName(), 1000));
                    ps.setString(6, r.toolId());
                    ps.setString(7, clip(r.plan(), 1000));
                    ps.setInt(8, r.seats());
                    ps.setBigDecimal(9, r.pricePerSeat());
                    ps.setString(10, r.cycle() == null ? null : r.cycle().name());
                    ps.setString(11, r.currency());
                    ps.setObject(12, r.renewalDate(), Types.DATE);
                    ps.setObject(13, r.noticeDays(), Types.INTEGER);
                    ps.setString(14, clip(r.owner(), 1000));
                    ps.setString(15, clip(r.department(), 1000));
                    ps.setString(16, clip(r.category(), 1000));
                    ps.setObject(17, r.inactiveAfterDays(), Types.INTEGER);
                    ps.setObject(18, r.exempt(), Types.BOOLEAN);
                    ps.setObject(19, r.autoRenew(), Types.BOOLEAN);
                });
    }

    public List<LicenseRow> licenses(long instance) {
        return jdbc.query("SELECT PATH, SHEET, LINE, TOOL_NAME, TOOL_ID, PLAN, SEATS, PRICE, CYCLE, CURRENCY,"
                        + " RENEWAL_DATE, NOTICE_DAYS, OWNER, DEPARTMENT, CATEGORY, INACTIVE_AFTER_DAYS, EXEMPT, AUTO_RENEW"
                        + " FROM TS_LICENSE WHERE INSTANCE_ID = ? ORDER BY PATH, SHEET, LINE",
                (rs, i) -> new LicenseRow(source(rs), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                        decimal(rs, 8), rs.getString(9) == null ? null : BillingCycle.valueOf(rs.getString(9)),
                        rs.getString(10), localDate(rs, 11),
                        integer(rs, 12), rs.getString(13), rs.getString(14), rs.getString(15), integer(rs, 16),
                        bool(rs, 17), bool(rs, 18)), instance);
    }

    /** Billing lines of one table, dated in the period, each standing for one or more input lines. */
    public void insertBilling(long instance, int seq, List<BillingLine> lines) {
        jdbc.batchUpdate("INSERT INTO TS_BILLING (INSTANCE_ID, PATH, SHEET, LINE, TXN_DATE, DESCRIPTOR, DESCRIPTION,"
                        + " AMOUNT, CURRENCY, DEPARTMENT, TOOL_ID, DESCRIPTOR_KEY, CHARGE_KIND, PROVIDER, MATCH_RULE, LINES)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines, 1000, (ps, l) -> {
                    ps.setLong(1, instance);
                    setSource(ps, 2, l.source());
                    ps.setObject(5, l.date(), Types.DATE);
                    ps.setString(6, clip(l.descriptor(), 2000));
                    ps.setString(7, clip(l.description(), 4000));
                    ps.setBigDecimal(8, l.amount());
                    ps.setString(9, l.currency());
                    ps.setString(10, clip(l.department(), 1000));
                    ps.setString(11, l.toolId());
                    ps.setString(12, clip(l.descriptorKey(), 2000));
                    ps.setString(13, l.kind().name());
                    ps.setString(14, clip(l.provider(), 1000));
                    ps.setString(15, clip(l.matchRule(), 2000));
                    ps.setLong(16, l.lines());
                });
    }

    /** Billing lines dated in the period: the only ones any rule uses. */
    public List<BillingLine> billing(long instance, Period period) {
        return jdbc.query("SELECT PATH, SHEET, LINE, TXN_DATE, DESCRIPTOR, DESCRIPTION, AMOUNT, CURRENCY, DEPARTMENT,"
                        + " TOOL_ID, DESCRIPTOR_KEY, CHARGE_KIND, PROVIDER, MATCH_RULE, LINES FROM TS_BILLING"
                        + " WHERE INSTANCE_ID = ? AND TXN_DATE BETWEEN ? AND ? ORDER BY PATH, SHEET, LINE, CHARGE_KIND",
                (rs, i) -> new BillingLine(source(rs), localDate(rs, 4), rs.getString(5), rs.getString(6),
                        decimal(rs, 7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        ChargeKind.valueOf(rs.getString(12)), rs.getString(13), rs.getString(14), rs.getLong(15)),
                instance, period.start(), period.asOf());
    }

    public void insertUserCatalog(long instance, List<UserCatalogEntry> entries) {
        jdbc.batchUpdate("INSERT INTO TS_USER_CATALOG (INSTANCE_ID, PATH, SHEET, LINE, TOOL_ID, NAME, VENDOR, CATEGORY,"
                        + " ALIASES, LIST_PRICE, CURRENCY, OVERLAP) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries, 500, (ps, e) -> {
                    ps.setLong(1, instance);
                    setSource(ps, 2, e.source());
                    ps.setString(5, clip(e.id(), 255));
                    ps.setString(6, clip(e.name(), 1000));
                    ps.setString(7, clip(e.vendor(), 1000));
                    ps.setString(8, clip(e.category(), 1000));
                    ps.setString(9, clip(String.join("|", e.aliases()), 8000));
                    ps.setBigDecimal(10, e.listPricePerSeatMonth());
                    ps.setString(11, e.currency());
                    ps.setObject(12, e.overlap(), Types.BOOLEAN);
                });
    }

    public List<UserCatalogEntry> userCatalog(long instance) {
        return jdbc.query("SELECT PATH, SHEET, LINE, TOOL_ID, NAME, VENDOR, CATEGORY, ALIASES, LIST_PRICE, CURRENCY,"
                        + " OVERLAP FROM TS_USER_CATALOG WHERE INSTANCE_ID = ? ORDER BY PATH, SHEET, LINE",
                (rs, i) -> new UserCatalogEntry(source(rs), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8) == null || rs.getString(8).isEmpty() ? List.of()
                        : List.of(rs.getString(8).split("\\|")), decimal(rs, 9), rs.getString(10), bool(rs, 11)),
                instance);
    }

    /** The tools the license register and the usage exports name (for vendor-level charges). */
    public Set<String> namedToolIds(long instance) {
        Set<String> named = new TreeSet<>(jdbc.queryForList("SELECT DISTINCT TOOL_ID FROM TS_LICENSE"
                + " WHERE INSTANCE_ID = ?", String.class, instance));
        jdbc.queryForList("SELECT TOOL_IDS FROM TS_SEAT WHERE INSTANCE_ID = ?", String.class, instance)
                .forEach(ids -> named.addAll(Arrays.asList(ids.split("\\|"))));
        named.remove("");
        return named;
    }

    public void insertRoster(long instance, List<RosterEntry> entries) {
        jdbc.batchUpdate("INSERT INTO TS_ROSTER (INSTANCE_ID, PATH, SHEET, LINE, USER_NAME, HAS_LEFT, END_DATE, DEPARTMENT,"
                + " MANAGER) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", entries, 500, (ps, e) -> {
                    ps.setLong(1, instance);
                    setSource(ps, 2, e.source());
                    ps.setString(5, clip(e.user(), 512));
                    ps.setObject(6, e.left(), Types.BOOLEAN);
                    ps.setObject(7, e.endDate(), Types.DATE);
                    ps.setString(8, clip(e.department(), 1000));
                    ps.setString(9, clip(e.manager(), 512));
                });
    }

    public List<RosterEntry> roster(long instance) {
        return jdbc.query("SELECT PATH, SHEET, LINE, USER_NAME, HAS_LEFT, END_DATE, DEPARTMENT, MANAGER FROM TS_ROSTER"
                        + " WHERE INSTANCE_ID = ? ORDER BY PATH, SHEET, LINE",
                (rs, i) -> new RosterEntry(source(rs), rs.getString(4), bool(rs, 5), localDate(rs, 6), rs.getString(7),
                        rs.getString(8)), instance);
    }

    /**
     * Characters per staged part: half of HOLDERS VARCHAR(2000000), so that a part never overflows it (each
     * holder's line is bounded, its fields clipped) and TOOL_IDS (at most the part's length) fits too.
     */
    static final int PART_CHARS = 1_000_000;

    /**
     * The seat holders of one table (all from its file), one per tool and user: packed as text, parts of up to
     * {@link #PART_CHARS} characters, so a large table is staged in a few inserts instead of one per holder.
     * A part is cut by the length of its text, not by a count of holders: user names of hundreds of characters
     * (a directory's distinguished names) fit as well as e-mail addresses.
     */
    public void insertSeats(long instance, int seq, List<SeatHolder> holders) {
        List<Object[]> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder line = new StringBuilder();
        Set<String> toolIds = new TreeSet<>();
        SourceRef first = null;
        for (SeatHolder holder : holders) {
            line.setLength(0);
            SeatText.encode(line, holder);
            if (text.length() + line.length() > PART_CHARS && !text.isEmpty()) {
                parts.add(part(instance, seq, parts.size(), first, toolIds, text));
                text.setLength(0);
                toolIds.clear();
                first = null;
            }
            first = first == null ? holder.source() : first;
            toolIds.add(SeatText.clipped(holder).toolId());
            text.append(line);
        }
        if (!text.isEmpty()) {
            parts.add(part(instance, seq, parts.size(), first, toolIds, text));
        }
        jdbc.batchUpdate("INSERT INTO TS_SEAT (INSTANCE_ID, SEQ, PART, PATH, SHEET, TOOL_IDS, HOLDERS)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", parts);
    }

    private static Object[] part(long instance, int seq, int part, SourceRef first, Set<String> toolIds,
                                 CharSequence text) {
        return new Object[]{instance, seq, part, first.file(), first.sheet(), String.join("|", toolIds),
                text.toString()};
    }

    /**
     * Every seat holder, one per tool and user, sorted by tool and user: each part is merged in as it is
     * decoded, in table order (the first table names the tool), so memory holds one entry per seat however
     * many tables report it, and the result does not depend on how the rows were staged.
     */
    public List<SeatHolder> seats(long instance) {
        record Seat(String toolId, String userKey) {
        }
        Map<Seat, SeatHolder> merged = new HashMap<>();
        jdbc.query("SELECT PATH, SHEET, HOLDERS FROM TS_SEAT WHERE INSTANCE_ID = ? ORDER BY SEQ, PART",
                rs -> {
                    for (SeatHolder holder : SeatText.decode(rs.getString(3), rs.getString(1), rs.getString(2))) {
                        merged.merge(new Seat(holder.toolId(), holder.userKey()), holder, SeatHolder::merge);
                    }
                }, instance);
        List<SeatHolder> sorted = new ArrayList<>(merged.values());
        sorted.sort(java.util.Comparator.comparing(SeatHolder::toolId).thenComparing(SeatHolder::userKey));
        return sorted;
    }

    /** Forgets everything staged for an instance (after it completes, or before it is scanned again). */
    public void clear(long instance) {
        for (String table : TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE INSTANCE_ID = ?", instance);
        }
    }

    private static void setSource(java.sql.PreparedStatement ps, int first, SourceRef source) throws SQLException {
        ps.setString(first, source.file());
        ps.setString(first + 1, source.sheet());
        ps.setLong(first + 2, source.line());
    }

    private static SourceRef source(ResultSet rs) throws SQLException {
        return new SourceRef(rs.getString("PATH"), rs.getString("SHEET"), rs.getLong("LINE"));
    }

    private static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.stripTrailingZeros();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean bool(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String joinColumns(List<String> columns) {
        return String.join(COLUMN_SEPARATOR, columns);
    }

    private static List<String> splitColumns(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(joined.split(COLUMN_SEPARATOR, -1)));
    }
}
