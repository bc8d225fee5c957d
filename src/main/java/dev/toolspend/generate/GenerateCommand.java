package dev.toolspend.generate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

/**
 * {@code toolspend generate}: writes a realistic input folder at any scale (for tests, demos and the
 * benchmark), with the figures the job must find beside it in a hidden {@code .truth/} folder.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Writes a company's input folder at any scale: card statements, the license register (.xlsx), "
                + "a usage summary, event logs and FX rates, deterministic per seed. The figures the job must find "
                + "are written to DIR/.truth/expected.json (the job skips hidden folders).", ""})
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write (created if needed).")
    Path out;

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

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        DatasetGenerator.Result result;
        try {
            result = new DatasetGenerator(new DatasetGenerator.Settings(out, employees, months, eventsPerUserDay, seed,
                    YearMonth.parse(period), billingLines)).generate();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            System.out.println("toolspend generate stopped: " + e.getMessage());
            return 2;
        }
        System.out.printf("Wrote %s: %,d events, %,d billing lines, %,d usage summary rows, %,d license rows in %.1f s%n",
                out.toAbsolutePath(), result.events(), result.billingLines(), result.usageRows(), result.licenseRows(),
                (System.nanoTime() - started) / 1e9);
        System.out.println("Expected figures: " + result.expected().toAbsolutePath());
        return 0;
    }
}
