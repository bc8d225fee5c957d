package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.Fixture;
import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.UsageRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every line of the total-lines table ({@code total-lines.csv}, also read by TrailerRowsTest) as the first
 * cell of an event line, the user's column first and then the app's: the byte reader skips exactly the lines
 * the general reader skips, and reads the others as it does.
 */
class TotalLinesTest {

    @TempDir
    Path dir;

    private record Case(String cell, boolean totalWord) {
    }

    private static List<Case> table() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = TotalLinesTest.class.getResourceAsStream("/ingest/total-lines.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).skip(1).toList();
            for (String line : lines) {
                String[] parts = line.split("\\|", -1);
                cases.add(new Case(parts[0], parts[1].equals("yes")));
            }
        }
        return cases;
    }

    @Test
    void theByteReaderSkipsTheTotalLinesTheGeneralReaderSkips() throws IOException {
        List<Case> cases = table();
        long totals = cases.stream().filter(Case::totalWord).count();
        assertThat(totals).isPositive();
        for (String header : new String[]{"user,app,timestamp", "app,user,timestamp"}) {
            StringBuilder log = new StringBuilder(header).append('\n');
            for (int i = 0; i < 40; i++) {          // ordinary lines around them, so that every range has some
                log.append(header.startsWith("user") ? "u" + i + "@x.io,Slack," : "Slack,u" + i + "@x.io,")
                        .append("2026-10-03T10:00:00Z\n");
            }
            for (Case c : cases) {
                log.append(c.cell()).append(",Zoom,2026-10-04T10:00:00Z\n");
            }
            Path folder = Files.createDirectories(dir.resolve(header.substring(0, 4)));
            Files.writeString(folder.resolve("events.csv"), log, StandardCharsets.UTF_8);
            InputSource source = InputScanner.scan(folder, null, Fixture.SETTINGS).sources().get(0);
            assertThat(FastEventLog.eligible(source)).isTrue();

            Fixture.Read<UsageRow> general = Fixture.read(folder, source, Mappers::usage);
            for (int threads : new int[]{1, 3}) {
                FastEventLog.Result fast = FastEventLog.read(folder, source, new Values(Fixture.SETTINGS), threads);
                assertThat(fast).isNotNull();
                assertThat(fast.stats()).as(header + ", " + threads + " threads").isEqualTo(general.stats());
                assertThat(fast.rows()).isEqualTo(general.records());
                assertThat(fast.generalLines()).as("the byte parser read the ordinary lines itself")
                        .isLessThan(cases.size() + 1L);
            }
            assertThat(general.stats().skips()).extracting(s -> s.reason(), s -> s.count())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(SkipReason.TRAILER, totals));
        }
    }
}
