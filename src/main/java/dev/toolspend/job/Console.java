package dev.toolspend.job;

import dev.toolspend.ingest.FileStats;
import dev.toolspend.ingest.FormatDecision;
import dev.toolspend.ingest.InputSource;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a person running the job sees: progress per file and the outcome, one line each. */
@Component
public class Console {

    public void line(String text) {
        PrintStream out = System.out;
        out.println(text);
        out.flush();
    }

    /**
     * One table's summary, as the Data quality sheet has it: rows read, used, rejected and skipped, then
     * how the file was read (layout, encoding, delimiter, decimal mark and day/month order per column).
     */
    public void tableRead(InputSource source, FileStats stats, Duration elapsed) {
        String where = source.sheet() == null ? source.path() : source.path() + " [" + source.sheet() + "]";
        line(String.format(Locale.ROOT, "  %-9s %-52s %,8d rows read: %,d used, %,d rejected, %,d skipped  %6.2f s",
                source.kind().name().toLowerCase(Locale.ROOT), where, stats.read(), stats.used(), stats.rejected(),
                stats.skipped(), elapsed.toNanos() / 1e9));
        line("            " + howRead(source, stats));
    }

    static String howRead(InputSource source, FileStats stats) {
        List<String> parts = new ArrayList<>();
        parts.add(source.layout().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ", header on " + (source.sheet() == null ? "line " : "row ") + source.headerLine());
        if (source.format() != null) {
            parts.add(source.format().encoding().label() + ", " + source.format().delimiterName().toLowerCase(Locale.ROOT)
                    + "-delimited");
        }
        for (FormatDecision d : source.decisions()) {
            String what = d.subject() == FormatDecision.Subject.DECIMAL_MARK
                    ? "decimal " + d.value().toLowerCase(Locale.ROOT)
                    : d.value().equals("DMY") ? "day/month/year" : "month/day/year";
            String basis = switch (d.basis()) {
                case VALUES -> "from its values";
                case MAJORITY -> "most of its values; the others are rejected";
                case SETTINGS -> "ASSUMED from the settings: no value could tell";
            };
            parts.add(d.column() + ": " + what + " (" + basis + ")");
        }
        stats.skips().forEach(s -> parts.add(s.count() + " skipped: " + s.reason().name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + " (first on line " + s.firstLine() + ")"));
        return String.join("; ", parts);
    }
}
