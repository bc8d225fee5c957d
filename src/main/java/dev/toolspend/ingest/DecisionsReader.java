package dev.toolspend.ingest;

import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.table.Explained;
import dev.toolspend.ingest.table.ReadLimits;
import dev.toolspend.ingest.table.Table;
import dev.toolspend.ingest.table.TableRow;
import dev.toolspend.ingest.table.WorkbookFile;
import dev.toolspend.ingest.table.Workbooks;
import dev.toolspend.model.DataNote;
import dev.toolspend.model.Decision;
import dev.toolspend.model.DecisionStatus;
import dev.toolspend.model.DecisionsRead;
import dev.toolspend.model.Message;
import dev.toolspend.model.Period;
import dev.toolspend.model.SourceRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the decisions a manager typed into a report workbook (README, "Decisions"): every sheet whose header has a
 * Status and a Finding id column (English or French labels, any case, accents or spacing) — Actions, and Set aside —
 * gives one {@link Decision} per row with a finding id. The workbook is streamed within the {@link ReadLimits} like
 * any input; a file that cannot be read, or holds no such sheet, is a problem, never a failure.
 *
 * <p>A status is understood in either language, in any case and spacing ({@code Won't do}, {@code  NE SERA PAS
 * FAIT}); one that is not is a problem and its row is left out. The Decided column ({@code 2026-09: won't do}, written
 * by the report for a decision it carried) keeps the period a decision was made in while its status is unchanged; a
 * status typed or changed since is decided in the workbook's own period.
 */
public final class DecisionsReader {

    /** Rows looked at for the header, from the top of each sheet. */
    private static final int HEADER_ROWS = 20;
    private static final Pattern FINDING_ID = Pattern.compile("([A-Za-z_]{1,40}):(\\S{1,200})");
    private static final Pattern DECIDED = Pattern.compile("(\\d{4}-(?:0[1-9]|1[0-2]))\\s*:\\s*(.*)");

    /** Header labels of both report languages, normalised (the part before a parenthesis). */
    private static final List<String> STATUS = List.of("status", "suivi", "statut");
    private static final List<String> COMMENT = List.of("comment", "commentaire", "comments", "commentaires");
    private static final List<String> FINDING = List.of("finding id", "identifiant", "finding");
    private static final List<String> DECIDED_COLUMN = List.of("decided", "decision");

    /**
     * Every spelling understood, as {@link HeaderSchema#normalise} writes it (no accents, any apostrophe, hyphen or
     * run of spaces as one space): both languages' labels and common variants.
     */
    private static final Map<String, DecisionStatus> STATUSES = Map.ofEntries(
            Map.entry("", DecisionStatus.TO_DO),
            Map.entry("to do", DecisionStatus.TO_DO),
            Map.entry("todo", DecisionStatus.TO_DO),
            Map.entry("a faire", DecisionStatus.TO_DO),
            Map.entry("in progress", DecisionStatus.IN_PROGRESS),
            Map.entry("ongoing", DecisionStatus.IN_PROGRESS),
            Map.entry("en cours", DecisionStatus.IN_PROGRESS),
            Map.entry("done", DecisionStatus.DONE),
            Map.entry("fait", DecisionStatus.DONE),
            Map.entry("termine", DecisionStatus.DONE),
            Map.entry("won t do", DecisionStatus.WONT_DO),
            Map.entry("wont do", DecisionStatus.WONT_DO),
            Map.entry("will not do", DecisionStatus.WONT_DO),
            Map.entry("ne sera pas fait", DecisionStatus.WONT_DO),
            Map.entry("abandonne", DecisionStatus.WONT_DO));

    private DecisionsReader() {
    }

    /**
     * The decisions of one workbook.
     *
     * @param shownAs how Data quality names the file (its name in the output folder, or the path given)
     * @param period  the period the workbook is of: what a status typed in it was decided in
     */
    public static DecisionsRead read(Path file, String shownAs, Period period, ReadLimits limits) {
        SourceRef whole = new SourceRef(shownAs, null, 0);
        try {
            Message tooLarge = limits.fileTooLarge(Files.size(file));
            if (tooLarge != null) {
                return DecisionsRead.problem(note(whole, null, null, Message.of("decisions.unreadable", tooLarge)));
            }
        } catch (IOException e) {
            return DecisionsRead.problem(note(whole, null, null, Message.of("decisions.unreadable",
                    Message.of("read.corrupt"))));
        }
        List<Decision> decisions = new ArrayList<>();
        List<DataNote> problems = new ArrayList<>();
        boolean found = false;
        try (WorkbookFile workbook = Workbooks.open(file, limits)) {
            for (WorkbookFile.SheetEntry sheet : workbook.sheets()) {
                try (Table table = workbook.table(sheet.name())) {
                    found |= readSheet(table, new SourceRef(shownAs, sheet.name(), 0), period, limits, decisions,
                            problems);
                }
            }
        } catch (IOException | RuntimeException e) {
            Message reason = e instanceof Explained explained ? explained.reason() : Message.of("read.corrupt");
            return new DecisionsRead(List.of(), List.of(note(whole, null, null,
                    Message.of("decisions.unreadable", reason))));
        }
        if (!found) {
            problems.add(note(whole, null, null, Message.of("decisions.noActions")));
        }
        return new DecisionsRead(decisions, problems);
    }

    /** One sheet: its header within the first rows, then a decision per row with a finding id. */
    private static boolean readSheet(Table table, SourceRef sheet, Period period, ReadLimits limits,
                                     List<Decision> decisions, List<DataNote> problems) throws IOException {
        Columns columns = null;
        TableRow row;
        int looked = 0;
        while ((row = table.next()) != null) {
            if (columns == null) {
                if (++looked > HEADER_ROWS) {
                    return false;
                }
                if (limits.headerTooLarge(row) == null) {
                    columns = Columns.of(row);
                }
                continue;
            }
            SourceRef where = new SourceRef(sheet.file(), sheet.sheet(), row.line());
            if (limits.rowTooLarge(row) != null) {
                problems.add(note(where, null, null, Message.of("decisions.unreadable", limits.rowTooLarge(row))));
                continue;
            }
            Matcher id = FINDING_ID.matcher(row.text(columns.finding));
            if (!id.matches()) {
                continue;           // a blank row, the totals row
            }
            String typed = row.text(columns.status);
            DecisionStatus status = status(typed);
            if (status == null) {
                problems.add(note(where, columns.statusLabel, typed, Message.of("decisions.unknownStatus")));
                continue;
            }
            String comment = columns.comment < 0 ? "" : row.text(columns.comment);
            Period decidedIn = period;
            if (columns.decided >= 0) {
                Matcher decided = DECIDED.matcher(row.text(columns.decided));
                if (decided.matches() && status(decided.group(2)) == status) {
                    Period carried = Period.parse(decided.group(1));
                    decidedIn = carried.month().isAfter(period.month()) ? period : carried;
                }
            }
            decisions.add(new Decision(id.group(1).toUpperCase(Locale.ROOT), id.group(2), status, comment, decidedIn,
                    where));
        }
        return columns != null;
    }

    /** A status as typed, in either language and any case or spacing; null when it is none of them. */
    public static DecisionStatus status(String typed) {
        return STATUSES.get(HeaderSchema.normalise(typed));
    }

    private static String headerWord(String text) {
        int paren = text.indexOf('(');
        return HeaderSchema.normalise(paren < 0 ? text : text.substring(0, paren));
    }

    private static DataNote note(SourceRef where, String column, String value, Message message) {
        return new DataNote(where, column, null, value, message);
    }

    /** Where the columns are in a header row; {@link #of} gives null when the row has no Status or no Finding id. */
    private record Columns(int status, int comment, int finding, int decided, String statusLabel) {

        static Columns of(TableRow header) {
            int status = -1;
            int comment = -1;
            int finding = -1;
            int decided = -1;
            for (int i = 0; i < header.size(); i++) {
                String word = headerWord(header.text(i));
                if (status < 0 && STATUS.contains(word)) {
                    status = i;
                } else if (comment < 0 && COMMENT.contains(word)) {
                    comment = i;
                } else if (finding < 0 && FINDING.contains(word)) {
                    finding = i;
                } else if (decided < 0 && DECIDED_COLUMN.contains(word)) {
                    decided = i;
                }
            }
            return status < 0 || finding < 0 ? null
                    : new Columns(status, comment, finding, decided, header.text(status));
        }
    }
}
