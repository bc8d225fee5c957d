package dev.toolspend.ingest;

import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.RowResult;
import dev.toolspend.ingest.read.TableReader;
import dev.toolspend.ingest.read.Tables;
import dev.toolspend.ingest.value.DateOrder;
import dev.toolspend.ingest.value.DecimalMark;
import dev.toolspend.ingest.value.IngestSettings;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SkipReason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads one committed fixture (src/test/resources/ingest/…) the way the job does: the inventory
 * recognises and profiles it, then a {@link TableReader} with the layout's mapper reads it. Every
 * read checks that no row is unaccounted for.
 */
public final class Fixture {

    /** Toronto, decimal point and month/day/year by default (what the files must override), CAD. */
    public static final IngestSettings SETTINGS = new IngestSettings(ZoneId.of("America/Toronto"), DecimalMark.POINT,
            DateOrder.MDY, "CAD");

    public record Read<T>(InputSource source, List<T> records, List<Rejection> rejections, FileStats stats) {

        public List<String> decisions() {
            return source.decisions().stream()
                    .map(d -> d.column() + ": " + d.value() + " (" + d.basis() + ")").toList();
        }
    }

    private Fixture() {
    }

    /** Copies the fixture alone into {@code dir} and reads it. */
    public static <T> Read<T> read(Path dir, String resource, Function<InputSource, RowMapper<T>> mappers) throws IOException {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = Fixture.class.getResourceAsStream("/ingest/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.write(dir.resolve(name), in.readAllBytes());
        }
        Inventory inventory = InputScanner.scan(dir, null, SETTINGS);
        assertThat(inventory.ignored()).as("ignored").isEmpty();
        return read(dir, inventory.sources().stream().filter(s -> s.path().equals(name)).findFirst().orElseThrow(),
                mappers);
    }

    public static <T> Read<T> read(Path root, InputSource source, Function<InputSource, RowMapper<T>> mappers)
            throws IOException {
        List<T> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (TableReader<T> reader = Tables.reader(root, source, mappers.apply(source), new Values(SETTINGS))) {
            for (RowResult<T> r; (r = reader.next()) != null; ) {
                if (r instanceof RowResult.Accepted<T> accepted) {
                    records.addAll(accepted.records());
                } else if (r instanceof RowResult.Rejected<T> rejected) {
                    rejections.add(rejected.rejection());
                }
            }
            FileStats stats = reader.stats();
            assertThat(stats.balanced()).as("rows read = used + rejected + skipped: " + stats).isTrue();
            return new Read<>(source, records, rejections, stats);
        }
    }

    public static FileStats.Skip skip(SkipReason reason, long count, long firstLine) {
        return new FileStats.Skip(reason, count, firstLine);
    }
}
