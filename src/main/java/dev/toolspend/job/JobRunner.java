package dev.toolspend.job;

import dev.toolspend.catalog.Catalog;
import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.Sha256;
import dev.toolspend.report.Labels;
import dev.toolspend.report.ReportWriter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Runs the job for a period, once per set of input files: the job instance is identified by the
 * period, a digest of every input file and a digest of the settings that change the figures. The
 * same files again are "already done"; a failed or killed run is resumed where it stopped.
 */
@Component
public class JobRunner {

    public static final int OK = 0;
    public static final int STOPPED = 1;

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final Console console;
    private final ToolspendProperties properties;
    private final Catalog catalog;
    private final String version;

    public JobRunner(JobOperator operator, JobRepository repository, Job job, Console console,
                     ToolspendProperties properties, Catalog catalog, @Value("${toolspend.version:0.1.0}") String version) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.console = console;
        this.properties = properties;
        this.catalog = catalog;
        this.version = version;
    }

    public int run(RunRequest request) throws Exception {
        Path input = request.input().toAbsolutePath().normalize();
        Path output = request.output().toAbsolutePath().normalize();
        String invalid = invalidSettings();
        if (invalid != null) {
            return stop(invalid);
        }
        if (!Files.isDirectory(input)) {
            return stop("input folder " + input + " does not exist");
        }
        String unwritable = checkWritable(output);
        if (unwritable != null) {
            return stop(unwritable);
        }
        List<Path> files = InputScanner.listFiles(input, output);
        if (files.isEmpty()) {
            return stop("nothing readable in " + input + ": the folder has no input files");
        }
        console.line("toolspend " + version + ": period " + request.period() + " (as of " + request.period().asOf()
                + "), " + files.size() + " input files in " + input + ", report in " + properties.currency());

        JobParametersBuilder params = new JobParametersBuilder()
                .addString(JobParams.PERIOD, request.period().toString())
                .addString(JobParams.INPUTS, InputScanner.fingerprint(input, files))
                .addString(JobParams.SETTINGS, settingsFingerprint())
                .addString(JobParams.INPUT_DIR, input.toString(), false)
                .addString(JobParams.OUTPUT_DIR, output.toString(), false);
        JobExecution previous = repository.getLastJobExecution(job.getName(), params.toJobParameters());
        Path workbook = ReportWriter.workbookPath(output, request.period().toString());
        Path json = ReportWriter.jsonPath(output, request.period().toString());
        if (previous != null && previous.getStatus() == BatchStatus.COMPLETED) {
            if (!request.force() && Files.exists(workbook) && Files.exists(json)) {
                console.line(request.period() + " is already done for these input files (run of "
                        + previous.getStartTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                        + "); nothing rewritten. Use --force to run it again.");
                printOutcome(previous);
                return OK;
            }
            console.line(request.force() ? "running again (--force)" : "the previous workbook is missing: running again");
            params.addString(JobParams.RERUN, String.valueOf(System.currentTimeMillis()));
        } else if (previous != null && previous.getStatus().isRunning()) {
            console.line("the previous run of these files was interrupted: resuming it");
            operator.recover(previous);
        } else if (previous != null) {
            console.line("the previous run of these files stopped (" + previous.getStatus() + "): resuming it");
        }
        JobParameters jobParameters = params.toJobParameters();
        JobExecution execution = operator.start(job, jobParameters);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return stop(failureReason(execution));
        }
        printOutcome(execution);
        return OK;
    }

    private void printOutcome(JobExecution execution) {
        var context = execution.getExecutionContext();
        Path workbook = Path.of(context.getString(ReportTasklet.WORKBOOK));
        BigDecimal savings = new BigDecimal(context.getString(ReportTasklet.SAVINGS)).setScale(2, RoundingMode.HALF_UP);
        console.line("Workbook: " + workbook);
        console.line("JSON:     " + context.getString(ReportTasklet.JSON));
        console.line(String.format(Locale.CANADA, "Identified annual savings: %,.2f %s (%d actions)",
                savings, properties.currency(), context.getInt(ReportTasklet.ACTIONS)));
    }

    /** Everything besides the input files that changes the figures or the words of the report. */
    private String settingsFingerprint() {
        return Sha256.of(String.join("|", version, properties.currency(), properties.language(),
                properties.timeZone().getId(), properties.parameters().toString(), catalog.fingerprint(),
                properties.inputLocale().toLanguageTag(), properties.dateOrder().name()));
    }

    /** Settings that would make the run fail late are refused before it starts. */
    private String invalidSettings() {
        try {
            Labels.of(properties.language());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (!properties.currency().matches("[A-Z]{3}")) {
            return "the report currency must be a three-letter code such as CAD, not '" + properties.currency() + "'";
        }
        return null;
    }

    private int stop(String reason) {
        console.line("toolspend stopped: " + reason);
        return STOPPED;
    }

    private static String checkWritable(Path output) {
        try {
            Files.createDirectories(output);
            Path probe = Files.createTempFile(output, ".toolspend-write-check", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return "output folder " + output + " is not writable (" + e.getMessage() + ")";
        }
    }

    private String failureReason(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof RunStoppedException) {
                    return t.getMessage();
                }
            }
        }
        String detail = execution.getAllFailureExceptions().stream().findFirst()
                .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse(execution.getStatus().toString());
        return "the run failed (" + detail + "); details in " + Path.of(properties.dataDir(), "toolspend.log")
                + ". Running the same command again resumes where it stopped.";
    }
}
