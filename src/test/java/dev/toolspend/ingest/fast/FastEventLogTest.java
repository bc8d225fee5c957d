package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.Fixture;
import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.Inventory;
import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.table.ReadCache;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.UsageRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte-level event-log reader gives the general reader's result to the row — seats, spellings,
 * dates, source lines, rejections, skips and counts — whatever the number of threads, on a log with
 * every oddity the general rules handle; and it leaves a file with quotes or bare CRs to the general reader.
 */
class FastEventLogTest {

    @TempDir
    Path dir;

    private static final String[] USERS = {"alice@example.com", "Alice@Example.com", " bob@example.com ",
            "élodie.côté@exemple.ca", "carol@example.com", "dan", "Dan", "erin@example.com\u00A0"};
    private static final String[] APPS = {"Slack", "slack", "Zoom", "Café App", "GitHub", " Notion"};

    /** About a megabyte of events in every form, so that four threads read four ranges. */
    private static String messyLog(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder log = new StringBuilder("timestamp,user,app\n");
        for (int i = 0; i < 16_000; i++) {
            int day = 1 + random.nextInt(31);
            int hour = random.nextInt(24);
            String dd = (day < 10 ? "0" : "") + day;
            String hh = (hour < 10 ? "0" : "") + hour;
            String timestamp = switch (random.nextInt(9)) {
                case 0 -> "2026-10-" + dd + "T" + hh + ":15:30Z";
                case 1 -> "2026-10-" + dd + " " + hh + ":15:30";                       // no zone: as written
                case 2 -> "2026-10-" + dd + "T" + hh + ":15:30-04:00";
                case 3 -> "2026-10-" + dd + "T" + hh + ":15:30.250+0200";
                case 4 -> "2026-10-" + dd;
                case 5 -> "2026-10-" + dd + " " + hh + ":59:59 UTC";
                case 6 -> "Oct " + day + ", 2026";                                      // the general rules read it
                case 7 -> "2026-11-01T0" + random.nextInt(10) + ":30:00Z";              // the end of DST in Toronto
                default -> "2026-10-" + dd + "T" + hh + ":15:30z";
            };
            String line = timestamp + "," + USERS[random.nextInt(USERS.length)] + "," + APPS[random.nextInt(APPS.length)];
            int odd = random.nextInt(400);
            line = switch (odd) {
                case 0 -> "";                                                    // blank: skipped
                case 1 -> "Total,,";                                             // trailer: skipped
                case 2 -> timestamp + ",," + APPS[0];                            // no user: rejected
                case 3 -> "2026-13-01," + USERS[0] + ",Slack";                   // no such month: rejected
                case 4 -> "2026-10-05T24:00:00Z," + USERS[0] + ",Slack";         // no such hour: rejected
                case 5 -> line + ",";                                            // a blank extra field: tolerated
                case 6 -> timestamp + "," + USERS[0];                            // a field short: rejected
                case 7 -> "2026-02-30," + USERS[4] + ",Zoom";                    // no such day: rejected
                default -> line;
            };
            log.append(line).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        return log.append("2026-10-31T23:59:59Z,last@example.com,Slack").toString();    // no final line feed
    }

    private InputSource scanned(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        Inventory inventory = InputScanner.scan(dir, null, Fixture.SETTINGS);
        return inventory.sources().stream().filter(s -> s.path().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsAMessyLogExactlyAsTheGeneralReaderOnAnyNumberOfThreads() throws IOException {
        InputSource source = scanned("events.csv", messyLog(7));
        assertThat(FastEventLog.eligible(source)).isTrue();
        Fixture.Read<UsageRow> general = Fixture.read(dir, source, Mappers::usage);
        assertThat(general.records()).hasSizeGreaterThan(20);
        assertThat(general.rejections()).isNotEmpty();
        assertThat(general.stats().skipped()).isPositive();

        Values values = new Values(Fixture.SETTINGS);
        for (int threads : new int[]{1, 2, 3, 8}) {
            FastEventLog.Result fast = FastEventLog.read(dir, source, values, threads);
            assertThat(fast).as(threads + " threads").isNotNull();
            assertThat(fast.rows()).as(threads + " threads").containsExactlyElementsOf(general.records());
            assertThat(fast.rejections()).as(threads + " threads").containsExactlyElementsOf(general.rejections());
            assertThat(fast.stats()).as(threads + " threads").isEqualTo(general.stats());
            assertThat(fast.stats().balanced()).isTrue();
        }
    }

    /** Accented letters at a user's or an app's edges are not spaces: such lines stay the byte parser's. */
    @Test
    void nonAsciiLettersAtAFieldsEdgeStayOnTheBytePath() throws IOException {
        StringBuilder log = new StringBuilder("timestamp,user,app\n");
        String[] users = {"élodie@exemple.ca", "zoé", "Émile@exemple.ca", "ｚ@x.io", "noël\u00A0"};
        String[] apps = {"Café", "Ωmega", "Slack"};
        for (int i = 0; i < 3000; i++) {
            log.append("2026-10-").append(10 + i % 20).append("T10:00:00Z,").append(users[i % users.length])
                    .append(',').append(apps[i % apps.length]).append('\n');
        }
        log.append("2026-10-30T10:00:00Z,\u2003spaced@x.io\u3000,Slack\n");      // strip() removes these two
        InputSource source = scanned("accents.csv", log.toString());
        Fixture.Read<UsageRow> general = Fixture.read(dir, source, Mappers::usage);
        FastEventLog.Result fast = FastEventLog.read(dir, source, new Values(Fixture.SETTINGS), 2);
        assertThat(fast.rows()).containsExactlyElementsOf(general.records());
        assertThat(fast.rows()).extracting(UsageRow::user).contains("spaced@x.io", "noël\u00A0");
        assertThat(fast.stats()).isEqualTo(general.stats());
        assertThat(fast.generalLines()).as("only the line with spaces strip() removes").isEqualTo(1);
    }

    /**
     * Timestamps the byte parser does not read ({@code 10/01/2026 12:00:46}) send every line to the general
     * rules, and their seats are folded as they are read: the same seats, dates and lines as the general reader.
     */
    @Test
    void linesReadByTheGeneralRulesAreFoldedIntoSeatsAsTheyAreRead() throws IOException {
        StringBuilder log = new StringBuilder("timestamp,user,app\n");
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            log.append(String.format("10/%02d/2026 %02d:%02d:00,%s,%s\n", 1 + random.nextInt(31), random.nextInt(24),
                    random.nextInt(60), USERS[random.nextInt(USERS.length)], APPS[random.nextInt(APPS.length)]));
        }
        InputSource source = scanned("us.csv", log.toString());
        Fixture.Read<UsageRow> general = Fixture.read(dir, source, Mappers::usage);
        for (int threads : new int[]{1, 3}) {
            FastEventLog.Result fast = FastEventLog.read(dir, source, new Values(Fixture.SETTINGS), threads);
            assertThat(fast.generalLines()).isEqualTo(20_000);
            assertThat(fast.rows()).containsExactlyElementsOf(general.records());
            assertThat(fast.stats()).isEqualTo(general.stats());
        }
    }

    @Test
    void theInventoryKeepsWhatItReadForTheReadStepWhenNoTimestampNeedsAnOrder() throws IOException {
        String log = """
                timestamp,user,app
                2026-10-03T10:00:00Z,ann@example.com,Slack
                2026-10-09T10:00:00Z,ann@example.com,Slack
                2026-10-04T02:00:00Z,bo@example.com,Zoom
                """;
        Files.writeString(dir.resolve("small.csv"), log);
        ReadCache cache = new ReadCache(2);
        InputSource source = InputScanner.scan(dir, null, Fixture.SETTINGS, cache).sources().stream()
                .filter(s -> s.path().equals("small.csv")).findFirst().orElseThrow();
        FastEventLog.Result first = FastEventLog.read(dir, source, new Values(Fixture.SETTINGS), cache);
        assertThat(first.early()).isTrue();
        assertThat(first.orderFree()).isTrue();
        assertThat(first.rows()).extracting(UsageRow::user, UsageRow::toolName, r -> r.lastActive().toString(),
                        r -> r.source().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ann@example.com", "Slack", "2026-10-09", 3L),
                        // 02:00 UTC is still the 3rd in Toronto
                        org.assertj.core.groups.Tuple.tuple("bo@example.com", "Zoom", "2026-10-03", 4L));
        FastEventLog.Result again = FastEventLog.read(dir, source, new Values(Fixture.SETTINGS), cache);
        assertThat(again.early()).as("taken once").isFalse();
        assertThat(again.rows()).isEqualTo(first.rows());

        InputSource other = InputScanner.scan(dir, null, Fixture.SETTINGS, new ReadCache(2)).sources().stream()
                .filter(s -> s.path().equals("small.csv")).findFirst().orElseThrow();
        assertThat(FastEventLog.read(dir, other, new Values(Fixture.SETTINGS), cache).early())
                .as("another run's inventory keeps nothing for this one").isFalse();
    }

    @Test
    void aLogWithQuotesOrBareCarriageReturnsIsLeftToTheGeneralReader() throws IOException {
        InputSource quoted = scanned("quoted.csv",
                "timestamp,user,app\n2026-10-03,ann@example.com,\"Slack, Inc\"\n");
        assertThat(FastEventLog.read(dir, quoted, new Values(Fixture.SETTINGS), 2)).isNull();
        InputSource bareCr = scanned("cr.csv",
                "timestamp,user,app\n2026-10-03,ann@example.com,Slack\r2026-10-04,bo@example.com,Zoom\n");
        assertThat(FastEventLog.read(dir, bareCr, new Values(Fixture.SETTINGS), 2)).isNull();
    }

    @Test
    void onlyPlainEventLogsTakeTheFastPath() throws IOException {
        InputSource okta = scanned("okta.csv", """
                published,actor.alternateId,eventType,outcome.result,target.displayName
                2026-10-03T10:00:00Z,ann@example.com,user.authentication.sso,SUCCESS,Slack
                """);
        assertThat(FastEventLog.eligible(okta)).isFalse();
        InputSource list = scanned("list.csv", "user,tool,last_active\nann@example.com,Slack,2026-10-03\n");
        assertThat(FastEventLog.eligible(list)).isFalse();
    }
}
