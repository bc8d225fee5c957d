package dev.toolspend.job.cli;

import dev.toolspend.model.Period;
import dev.toolspend.report.Labels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code toolspend backfill}: runs every month from {@code --from} to {@code --to} in order, so that a new user has
 * a year of history on day one. The months come from one folder of several months' files, or from a folder of
 * monthly sub-folders named {@code YYYY-MM} ({@link MonthFolders}). One run at a time holds the data folder for all
 * of them; a month that stops is said and the next one runs.
 */
@Command(name = "backfill", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class BackfillCommand implements Callable<Integer> {

    /** Ten years of months: more is a typo. */
    private static final int MAX_MONTHS = 120;

    @Option(names = "--input", paramLabel = "DIR", required = true)
    Path input;

    @Option(names = "--from", paramLabel = "YYYY-MM", required = true)
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", required = true)
    String to;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output", descriptionKey = "toolspend.output")
    Path output;

    @Option(names = "--lang", paramLabel = "en|fr|en,fr", descriptionKey = "toolspend.lang")
    String language;

    @Option(names = "--currency", paramLabel = "CODE", descriptionKey = "toolspend.currency")
    String currency;

    @Option(names = "--force", descriptionKey = "toolspend.force")
    boolean force;

    @Option(names = "--no-wait", descriptionKey = "toolspend.no-wait")
    boolean noWait;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() throws Exception {
        Labels labels = ToolspendCommand.consoleLabelsOrRefuse(language);
        if (labels == null) {
            return ToolspendCommand.USAGE;
        }
        Period first;
        Period last;
        try {
            first = Period.parse(from);
        } catch (IllegalArgumentException e) {
            return ToolspendCommand.usageError(labels, "period", from);
        }
        try {
            last = Period.parse(to);
        } catch (IllegalArgumentException e) {
            return ToolspendCommand.usageError(labels, "period", to);
        }
        if (last.month().isBefore(first.month()) || first.month().plusMonths(MAX_MONTHS).isBefore(last.month())) {
            return ToolspendCommand.usageError(labels, "backfillRange", from + " – " + to);
        }
        List<Period> months = new ArrayList<>();
        for (YearMonth m = first.month(); !m.isAfter(last.month()); m = m.plusMonths(1)) {
            months.add(new Period(m));
        }
        ToolspendCommand run = new ToolspendCommand();
        run.input = input;
        run.output = output;
        run.language = language;
        run.currency = currency;
        run.force = force;
        run.noWait = noWait;
        run.database = database;
        run.backfill = List.copyOf(months);
        return run.call();
    }
}
