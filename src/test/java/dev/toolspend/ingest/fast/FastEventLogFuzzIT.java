package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.Fixture;
import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.Inventory;
import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.UsageRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte reader against the general reader on random logs (from the review of issue 6): every timestamp
 * form the byte parser reads or must leave alone, users and apps with spaces, accents, full-width letters
 * and control characters at their edges, total words, missing and extra fields, CRLF and LF, UTF-8 and
 * Windows-1252, columns in any order — the same seats, rejections and counts on 1, 3 and 4 threads.
 */
class FastEventLogFuzzIT {

    @TempDir
    Path dir;

    static final String[] TS = {
            "2026-10-%sT%s:15:30Z", "2026-10-%s %s:15:30", "2026-10-%sT%s:15:30-04:00", "2026-10-%sT%s:15:30.250+0200",
            "2026-10-%s", "2026-10-%s %s:59:59 UTC", "2026-10-%sT%s:15:30z", "2026-10-%sT%s:15",
            "2026-10-%sT%s:15:30+05", "2026-10-%sT%s:15:30 +05:00", "2026-10-%sT%s:15:30 Z", "2026-10-%sT%s:15:30utc",
            "2026-10-%sT%s:15:30gmt", "2026-10-%sT%s:15:30.1234567890123Z", "2026-10-%sT%s:15:30,5Z",
            "2026-10-%sT%s:15:30+18:00", "2026-10-%sT%s:15:30-18:00", "2026-10-%sT%s:15:30+1800",
            "2026-10-%st%s:15:30Z", "2026-10-%sT%s:15:30Z[UTC]", "2026-10-%sT%s:15:30 America/Vancouver",
            "2026-10-%sT%s:15:60Z", "2026-10-%sT%s:15:30.Z", "2026-10-%s  %s:15:30", "2026-10-%sT%s:15:30  UTC",
            "2026-10-%sT%s:15:30+00", "2026-10-%sT%s:15:30-0000", "2026-10-%sT%s:15:30UT",
            "2026-10-%sT%s:15:30 pm", "2026-10-%s %s:15:30 GMT+2", "2026-10-%sT%s:15:30+05:3", "2026-10-%sT%s:15:30 +0530",
            "2026/10/%s %s:15:30", "2026-10-%sT%s:15:30.5", "2026-10-%sT%sh15",
            "1899-12-%sT%s:00:00Z", "2200-01-%sT%s:00:00Z", "0000-01-%sT%s:00:00Z",
            "2026-10-%sT%s:15:30\u00A0Z", "2026-10-%s\t%s:15:30", "2026-10-%sT%s:15:30\tZ",
    };
    static final String[] USERS = {"alice@example.com", "Alice@Example.com", " bob@example.com ", "\tbob@example.com",
            "élodie@exemple.ca", "dan", "Dan", "erin@example.com\u00A0", "\u000Bfrank@x.io\u001F", "total", "Total",
            "Sum", "grand  total", "TOTAL:", "a\u0000b", "x\u2003", "Somme", "end of report", "Subtotal 3", "ＡＢＣ@x.io",
            "İstanbul@x.io", "\u00ADsoft@x.io"};
    static final String[] APPS = {"Slack", "slack", "Zoom", "Café App", "GitHub", " Notion", "Total", "totals",
            "b\u0000Slack", "App\u00A0", "Σ", "sum"};

    String line(SplittableRandom r, int columns, int[] order) {
        int day = 1 + r.nextInt(31);
        int hour = r.nextInt(25);
        String dd = (day < 10 ? "0" : "") + day;
        String hh = (hour < 10 ? "0" : "") + hour;
        String ts = String.format(TS[r.nextInt(TS.length)], dd, hh);
        String user = USERS[r.nextInt(USERS.length)];
        String app = APPS[r.nextInt(APPS.length)];
        if (r.nextInt(30) == 0) ts = "";
        if (r.nextInt(30) == 0) user = "";
        if (r.nextInt(30) == 0) app = "";
        if (r.nextInt(20) == 0) ts = " " + ts + " ";
        String[] cells = new String[columns];
        cells[order[0]] = ts;
        cells[order[1]] = user;
        cells[order[2]] = app;
        for (int i = 0; i < columns; i++) {
            if (cells[i] == null) {
                cells[i] = switch (r.nextInt(4)) {
                    case 0 -> "";
                    case 1 -> "total";
                    case 2 -> "x" + r.nextInt(9);
                    default -> "okta";
                };
            }
        }
        String text = String.join(",", cells);
        return switch (r.nextInt(60)) {
            case 0 -> "";
            case 1 -> "Total,,";
            case 2 -> text + ",";
            case 3 -> text + ",,";
            case 4 -> text + ",x";
            case 5 -> text.substring(0, text.lastIndexOf(','));
            case 6 -> "   ";
            case 7 -> ",,";
            default -> text;
        };
    }

    @Test
    void fuzz() throws IOException {
        List<String> failures = new ArrayList<>();
        String[][] headers = {{"timestamp", "user", "app"}, {"user", "app", "timestamp"}, {"app", "timestamp", "user"},
                {"source", "timestamp", "user", "app"}, {"timestamp", "user", "app", "note"}, {"timestamp", "login", "app"}};
        for (int seed = 0; seed < 36; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            String[] header = headers[seed % headers.length];
            int columns = header.length;
            int[] order = new int[3];
            for (int i = 0; i < columns; i++) {
                switch (header[i]) {
                    case "timestamp" -> order[0] = i;
                    case "user", "login" -> order[1] = i;
                    case "app" -> order[2] = i;
                    default -> { }
                }
            }
            StringBuilder log = new StringBuilder(String.join(",", header)).append('\n');
            for (int i = 0; i < 3000; i++) {
                log.append(line(r, columns, order)).append(r.nextInt(5) == 0 ? "\r\n" : "\n");
            }
            Charset cs = seed % 3 == 2 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
            String name = "events" + seed + ".csv";
            Path folder = dir.resolve("s" + seed);
            Files.createDirectories(folder);
            String text = log.toString();
            if (!cs.equals(StandardCharsets.UTF_8)) {
                text = new String(text.getBytes(cs), cs);   // what survives the charset
            }
            Files.write(folder.resolve(name), text.getBytes(cs));
            Inventory inv = InputScanner.scan(folder, null, Fixture.SETTINGS);
            var found = inv.sources().stream().filter(s -> s.path().equals(name)).findFirst();
            if (found.isEmpty()) {
                failures.add(seed + ": not recognised " + inv.ignored());
                continue;
            }
            InputSource source = found.get();
            if (!FastEventLog.eligible(source)) {
                failures.add(seed + ": not eligible " + source.header().header() + " " + source.format());
                continue;
            }
            Fixture.Read<UsageRow> general = Fixture.read(folder, source, Mappers::usage);
            for (int threads : new int[]{4, 1, 3}) {
                FastEventLog.Result fast = FastEventLog.read(folder, source, new Values(Fixture.SETTINGS), threads);
                if (fast == null) {
                    failures.add(seed + ": fast null");
                    break;
                }
                if (!fast.rows().equals(general.records())) {
                    List<UsageRow> a = new ArrayList<>(fast.rows());
                    a.removeAll(general.records());
                    List<UsageRow> b = new ArrayList<>(general.records());
                    b.removeAll(fast.rows());
                    failures.add(seed + "/" + threads + " (" + cs + ", " + String.join(",", header) + ") rows differ: fast-only "
                            + a.subList(0, Math.min(4, a.size())) + " general-only " + b.subList(0, Math.min(4, b.size())));
                }
                if (!fast.rejections().equals(general.rejections())) {
                    List<Object> a = new ArrayList<>(fast.rejections());
                    a.removeAll(general.rejections());
                    List<Object> b = new ArrayList<>(general.rejections());
                    b.removeAll(fast.rejections());
                    failures.add(seed + "/" + threads + " rejections differ: fast-only " + a.subList(0, Math.min(3, a.size()))
                            + " general-only " + b.subList(0, Math.min(3, b.size())));
                }
                // both paths must have been taken: were all lines left to the general rules, the comparison above
                // would hold the general reader to itself (the odd users and timestamps leave most of them there)
                if (fast.generalLines() * 5 > fast.stats().read() * 4 || fast.generalLines() == 0) {
                    failures.add(seed + "/" + threads + ": the byte parser read " + (fast.stats().read()
                            - fast.generalLines()) + " of " + fast.stats().read() + " lines itself");
                }
                if (!fast.stats().equals(general.stats())) {
                    failures.add(seed + "/" + threads + " stats differ: fast " + fast.stats() + " general " + general.stats());
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
