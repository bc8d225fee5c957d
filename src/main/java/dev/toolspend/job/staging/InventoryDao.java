package dev.toolspend.job.staging;

import dev.toolspend.ingest.Inventory;
import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.table.CsvFormat;
import dev.toolspend.ingest.table.FileSnapshot;
import dev.toolspend.ingest.value.ColumnFormats;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputFile;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.TableRead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * TS_INPUT_FILE and TS_INPUT_TABLE: the inventory of a job instance (every file with its digest, every table
 * as the inventory recognised it, every file or sheet it ignored) and each table's row counts once read.
 */
@Component
public class InventoryDao extends StagingDao {

    private static final String COLUMN_SEPARATOR = "\u001F";

    private final StagingSchema schema;

    public InventoryDao(JdbcTemplate jdbc, StagingSchema schema) {
        super(jdbc, schema);
        this.schema = schema;
    }

    public void save(long instance, Inventory inventory) {
        schema.clear(instance);
        jdbc.batchUpdate("INSERT INTO TS_INPUT_FILE (INSTANCE_ID, PATH, SHA256, SIZE_BYTES) VALUES (?, ?, ?, ?)",
                inventory.files(), 100, (ps, f) -> {
                    ps.setLong(1, instance);
                    ps.setString(2, staged(f.path()));
                    ps.setString(3, f.sha256());
                    ps.setLong(4, f.size());
                });
        String insert = "INSERT INTO TS_INPUT_TABLE (INSTANCE_ID, SEQ, PATH, SHEET, KIND, HEADER_LINE, COLUMNS, REASON,"
                + " LAYOUT, CSV_FORMAT, FORMATS, SNAPSHOT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        int seq = 0;
        for (InputSource source : inventory.sources()) {
            jdbc.update(insert, instance, seq++, staged(source.path()), staged(source.sheet()), source.kind().name(),
                    source.headerLine(), joinColumns(source.columns()), null, source.layout().name(),
                    source.format() == null ? null : source.format().encode(), source.formats().encode(),
                    source.snapshot() == null ? null : source.snapshot().encode());
        }
        for (IgnoredInput ignored : inventory.ignored()) {
            jdbc.update(insert, instance, seq++, staged(ignored.path()), staged(ignored.sheet()), null, null,
                    joinColumns(ignored.columns()), MessageText.encode(ignored.reason()), null, null, null, null);
        }
    }

    public List<InputFile> files(long instance) {
        return jdbc.query("SELECT PATH, SHA256, SIZE_BYTES FROM TS_INPUT_FILE WHERE INSTANCE_ID = ? ORDER BY PATH",
                (rs, i) -> new InputFile(text(rs, 1), rs.getString(2), rs.getLong(3)), instance);
    }

    public List<StagedSource> sources(long instance, InputKind kind) {
        return jdbc.query("SELECT SEQ, " + SOURCE_COLUMNS + " FROM TS_INPUT_TABLE"
                        + " WHERE INSTANCE_ID = ? AND KIND = ? ORDER BY SEQ",
                (rs, i) -> new StagedSource(rs.getInt(1), source(rs, 2)), instance, kind.name());
    }

    private static final String SOURCE_COLUMNS = "PATH, SHEET, HEADER_LINE, COLUMNS, CSV_FORMAT, FORMATS, SNAPSHOT";

    /** A staged table as the inventory recognised it, from the {@link #SOURCE_COLUMNS} starting at {@code first}. */
    private static InputSource source(ResultSet rs, int first) throws SQLException {
        return new InputSource(text(rs, first), text(rs, first + 1),
                HeaderSchema.recognise(splitColumns(text(rs, first + 3))).orElseThrow(), rs.getLong(first + 2),
                CsvFormat.decode(rs.getString(first + 4)), ColumnFormats.decode(rs.getString(first + 5)),
                FileSnapshot.decode(rs.getString(first + 6)));
    }

    public List<IgnoredInput> ignored(long instance) {
        return jdbc.query("SELECT PATH, SHEET, COLUMNS, REASON FROM TS_INPUT_TABLE WHERE INSTANCE_ID = ?"
                        + " AND KIND IS NULL ORDER BY SEQ",
                (rs, i) -> new IgnoredInput(text(rs, 1), text(rs, 2), splitColumns(text(rs, 3)),
                        MessageText.decode(rs.getString(4))), instance);
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
                (rs, i) -> source(rs, 1).asRead(new FileStats(rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        FileStats.decodeSkips(rs.getString(11)))), instance);
    }

    private static String joinColumns(List<String> columns) {
        return staged(String.join(COLUMN_SEPARATOR, columns));
    }

    private static List<String> splitColumns(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(joined.split(COLUMN_SEPARATOR, -1)));
    }
}
