package dev.toolspend.report;

import dev.toolspend.analysis.AnalysisResult;
import dev.toolspend.model.DataNote;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.Message;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.Stake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of Data quality that is not a table read: a file or sheet ignored, a row rejected, or something to fix,
 * with where it is, the column as the file names it, the value, and the reason as a message (its key is the stable
 * code the JSON gives). The workbook and the JSON list the same ones, in the same order.
 *
 * @param kind   {@code ignored}, {@code rejected} or {@code note}: the label {@code issue.<kind>}
 * @param where  the file, sheet and line (0 for a whole file)
 * @param value  the cell as written; for an ignored file, its first row's columns
 * @param stake  for a rejected billing row, the money it would have counted; else null
 */
record QualityIssue(String kind, SourceRef where, String column, String value, Message reason, Stake stake) {

    QualityIssue(String kind, SourceRef where, String column, String value, Message reason) {
        this(kind, where, column, value, reason, null);
    }

    static final Comparator<SourceRef> ORDER = Comparator.comparing(SourceRef::file)
            .thenComparing(where -> where.sheet() == null ? "" : where.sheet()).thenComparingLong(SourceRef::line);

    static List<QualityIssue> of(InputReport inputs, AnalysisResult result, Labels labels) {
        List<QualityIssue> issues = new ArrayList<>();
        for (IgnoredInput ignored : inputs.ignored()) {
            issues.add(new QualityIssue("ignored", new SourceRef(ignored.path(), ignored.sheet(), 0), null,
                    String.join(", ", ignored.columns()), ignored.reason()));
        }
        for (Rejection r : inputs.rejections()) {
            issues.add(new QualityIssue("rejected", r.source(), inputs.column(r.source(), r.column(), r.field(), labels),
                    r.value(), r.reason(), r.stake()));
        }
        List<DataNote> notes = new ArrayList<>(result.notes());
        notes.addAll(inputs.notes());
        for (DataNote note : notes) {
            SourceRef where = note.source() == null ? new SourceRef("", null, 0) : note.source();
            issues.add(new QualityIssue("note", where, inputs.column(where, note.column(), note.field(), labels),
                    note.value(), note.message()));
        }
        issues.sort(Comparator.comparing(QualityIssue::where, ORDER));
        return issues;
    }
}
