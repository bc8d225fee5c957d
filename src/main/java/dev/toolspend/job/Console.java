package dev.toolspend.job;

import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.TableRead;
import dev.toolspend.report.HowRead;
import dev.toolspend.report.Labels;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person running the job sees, one line each, in the report language (labels {@code console.*}
 * and {@code stop.*}): progress per file and the outcome.
 */
@Component
public class Console {

    private final Labels labels;

    public Console(ToolspendProperties properties) {
        Labels chosen;
        try {
            chosen = Labels.of(properties.language());
        } catch (IllegalArgumentException unsupported) {
            chosen = Labels.of("en");      // the run stops at once and says why, in English
        }
        this.labels = chosen;
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

    /** "toolspend stopped: <reason>", the reason from the {@code stop.<key>} label. */
    public void stopped(String key, Object... args) {
        say("stopped", labels.get("stop." + key, args));
    }

    /**
     * One table's summary, as the Data quality sheet has it: rows read, used, rejected and skipped, then
     * how the file was read (layout, encoding, delimiter, decimal mark and day/month order per column).
     */
    public void tableRead(InputSource source, FileStats stats, Duration elapsed) {
        String where = source.sheet() == null ? source.path() : source.path() + " [" + source.sheet() + "]";
        line(String.format(Locale.ROOT, "  %-9s %-52s %s  %6.2f s",
                labels.get("kind." + source.kind()), where, labels.get("console.rows", number(stats.read()),
                        number(stats.used()), number(stats.rejected()), number(stats.skipped())),
                elapsed.toNanos() / 1e9));
        line("            " + howRead(source.asRead(stats)));
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
        NumberFormat format = NumberFormat.getNumberInstance(labels.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value.setScale(2, RoundingMode.HALF_UP)) + " " + currency;
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(labels.locale()).format(value);
    }

    private static void line(String text) {
        PrintStream out = System.out;
        out.println(text);
        out.flush();
    }
}
