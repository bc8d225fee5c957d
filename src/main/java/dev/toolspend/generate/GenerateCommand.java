package dev.toolspend.generate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code toolspend generate}: writes a realistic input folder at any scale (for tests, demos and the
 * benchmark), with the figures the job must find beside it in a hidden {@code .truth/} folder.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Writes a company's input folder at any scale: card statements, the license register (.xlsx), "
                + "a usage summary, event logs and FX rates, deterministic per seed. The figures the job must find "
                + "are written to DIR/.truth/expected.json (the job skips hidden folders).",
                "With --months N above 1, a company's year: one input folder per month, DIR/YYYY-MM/, each "
                        + "complete for the job run with --period YYYY-MM, where things happen at known months "
                        + "(counted from the first): the 2nd, underused seats are reclaimed (Miro all, Adobe half); "
                        + "the 3rd, unused Loom is cancelled and Canva appears; the 4th, the team-chat overlap is "
                        + "consolidated (Microsoft Teams cancelled); 1Password's price rises 12.5 %% at its renewal "
                        + "(January, for a year ending 2026-10). DIR/.truth/YYYY-MM.json holds each month's figures "
                        + "with what changed since the month before (finding states, realized savings, price "
                        + "checks), for the months run in order. --layout one-folder keeps every month in one "
                        + "folder (billing and event logs per month, one register).", ""})
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write: new or empty (created if needed).")
    Path out;

    @Option(names = "--overwrite", description = "Replace a folder an earlier 'generate' wrote (nothing else is ever "
            + "replaced or deleted).")
    boolean overwrite;

    @Option(names = "--employees", paramLabel = "N", required = true, description = "Number of employees.")
    int employees;

    @Option(names = "--months", paramLabel = "M", defaultValue = "1",
            description = "Months, ending with the period: above 1, a folder per month (see --layout) "
                    + "(default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--layout", paramLabel = "month-folders|one-folder",
            description = "month-folders (the default above one month): DIR/YYYY-MM/ per month, each the inputs of "
                    + "that month's run, things happening from month to month; one-folder (the default for one "
                    + "month): one input folder holding every month's card statement and event log, for the "
                    + "period's run (a benchmark's larger folder).")
    String layout;

    @Option(names = "--events-per-user-day", paramLabel = "K", defaultValue = "20",
            description = "Average usage events per employee per active day (default: ${DEFAULT-VALUE}).")
    int eventsPerUserDay;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--period", paramLabel = "YYYY-MM", defaultValue = "2026-10",
            description = "The month the job will report (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--billing-lines", paramLabel = "N", defaultValue = "0",
            description = "Extra card lines spread over the months (per-seat add-ons and expenses), for a large "
                    + "billing file (default: ${DEFAULT-VALUE}).")
    long billingLines;

    @Option(names = "--exports", paramLabel = "en|fr", defaultValue = "en",
            description = "How the files are written: en, the canonical English forms; fr, as a Québec company's French "
                    + "software exports them (French headers, ';', decimal commas, dd/MM/yyyy, Windows-1252). The "
                    + "figures are the same (default: ${DEFAULT-VALUE}).")
    String exports;

    @Option(names = "--messy", description = "The period's card statement also holds a charge without an amount, one "
            + "in pounds (no FX rate), a blank line and a total row, as real exports do; none of them counts.")
    boolean messy;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        DatasetGenerator.Result result;
        try {
            prepare(out, overwrite);
            ExportForm form = switch (exports) {
                case "en" -> ExportForm.ENGLISH;
                case "fr" -> ExportForm.FRENCH;
                default -> throw new IllegalArgumentException("--exports is en or fr, not '" + exports + "'");
            };
            boolean monthFolders = switch (layout == null ? (months > 1 ? "month-folders" : "one-folder") : layout) {
                case "month-folders" -> true;
                case "one-folder" -> false;
                default -> throw new IllegalArgumentException("--layout is month-folders or one-folder, not '"
                        + layout + "'");
            };
            DatasetGenerator.Settings settings = new DatasetGenerator.Settings(out, employees, months,
                    eventsPerUserDay, seed, YearMonth.parse(period), billingLines, form, messy);
            result = monthFolders ? new CompanyYear(settings).generate() : new DatasetGenerator(settings).generate();
        } catch (IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
            System.out.println("toolspend generate stopped: " + e.getMessage());
            return 2;
        }
        System.out.printf("Wrote %s: %,d events, %,d billing lines, %,d usage summary rows, %,d license rows in %.1f s%n",
                out.toAbsolutePath(), result.events(), result.billingLines(), result.usageRows(), result.licenseRows(),
                (System.nanoTime() - started) / 1e9);
        System.out.println("Expected figures: " + (result.expected().getFileName().toString().equals("expected.json")
                ? result.expected().toAbsolutePath() : result.expected().getParent().toAbsolutePath() + "/YYYY-MM.json"));
        return 0;
    }

    /** What the generator writes at the top of its folder: all that --overwrite removes. */
    static final List<String> WRITTEN = List.of("billing", "licenses", "usage", ".truth", "fx-rates.csv");

    /** A month folder of a company's year. */
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

    /**
     * Makes {@code out} ready: a new or empty folder is used as it is. A folder with files in it could be a
     * real input folder, so it is refused, unless {@code overwrite} is given and the folder is one an earlier
     * generate wrote (it has {@code .truth/expected.json}, or a year's {@code .truth/YYYY-MM.json}): then only what
     * generate writes is removed (with a year's month folders).
     */
    static void prepare(Path out, boolean overwrite) throws IOException {
        if (!Files.exists(out) || (Files.isDirectory(out) && isEmpty(out))) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new IllegalStateException(out + " is a file, not a folder");
        }
        if (!overwrite) {
            throw new IllegalStateException(out + " is not empty: choose a new or empty folder (or --overwrite to "
                    + "replace an earlier 'generate')");
        }
        if (!Files.isRegularFile(out.resolve(".truth").resolve("expected.json")) && !yearTruth(out)) {
            throw new IllegalStateException(out + " was not written by 'generate' (no .truth/expected.json): "
                    + "nothing in it is replaced");
        }
        List<String> written = new java.util.ArrayList<>(WRITTEN);
        try (Stream<Path> entries = Files.list(out)) {
            entries.filter(p -> Files.isDirectory(p) && MONTH.matcher(p.getFileName().toString()).matches())
                    .forEach(p -> written.add(p.getFileName().toString()));
        }
        for (String name : written) {
            Path entry = out.resolve(name);
            if (Files.exists(entry)) {
                try (Stream<Path> tree = Files.walk(entry)) {
                    for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    private static boolean yearTruth(Path out) throws IOException {
        Path truth = out.resolve(".truth");
        if (!Files.isDirectory(truth)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(truth)) {
            return entries.anyMatch(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}\\.json"));
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
