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
                + "are written to DIR/.truth/expected.json (the job skips hidden folders).", ""})
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
            description = "Months of billing and events, ending with the period (default: ${DEFAULT-VALUE}).")
    int months;

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
            result = new DatasetGenerator(new DatasetGenerator.Settings(out, employees, months, eventsPerUserDay, seed,
                    YearMonth.parse(period), billingLines, form, messy)).generate();
        } catch (IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
            System.out.println("toolspend generate stopped: " + e.getMessage());
            return 2;
        }
        System.out.printf("Wrote %s: %,d events, %,d billing lines, %,d usage summary rows, %,d license rows in %.1f s%n",
                out.toAbsolutePath(), result.events(), result.billingLines(), result.usageRows(), result.licenseRows(),
                (System.nanoTime() - started) / 1e9);
        System.out.println("Expected figures: " + result.expected().toAbsolutePath());
        return 0;
    }

    /** What the generator writes at the top of its folder: all that --overwrite removes. */
    static final List<String> WRITTEN = List.of("billing", "licenses", "usage", ".truth", "fx-rates.csv");

    /**
     * Makes {@code out} ready: a new or empty folder is used as it is. A folder with files in it could be a
     * real input folder, so it is refused, unless {@code overwrite} is given and the folder is one an earlier
     * generate wrote (it has {@code .truth/expected.json}): then only what generate writes is removed.
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
        if (!Files.isRegularFile(out.resolve(".truth").resolve("expected.json"))) {
            throw new IllegalStateException(out + " was not written by 'generate' (no .truth/expected.json): "
                    + "nothing in it is replaced");
        }
        for (String name : WRITTEN) {
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

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
