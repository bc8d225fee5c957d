package dev.toolspend.job;

import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.Message;
import dev.toolspend.model.TableRead;
import dev.toolspend.report.Formats;
import dev.toolspend.report.HowRead;
import dev.toolspend.report.Labels;
import dev.toolspend.report.ReportLanguages;
import dev.toolspend.report.SafeText;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person running the job sees, one line each, in the report language (labels {@code console.*}
 * and {@code stop.*}): progress per file and the outcome. File names and values come from the inputs: every
 * line is printed through {@link SafeText#forConsole}, so none can break a line, move the cursor or colour the
 * terminal (no label holds a line break or a control character).
 */
@Component
public class Console {

    private final Labels labels;
    /** The zone of each line's time stamp; null: no time stamps (a run from a terminal or cron). */
    private volatile ZoneId zone;
    /** The width of the first column of table lines: the longest kind (or "ignored") in the language. */
    private final int kindWidth;
    /** The width of the counts of table lines, so that the timings line up (for counts of up to 99,999 rows). */
    private final int countsWidth;

    public Console(ToolspendProperties properties) {
        Labels chosen;
        try {
            chosen = Labels.of(ReportLanguages.first(properties.language()));     // the first report language
        } catch (IllegalArgumentException unsupported) {
            chosen = Labels.of("en");      // the run stops at once and says why, in English
        }
        this.labels = chosen;
        int width = labels.get("console.ignoredWord").length();
        for (InputKind kind : InputKind.values()) {
            width = Math.max(width, labels.get("kind." + kind).length());
        }
        this.kindWidth = width;
        this.countsWidth = labels.get("console.rows", 99_999L, 99_999L, 99_999L, 99_999L).length();
    }

    /** A line from the {@code console.<key>} label. */
    public void say(String key, Object... args) {
        line(labels.get("console." + key, args));
    }

    /**
     * A line already in the report language that must be read (money the figures leave out): printed last, as is
     * (no colour codes: cron mails and logs keep it legible).
     */
    public void warn(String text) {
        line(text);
    }

    /** The reason of a stop, from its {@code stop.<key>} label. */
    public String stopText(String key, Object... args) {
        return labels.get("stop." + key, args);
    }

    /** "toolspend stopped: <reason>", the reason from the {@code stop.<key>} label, on the error stream. */
    public void stopped(String key, Object... args) {
        print(System.err, labels.get("console.stopped", labels.get("stop." + key, args)));
    }

    /**
     * From now on every line starts with the time in this zone (schedule mode: a long-running process's output
     * goes to a log, read later).
     */
    public void timestamped(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * One table's summary, as the Data quality sheet has it: rows read, used, rejected and skipped, then
     * how the file was read (layout, encoding, delimiter, decimal mark and day/month order per column).
     */
    public void tableRead(InputSource source, FileStats stats, Duration elapsed) {
        String where = source.sheet() == null ? source.path() : source.path() + " [" + source.sheet() + "]";
        line("  " + pad(labels.get("kind." + source.kind()), kindWidth) + " " + pad(where, 52) + " "
                + pad(labels.get("console.rows", stats.read(), stats.used(), stats.rejected(), stats.skipped()),
                countsWidth) + " "
                + String.format(Locale.ROOT, "%9s", labels.get("console.seconds",
                elapsed.toNanos() / 1e9)));
        line(" ".repeat(kindWidth + 3) + howRead(source.asRead(stats)));
    }

    /** A file or sheet not read, and why, in the column of the table lines. */
    public void ignored(String where, Message reason) {
        line("  " + pad(labels.get("console.ignoredWord"), kindWidth) + " " + labels.get("console.ignored", where, reason));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** The second line of a table: its layout, header, encoding and delimiter, column decisions and skips. */
    String howRead(TableRead table) {
        List<String> parts = new ArrayList<>();
        parts.add(labels.get("layout." + table.layout()) + ", " + labels.get("console.howRead",
                labels.get(table.sheet() == null ? "console.lineWord" : "console.rowWord"), table.headerLine()));
        if (table.encoding() != null) {
            parts.add(table.encoding() + ", " + labels.get("delimiter." + table.delimiter()));
        }
        for (String part : new String[]{HowRead.decisions(labels, table.decisions(), "; "),
                HowRead.skips(labels, table.stats().skips(), "; ")}) {
            if (part != null) {
                parts.add(part);
            }
        }
        return String.join("; ", parts);
    }

    /** An amount for the console: grouped in the language's style, two decimals, with its currency code. */
    public String amount(BigDecimal value, String currency) {
        return Formats.withCode(labels.locale(), value, currency);
    }

    private void line(String text) {
        print(System.out, text);
    }

    private void print(PrintStream out, String text) {
        ZoneId stamped = zone;
        String line = stamped == null ? text
                : STAMP.format(ZonedDateTime.now(stamped)) + " " + text;
        out.println(SafeText.forConsole(line));
        out.flush();
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);
}
