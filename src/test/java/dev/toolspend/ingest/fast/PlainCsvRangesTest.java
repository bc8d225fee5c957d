package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.Fixture;
import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.BillingLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** A quote-free CSV read in ranges on several threads gives the general reader's rows, lines and counts. */
class PlainCsvRangesTest {

    @TempDir
    Path dir;

    private InputSource scanned(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        return InputScanner.scan(dir, null, Fixture.SETTINGS).sources().stream()
                .filter(s -> s.path().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aLargeCardStatementReadInRangesIsTheGeneralReadersToTheLine() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder csv = new StringBuilder("date,vendor,amount,currency,department,description\n");
        for (int i = 0; i < 12_000; i++) {
            String line = "2026-10-" + (10 + random.nextInt(20)) + ",VENDOR " + random.nextInt(50) + ","
                    + (random.nextInt(2) == 0 ? "-" : "") + random.nextInt(900) + "." + (10 + random.nextInt(89))
                    + ",USD,Finance,item " + i;
            line = switch (random.nextInt(300)) {
                case 0 -> "";
                case 1 -> "Total,,123.00,,,";
                case 2 -> "2026-10-12,VENDOR 1,twelve,USD,Finance,x";
                case 3 -> "2026-10-12,VENDOR 1,12.00,USD";
                case 4 -> "2026-10-12,AUTOPAY PAYMENT THANK YOU,-500.00,USD,Finance,";
                default -> line;
            };
            csv.append(line).append(random.nextInt(4) == 0 ? "\r\n" : "\n");
        }
        InputSource source = scanned("card.csv", csv.toString());
        assertThat(PlainCsvRanges.eligible(source)).isTrue();
        Fixture.Read<BillingLine> general = Fixture.read(dir, source, Mappers::billing);
        assertThat(general.rejections()).isNotEmpty();
        assertThat(general.stats().skipped()).isPositive();
        for (int threads : new int[]{1, 2, 5}) {
            PlainCsvRanges.Result<List<BillingLine>> parts = PlainCsvRanges.read(dir, source,
                    new Values(Fixture.SETTINGS), threads, Mappers::billing, ArrayList::new, List::add);
            assertThat(parts).isNotNull();
            List<BillingLine> lines = new ArrayList<>();
            parts.states().forEach(lines::addAll);
            assertThat(lines).as(threads + " threads").containsExactlyElementsOf(general.records());
            assertThat(parts.rejections()).containsExactlyElementsOf(general.rejections());
            assertThat(parts.stats()).isEqualTo(general.stats());
        }
    }

    @Test
    void aQuoteAnywhereLeavesTheTableToTheGeneralReader() throws IOException {
        InputSource source = scanned("quoted.csv", "date,vendor,amount,currency\n2026-10-01,\"ACME, Inc\",12.00,USD\n");
        assertThat(PlainCsvRanges.read(dir, source, new Values(Fixture.SETTINGS), 2, Mappers::billing,
                ArrayList::new, List::add)).isNull();
    }

    /** A mapper that aggregates the whole table would give one partial aggregate per range: never split. */
    @Test
    void aMapperThatHoldsRowsBackIsNeverSplit() throws IOException {
        InputSource source = scanned("fx.csv", "currency,rate\nUSD,1.38\nEUR,1.52\n");
        RowMapper<String> aggregating = new RowMapper<>() {
            @Override
            public List<String> map(RowValues row) {
                return List.of();
            }

            @Override
            public boolean holdsRows() {
                return true;
            }
        };
        assertThat(PlainCsvRanges.<String, List<String>>read(dir, source, new Values(Fixture.SETTINGS), 2,
                s -> aggregating, ArrayList::new, List::add)).isNull();

        RowMapper<String> dishonest = new RowMapper<>() {
            @Override
            public List<String> map(RowValues row) {
                return List.of();
            }

            @Override
            public List<String> finish() {
                return List.of("held back");
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlainCsvRanges.<String, List<String>>read(dir,
                        source, new Values(Fixture.SETTINGS), 2, s -> dishonest, ArrayList::new, List::add))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("held rows back");
    }
}
