package dev.toolspend.job;

import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.table.ReadCache;
import dev.toolspend.ingest.table.Sha256;
import dev.toolspend.job.staging.HistoryDao;
import dev.toolspend.job.staging.StagingSchema;
import dev.toolspend.model.Message;
import dev.toolspend.report.ReportLanguages;
import dev.toolspend.report.ReportWriter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the job for a period, once per set of input files: the job instance is identified by the
 * period, a digest of every input file and a digest of the settings that change the figures. The
 * same files again are "already done"; a failed or killed run is resumed where it stopped (one that a stop request
 * met while it wrote starts over).
 */
@Component
public class JobRunner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JobRunner.class);

    public static final int OK = 0;
    public static final int STOPPED = 1;
    /** With {@code toolspend.strict}: the workbook was written, but its figures leave money out. */
    public static final int INCOMPLETE = 3;
    /** The workbook and JSON were written, but the e-mail of the report could not be sent ({@code resend} sends it). */
    public static final int MAIL_FAILED = 4;

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final Console console;
    private final ToolspendProperties properties;
    private final CatalogProvider catalogs;
    private final StagingSchema schema;
    private final RunCache cache;
    private final ReportMailer mailer;
    private final HistoryDao history;

    public JobRunner(JobOperator operator, JobRepository repository, Job job, Console console,
                     ToolspendProperties properties, CatalogProvider catalogs, StagingSchema schema, RunCache cache,
                     ReportMailer mailer, HistoryDao history) {
        this.history = history;
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.console = console;
        this.properties = properties;
        this.catalogs = catalogs;
        this.schema = schema;
        this.cache = cache;
        this.mailer = mailer;
    }

    /** One run; what it read of its inputs is forgotten before and after it (schedule mode runs many). */
    public int run(RunRequest request) throws Exception {
        return run(request, null);
    }

    /** One run that starts now, with the digests taken while the application started (or null). */
    public int run(RunRequest request, EarlyDigests early) throws Exception {
        ReadCache reading = cache.start(early);
        last = new LastRun(request.period().toString(), request.input());
        int status = STOPPED;
        try {
            status = runOnce(request, reading);
            return status;
        } catch (Exception | Error e) {
            last.stopped("failed", String.valueOf(e.getMessage()));
            throw e;
        } finally {
            cache.end();
            if (!last.write(request.output().toAbsolutePath().normalize(), status)) {
                LOG.warn("{} could not be written in {}", LastRun.FILE, request.output());
            }
        }
    }

    /** What the run now going on did, for {@code last-run.json}. */
    private LastRun last;
    /** SIGTERM came: a job not yet started is not started. */
    private volatile boolean stopRequested;

    private int runOnce(RunRequest request, ReadCache reading) throws Exception {
        Path input = request.input().toAbsolutePath().normalize();
        Path output = request.output().toAbsolutePath().normalize();
        RunStoppedException invalid = invalidSettings();
        if (invalid != null) {
            return stop(invalid);
        }
        if (!Files.isDirectory(input)) {
            return stop(new RunStoppedException("noInput", input));
        }
        if (input.startsWith(output)) {
            return stop(new RunStoppedException("outputInsideInput", output));
        }
        if (request.archive() != null && request.archive().toAbsolutePath().normalize().startsWith(input)) {
            return stop(new RunStoppedException("archiveInsideInput", request.archive().toAbsolutePath().normalize()));
        }
        RunStoppedException unwritable = checkWritable(output);
        if (unwritable != null) {
            return stop(unwritable);
        }
        List<Path> files = InputScanner.listFiles(input, output);
        if (files.isEmpty()) {
            return stop(new RunStoppedException("noFiles", input));
        }
        console.say("start", ToolspendVersion.current(), request.period().toString(), request.period().asOf().toString(), files.size(),
                input.toString(), properties.currency());

        long fingerprintStart = System.nanoTime();
        String fingerprint = InputScanner.fingerprint(input, files, reading);
        LOG.info("Input fingerprint: {} files in {} ms", files.size(), (System.nanoTime() - fingerprintStart) / 1_000_000);
        JobParametersBuilder params = new JobParametersBuilder()
                .addString(JobParams.PERIOD, request.period().toString())
                .addString(JobParams.INPUTS, fingerprint)
                .addString(JobParams.SETTINGS, settingsFingerprint())
                .addString(JobParams.HISTORY, history.digest(request.period(), properties.currency()))
                .addString(JobParams.DECISIONS, DecisionFiles.load(output, request.period(), properties.decisions(),
                        properties.readLimits()).digest())
                .addString(JobParams.INPUT_DIR, input.toString(), false)
                .addString(JobParams.OUTPUT_DIR, output.toString(), false);
        JobExecution previous = repository.getLastJobExecution(job.getName(), params.toJobParameters());
        if (previous != null && previous.getStatus() == BatchStatus.COMPLETED) {
            if (!request.force() && stillItsOutput(previous, output, request.period().toString(),
                    ReportLanguages.of(properties.language()))) {
                last.alreadyDone();
                console.say("alreadyDone", request.period().toString(),
                        previous.getStartTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
                return archived(request, input, output, fingerprint, previous, printOutcome(previous, null));
            }
            console.say(request.force() ? "rerunForced" : "rerunReplaced");
            params.addString(JobParams.RERUN, String.valueOf(System.currentTimeMillis()));
        } else if (previous != null && previous.getStatus().isRunning()) {
            console.say("resumeInterrupted");
            operator.recover(previous);
        } else if (previous != null && cannotResume(previous)) {
            // a run that met a stop request while writing and could not be forgotten then (killed before it was)
            console.say("startOverUnresumable", previous.getStatus().toString());
            if (!forget(previous)) {
                return stop(failureReason(previous));
            }
        } else if (previous != null) {
            console.say("resumeStopped", previous.getStatus().toString());
        }
        JobParameters jobParameters = params.toJobParameters();
        if (stopRequested) {
            return stop(new RunStoppedException("stopRequested"));
        }
        JobExecution execution = operator.start(job, jobParameters);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            // any optimistic-locking failure while a stop was requested: one run at a time, so it can only be the stop's
            if (stopRequested && metTheStopRequest(execution)) {
                return stop(forget(execution) ? new RunStoppedException("stoppedOnRequestMidWrite")
                        : failureReason(execution));
            }
            return stop(failureReason(execution));
        }
        return archived(request, input, output, fingerprint, execution, printOutcome(execution, request));
    }

    /** With {@code --archive}: the run's inputs and outputs copied and verified (a failed run never gets here). */
    private int archived(RunRequest request, Path input, Path output, String fingerprint, JobExecution execution,
                         int status) {
        if (request.archive() == null) {
            return status;
        }
        List<ReportFiles> reports = reports(execution);
        List<Path> files = new ArrayList<>();
        reports.forEach(report -> files.addAll(List.of(report.workbook(), report.json())));
        try {
            Archive.Archived archived = Archive.of(input, output, request.archive().toAbsolutePath().normalize(),
                    request.period().toString(), fingerprint, files, reports.get(0).json(), request.archiveMove());
            console.say(request.archiveMove() ? "archivedMoved" : "archived", archived.folder().toString(),
                    archived.files(), archived.moved(),
                    String.join(", ", reports.stream().map(ReportFiles::language).toList()));
            last.archived(archived.folder());
            return status;
        } catch (RunStoppedException e) {
            return stop(e);
        } catch (IOException | RuntimeException e) {
            return stop(new RunStoppedException("archiveFailed", String.valueOf(e.getMessage())));
        }
    }

    /**
     * Asks every running execution of the job to stop at its next chunk boundary (SIGTERM): it ends STOPPED, and the
     * next run of the same files resumes it; a run whose own write meets the stop's fails on optimistic locking and is
     * forgotten instead, and the next run starts the files over ({@link #forget}). False when none was running.
     */
    public boolean stopRunning() {
        stopRequested = true;
        boolean any = false;
        // Only the job's status is written, as Spring Batch 5's operator did: each step's own update at its next chunk
        // boundary reads it and stops there, after a committed chunk. Spring Batch 6's JobOperator.stop also writes the
        // running step's execution from this thread, which can meet the step's own chunk update (spring-batch #5484).
        // The job may write its execution at the same moment (optimistic locking): then it is asked again.
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                for (JobExecution running : repository.findRunningJobExecutions(job.getName())) {
                    if (running.getStatus().isRunning()) {
                        running.setStatus(BatchStatus.STOPPING);
                        repository.update(running);
                        any = true;
                    }
                }
                return any;
            } catch (OptimisticLockingFailureException e) {
                any = true;
                LOG.info("stop request met a job update, asked again: {}", e.getMessage());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return any;
                }
            }
        }
        return any;
    }

    /**
     * Whether the files of every language in the output folder are still the ones the completed run wrote (a run
     * in another language, or one made before file names carried the language, never matches).
     */
    private static boolean stillItsOutput(JobExecution run, Path output, String period, List<String> languages)
            throws IOException {
        List<ReportFiles> written = ReportFiles.of(run.getExecutionContext());
        if (written.size() != languages.size()) {
            return false;
        }
        for (int i = 0; i < languages.size(); i++) {
            ReportFiles files = written.get(i);
            String language = languages.get(i);
            if (files.language() != null && !files.language().equals(language)) {
                return false;
            }
            Path workbook = ReportWriter.workbookPath(output, period, language);
            Path json = ReportWriter.jsonPath(output, period, language);
            if (!Files.isRegularFile(workbook) || !Files.isRegularFile(json)
                    || !Sha256.of(workbook).equals(files.workbookSha256()) || !Sha256.of(json).equals(files.jsonSha256())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the report is (each language's workbook, then each one's JSON) and what it found; then, after a run ({@code sent} not null), its e-mail; last, what its
     * figures leave out, if anything. The exit status: MAIL_FAILED when the e-mail could not be sent, else
     * INCOMPLETE when money was left out and {@code toolspend.strict} is set, else OK.
     */
    private int printOutcome(JobExecution execution, RunRequest sent) {
        var context = execution.getExecutionContext();
        List<ReportFiles> reports = reports(execution);
        BigDecimal savings = new BigDecimal(context.getString(ReportTasklet.SAVINGS)).setScale(2, RoundingMode.HALF_UP);
        last.outputs(reports, savings.toPlainString(), properties.currency());
        reports.forEach(report -> console.say("workbook", report.workbook().toString()));
        reports.forEach(report -> console.say("json", report.json().toString()));
        console.say("savings", console.amount(savings, properties.currency()), context.getInt(ReportTasklet.ACTIONS));
        boolean mailFailed = sent != null && mailer.enabled()
                && !mailer.deliver(reports.stream().map(ReportFiles::workbook).toList(), reports.get(0).json(),
                sent.period(), sent.output().toAbsolutePath().normalize());
        String notCounted = context.getString(ReportTasklet.NOT_COUNTED, "");
        notCounted.lines().forEach(console::warn);
        if (mailFailed) {
            return MAIL_FAILED;
        }
        return !notCounted.isEmpty() && properties.strict() ? INCOMPLETE : OK;
    }

    /**
     * The files a completed run wrote; one made before file names carried the language wrote one workbook and
     * JSON in the language of this run's settings (the same settings, or it would be another job instance).
     */
    private List<ReportFiles> reports(JobExecution execution) {
        return ReportFiles.of(execution.getExecutionContext()).stream().map(r -> r.language() != null ? r
                : new ReportFiles(ReportLanguages.first(properties.language()), r.workbook(), r.json(),
                r.workbookSha256(), r.jsonSha256())).toList();
    }

    /**
     * Everything besides the input files that changes the figures, the words or the files of the report: the
     * languages among them, in their order (the first is the console's and the e-mail's).
     */
    private String settingsFingerprint() {
        return Sha256.of(String.join("|", ToolspendVersion.current(), properties.currency(),
                String.join(",", ReportLanguages.of(properties.language())),
                properties.timeZone().getId(), properties.parameters().toString(), catalogs.fingerprint(),
                schema.fingerprint(), properties.inputLocale().toLanguageTag(), properties.dateOrder().name(),
                properties.readLimits().toString())
                // the footer's company, only when named: a run without one keeps its identity of before
                + (properties.company().isEmpty() ? "" : "|company=" + properties.company()));
    }

    /** Settings that would make the run fail late are refused before it starts. */
    private RunStoppedException invalidSettings() {
        String language = ReportLanguages.refused(properties.language());
        if (language != null) {
            return new RunStoppedException("language", language);
        }
        RunStoppedException mail = mailer.invalidSettings();
        if (mail != null) {
            return mail;
        }
        Message catalogProblem = catalogs.problem();
        if (catalogProblem != null) {
            return new RunStoppedException("catalog", catalogProblem);
        }
        if (!properties.currency().matches("[A-Z]{3}")) {
            return new RunStoppedException("currency", properties.currency());
        }
        var rules = properties.rules();
        if (!within(rules.inactiveAfterDays(), 0, 3650) || !within(rules.renewalHorizonDays(), 0, 3650)
                || !within(rules.defaultNoticeDays(), 0, 3650)) {
            return new RunStoppedException("days");
        }
        if (rules.underusedBelow().signum() <= 0 || rules.underusedBelow().compareTo(BigDecimal.ONE) > 0) {
            return new RunStoppedException("underusedBelow");
        }
        if (rules.headroom().signum() < 0 || rules.headroom().compareTo(BigDecimal.TEN) > 0) {
            return new RunStoppedException("headroom");
        }
        return null;
    }

    private static boolean within(int value, int min, int max) {
        return value >= min && value <= max;
    }

    private int stop(RunStoppedException reason) {
        console.stopped(reason.key(), reason.args());
        last.stopped(reason.key(), console.stopText(reason.key(), reason.args()));
        return STOPPED;
    }

    /**
     * Whether the step failed only because SIGTERM's stop request wrote its execution at the moment the step did
     * (optimistic locking).
     */
    private static boolean metTheStopRequest(JobExecution execution) {
        return causes(execution).anyMatch(OptimisticLockingFailureException.class::isInstance);
    }

    /**
     * Forgets a run that failed on the optimistic locking a stop request's write causes: the chunk being written was
     * rolled back, but the step's last update can still save its count of items read with that chunk counted, and
     * Spring Batch ends the run FAILED, or UNKNOWN (which it refuses to restart). Resuming could skip the rolled-back
     * table, so the run and what it staged are deleted, and the next run of the same files starts them over. Since
     * {@link #stopRunning} writes only the job's status this is rare (Spring Batch 6's {@code JobOperator.stop}, used
     * before, also wrote the step's execution); runs left so by that version are forgotten too ({@link #cannotResume}).
     * False when the run could not be forgotten: the next run tries again.
     */
    private boolean forget(JobExecution execution) {
        long instance = execution.getJobInstance().getInstanceId();
        try {
            repository.deleteJobInstance(repository.getJobInstance(instance));
            schema.clear(instance);
            LOG.info("execution {} ({}) met a stop request while writing: instance {} forgotten", execution.getId(),
                    execution.getStatus(), instance);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("execution {} met a stop request while writing and could not be forgotten", execution.getId(), e);
            return false;
        }
    }

    /**
     * A previous run that must not be resumed: UNKNOWN (Spring Batch refuses), or failed on the optimistic locking a
     * stop request's write causes (its exit description keeps the stack trace), whose count of items read may hold a
     * rolled-back chunk.
     */
    private static boolean cannotResume(JobExecution previous) {
        return previous.getStatus() == BatchStatus.UNKNOWN || (previous.getStatus() == BatchStatus.FAILED
                && previous.getExitStatus().getExitDescription().contains(
                        OptimisticLockingFailureException.class.getSimpleName()));
    }

    /** Every failure of the execution and each of their causes, in order. */
    private static Stream<Throwable> causes(JobExecution execution) {
        return execution.getAllFailureExceptions().stream()
                .flatMap(failure -> Stream.iterate(failure, Objects::nonNull, Throwable::getCause));
    }

    private static RunStoppedException checkWritable(Path output) {
        try {
            Files.createDirectories(output);
            Path probe = Files.createTempFile(output, ".toolspend-write-check", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return new RunStoppedException("unwritable", output, String.valueOf(e.getMessage()));
        }
    }

    private RunStoppedException failureReason(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return new RunStoppedException("stoppedOnRequest");
        }
        Optional<RunStoppedException> stopped = causes(execution).filter(RunStoppedException.class::isInstance)
                .map(RunStoppedException.class::cast).findFirst();
        if (stopped.isPresent()) {
            return stopped.get();
        }
        String detail = execution.getAllFailureExceptions().stream().findFirst()
                .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse(execution.getStatus().toString());
        return new RunStoppedException("failed", detail, Path.of(properties.dataDir(), "toolspend.log"));
    }
}
