package dev.toolspend.report;

import dev.toolspend.model.FileStats;
import dev.toolspend.model.FormatDecision;

import java.util.ArrayList;
import java.util.List;

/** How a table was read, in words: its column decisions and its skipped rows (Data quality and the console). */
public final class HowRead {

    private HowRead() {
    }

    /** One decision per part: "Amount: decimal comma (from its values)". Null when there is none. */
    public static String decisions(Labels labels, List<FormatDecision> decisions, String separator) {
        List<String> parts = new ArrayList<>();
        for (FormatDecision d : decisions) {
            parts.add(labels.get("quality.decision", d.column(), labels.get("decision." + d.subject() + "." + d.value()),
                    labels.get("basis." + d.basis())));
        }
        return parts.isEmpty() ? null : String.join(separator, parts);
    }

    /** One reason per part: "2 skipped: blank row (first on line 5)". Null when nothing was skipped. */
    public static String skips(Labels labels, List<FileStats.Skip> skips, String separator) {
        List<String> parts = new ArrayList<>();
        for (FileStats.Skip skip : skips) {
            parts.add(labels.get("quality.skip", String.valueOf(skip.count()), labels.get("skip." + skip.reason()),
                    String.valueOf(skip.firstLine())));
        }
        return parts.isEmpty() ? null : String.join(separator, parts);
    }
}
