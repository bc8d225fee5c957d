package dev.toolspend.ingest.read;

import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.Inventory;
import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.FxRate;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.UsageRow;
import dev.toolspend.report.English;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** CSV tables read end to end: records, rejections with their physical line, and the row counts. */
class TableReaderTest {

    @TempDir
    Path dir;

    private final Values values = new Values(ZoneId.of("America/Toronto"));

    private <T> List<RowResult<T>> read(String name, String content, Function<InputSource, RowMapper<T>> mapper,
                                        FileStats[] stats) throws IOException {
        Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
        Inventory inventory = InputScanner.scan(dir, null);
        InputSource source = inventory.sources().stream().filter(s -> s.path().equals(name)).findFirst().orElseThrow();
        List<RowResult<T>> rows = new ArrayList<>();
        try (TableReader<T> reader = Tables.reader(dir, source, mapper.apply(source), values)) {
            for (RowResult<T> row; (row = reader.next()) != null; ) {
                rows.add(row);
            }
            stats[0] = reader.stats();
        }
        return rows;
    }

    private static <T> List<T> accepted(List<RowResult<T>> rows) {
        return rows.stream().filter(r -> r instanceof RowResult.Accepted<T>)
                .flatMap(r -> ((RowResult.Accepted<T>) r).records().stream()).toList();
    }

    private static <T> List<Rejection> rejected(List<RowResult<T>> rows) {
        return rows.stream().filter(r -> r instanceof RowResult.Rejected<T>).map(r -> ((RowResult.Rejected<T>) r).rejection()).toList();
    }

    @Test
    void readsACanonicalBillingFileWithBomQuotesAndLineBreaks() throws IOException {
        String csv = """
                \uFEFFdate,vendor,amount,currency,department,description
                2026-10-03,SLACK T03ABC12*PRO,1050.00,USD,Ops,

                2026-10-04,"ACME, INC.",12.50,CAD,,"two
                lines"
                2026-10-05,ZOOM.US,-45.00,USD,,
                """;
        FileStats[] stats = new FileStats[1];
        List<RowResult<BillingLine>> rows = read("cards.csv", csv, Mappers::billing, stats);
        assertThat(accepted(rows)).extracting(l -> l.source().line(), BillingLine::descriptor, BillingLine::amount,
                        BillingLine::currency, BillingLine::description)
                .containsExactly(
                        tuple(2L, "SLACK T03ABC12*PRO", new java.math.BigDecimal("1050.00"), "USD", null),
                        tuple(4L, "ACME, INC.", new java.math.BigDecimal("12.50"), "CAD", "two\nlines"),
                        tuple(6L, "ZOOM.US", new java.math.BigDecimal("-45.00"), "USD", null));
        assertThat(stats[0]).isEqualTo(new FileStats(4, 3, 0, List.of(new FileStats.Skip(SkipReason.BLANK, 1, 3))));
    }

    @Test
    void rejectsBadRowsWithTheirLineColumnValueAndReasonAndReadsOn() throws IOException {
        String csv = """
                date,vendor,amount,currency
                2026-10-03,STARBUCKS,N/A,CAD
                2026-13-03,ZOOM,10.00,CAD
                2026-10-03,SLACK,10.00,CAD,extra
                2026-10-03,,10.00,CAD
                2026-10-04,FIGMA,15.00,CAD
                """;
        FileStats[] stats = new FileStats[1];
        List<RowResult<BillingLine>> rows = read("cards.csv", csv, Mappers::billing, stats);
        assertThat(rejected(rows)).extracting(r -> r.source().line(), Rejection::column, Rejection::value)
                .containsExactly(tuple(2L, "amount", "N/A"), tuple(3L, "date", "2026-13-03"),
                        tuple(4L, null, "2026-10-03,SLACK,10.00,CAD,extra"), tuple(5L, "vendor", ""));
        assertThat(English.of(rejected(rows).get(2).reason())).isEqualTo("the row has 5 fields, the header has 4");
        assertThat(accepted(rows)).extracting(BillingLine::descriptor).containsExactly("FIGMA");
        assertThat(stats[0]).isEqualTo(new FileStats(5, 1, 4, List.of()));
    }

    @Test
    void anUnclosedQuoteRejectsItsLineAndTheRestOfTheFileIsStillRead() throws IOException {
        String csv = "currency,rate\nUSD,1.38\nEUR,\"1.51\nGBP,1.80\n";
        FileStats[] stats = new FileStats[1];
        List<RowResult<FxRate>> rows = read("fx.csv", csv, Mappers::fx, stats);
        assertThat(accepted(rows)).extracting(FxRate::currency).containsExactly("USD", "GBP");
        assertThat(rejected(rows)).singleElement().satisfies(r -> {
            assertThat(r.source().line()).isEqualTo(3);
            assertThat(English.of(r.reason())).contains("never closed");
        });
    }

    @Test
    void readsUsageWithEmptyDatesAndDepartedHolders() throws IOException {
        String csv = """
                user,tool,last_active,status
                Ana.Roy@co.ca,Slack,2026-10-20,
                bo@co.ca,Slack,,active
                cy@co.ca,Slack,2026-10-30,suspended
                di@co.ca,Slack,2026-10-30,on leave
                """;
        FileStats[] stats = new FileStats[1];
        List<RowResult<UsageRow>> rows = read("usage.csv", csv, Mappers::usage, stats);
        assertThat(accepted(rows)).extracting(UsageRow::user, UsageRow::lastActive, UsageRow::departed, UsageRow::activityKnown)
                .containsExactly(tuple("Ana.Roy@co.ca", LocalDate.of(2026, 10, 20), false, true),
                        tuple("bo@co.ca", null, false, true),
                        tuple("cy@co.ca", LocalDate.of(2026, 10, 30), true, true));
        assertThat(rejected(rows)).singleElement().satisfies(r -> assertThat(r.column()).isEqualTo("status"));
    }

    @Test
    void readsSemicolonFilesWithATitleAboveTheHeader() throws IOException {
        String csv = "Taux de change octobre;\n\ndevise;taux\nUSD;1.38\n";
        FileStats[] stats = new FileStats[1];
        List<RowResult<FxRate>> rows = read("taux.csv", csv, Mappers::fx, stats);
        assertThat(accepted(rows)).extracting(FxRate::currency, r -> r.source().line()).containsExactly(tuple("USD", 4L));
    }

    @Test
    void rejectsANonPositiveRate() throws IOException {
        FileStats[] stats = new FileStats[1];
        List<RowResult<FxRate>> rows = read("fx.csv", "currency,rate\nUSD,0\nEUR,-1.2\n", Mappers::fx, stats);
        assertThat(rejected(rows)).extracting(r -> English.of(r.reason())).containsExactly("rate must be above 0",
                "must not be negative");
    }
}
