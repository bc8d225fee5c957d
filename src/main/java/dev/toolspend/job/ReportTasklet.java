package dev.toolspend.job;

import dev.toolspend.analysis.AnalysisInput;
import dev.toolspend.analysis.AnalysisResult;
import dev.toolspend.analysis.Analyzer;
import dev.toolspend.analysis.Unread;
import dev.toolspend.catalog.Catalog;
import dev.toolspend.catalog.IdentityFolding;
import dev.toolspend.catalog.ToolMatcher;
import dev.toolspend.job.staging.BillingDao;
import dev.toolspend.job.staging.FxRateDao;
import dev.toolspend.job.staging.HistoryDao;
import dev.toolspend.job.staging.InventoryDao;
import dev.toolspend.job.staging.LicenseDao;
import dev.toolspend.job.staging.RejectionDao;
import dev.toolspend.job.staging.RosterDao;
import dev.toolspend.job.staging.SeatDao;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.DataNote;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.Period;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.TableRead;
import dev.toolspend.report.InputReport;
import dev.toolspend.report.Labels;
import dev.toolspend.report.NotCountedText;
import dev.toolspend.report.ReportLanguages;
import dev.toolspend.report.ReportWriter;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Last step: loads what the read steps staged, applies the rules, and writes the workbook and its
 * JSON companion in each report language, from the one analysis. Keeps the outcome (paths and digests of every
 * language's files, {@link ReportFiles}; savings) in the job's execution context for the CLI.
 */
@Component
class ReportTasklet implements Tasklet {

    static final String WORKBOOK = "workbook";
    static final String JSON = "json";
    static final String WORKBOOK_SHA256 = "workbookSha256";
    static final String JSON_SHA256 = "jsonSha256";
    /** The report languages of the run, in order ({@code en,fr}); each one's files under keys {@code workbook.fr}…. */
    static final String LANGUAGES = "languages";
    static final String SAVINGS = "identifiedAnnualSavings";
    static final String ACTIONS = "actions";
    /** What the figures leave out, one sentence per line in the report language; empty when complete. */
    static final String NOT_COUNTED = "notCounted";

    private final InventoryDao inventory;
    private final RejectionDao rejections;
    private final FxRateDao fxRates;
    private final LicenseDao licenseRows;
    private final SeatDao seats;
    private final RosterDao roster;
    private final BillingDao billingLines;
    private final CatalogProvider catalogs;
    private final ToolspendProperties properties;
    private final HistoryDao history;
    private final Console console;

    ReportTasklet(InventoryDao inventory, RejectionDao rejections, FxRateDao fxRates, LicenseDao licenseRows,
                  SeatDao seats, RosterDao roster, BillingDao billingLines, CatalogProvider catalogs,
                  ToolspendProperties properties, HistoryDao history, Console console) {
        this.history = history;
        this.console = console;
        this.inventory = inventory;
        this.rejections = rejections;
        this.fxRates = fxRates;
        this.licenseRows = licenseRows;
        this.seats = seats;
        this.roster = roster;
        this.billingLines = billingLines;
        this.catalogs = catalogs;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        StepExecution step = context.getStepContext().getStepExecution();
        JobParams params = JobParams.of(step);
        long instance = params.instance();
        Period period = Period.parse(params.period());

        List<BillingLine> read = billingLines.inPeriod(instance, period);
        if (read.isEmpty()) {
            throw new RunStoppedException("noBilling", period.toString(), params.inputDir());
        }
        Catalog catalog = catalogs.catalog(instance);
        IdentityFolding.Result identities = new IdentityFolding(catalog).fold(licenseRows.load(instance),
                seats.load(instance), read);
        List<BillingLine> billing = identities.billing();
        List<LicenseRow> licenses = identities.licenses();
        List<SeatHolder> holders = identities.holders();
        List<TableRead> tables = inventory.tablesRead(instance);
        List<Rejection> readRejections = rejections.load(instance);
        List<IgnoredInput> ignored = inventory.ignored(instance);
        // read before this period's workbook is replaced: a rerun keeps what was typed in it
        DecisionFiles.Loaded decisions = DecisionFiles.load(params.outputDir(), period, properties.decisions(),
                properties.readLimits());
        AnalysisInput input = new AnalysisInput(period, properties.currency(), properties.parameters(),
                fxRates.load(instance), billing, licenses, holders,
                catalog.directory(customToolNames(licenses, holders)), roster.load(instance),
                unread(tables, readRejections, ignored), history.before(period), decisions.decisions());
        AnalysisResult result = new Analyzer().analyse(input);
        // rolled back with the step if the report cannot be written: a period is in history once its report is
        history.replace(result.snapshot(), step.getJobParameters().getString(JobParams.INPUTS));

        List<DataNote> catalogNotes = new ArrayList<>(catalogs.configuredNotes());
        catalogNotes.addAll(catalog.userNotes());
        catalogNotes.addAll(identities.notes());
        catalogNotes.addAll(decisions.problems());
        InputReport inputs = new InputReport(inventory.files(instance), tables, ignored, readRejections, catalogNotes,
                catalog.fingerprint());
        List<Labels> languages = ReportLanguages.labels(properties.language());
        decisions.problems().forEach(p -> console.say("decisionProblem", p.source().toString(), p.message()));
        if (!decisions.readFrom().isEmpty()) {
            console.say("decisionsRead", decisions.decisions().size(), String.join(", ", decisions.readFrom()));
        }
        // a rerun keeps each language's previous workbook (and what was typed in it) as a version
        List<Path> versions = new ArrayList<>();
        for (Labels language : languages) {
            Path version = DecisionFiles.keepVersion(ReportWriter.workbookPath(params.outputDir(), params.period(),
                    language.language()));
            if (version != null) {
                versions.add(version);
            }
        }
        List<ReportFiles> written = new ArrayList<>();
        try {
            // every printed page carries the run's own input fingerprint (its identity), not one recomputed from the files
            for (ReportWriter.Written files : new ReportWriter(languages, ToolspendVersion.generatedBy(),
                    new ReportWriter.Stamp(properties.company(), step.getJobParameters().getString(JobParams.INPUTS)))
                    .writeAll(result, inputs, params.outputDir())) {
                written.add(ReportFiles.of(files));
            }
        } catch (java.io.IOException | RuntimeException e) {
            for (Path version : versions) {
                java.nio.file.Files.deleteIfExists(version);     // the previous workbook is still in its place
            }
            throw e;
        }
        versions.forEach(version -> console.say("versionKept", version.getFileName().toString()));

        var outcome = step.getJobExecution().getExecutionContext();
        ReportFiles.put(outcome, written);
        Labels labels = languages.get(0);                    // the console's language
        outcome.putString(SAVINGS, result.totals().identifiedAnnualSavings().toPlainString());
        outcome.putInt(ACTIONS, result.findings().size());
        outcome.putString(NOT_COUNTED, String.join("\n", new NotCountedText(labels).lines(result.notCounted())));
        return RepeatStatus.FINISHED;
    }

    /** The rejected rows of billing and license tables, and the files not read: what the figures may lack. */
    private static Unread unread(List<TableRead> tables, List<Rejection> readRejections, List<IgnoredInput> ignored) {
        Map<SourceRef, InputKind> kinds = new HashMap<>();
        tables.forEach(t -> kinds.put(t.table(), t.kind()));
        Map<InputKind, List<Rejection>> byKind = new EnumMap<>(InputKind.class);
        for (Rejection rejection : readRejections) {
            InputKind kind = kinds.get(rejection.source().table());
            if (kind != null) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(rejection);
            }
        }
        return new Unread(byKind.getOrDefault(InputKind.BILLING, List.of()),
                byKind.getOrDefault(InputKind.LICENSES, List.of()), ignored);
    }

    /** Tools the inputs named that the catalog lacks, with the name they were first given. */
    private static Map<String, String> customToolNames(List<LicenseRow> licenses, List<SeatHolder> holders) {
        Map<String, String> names = new TreeMap<>();
        licenses.stream().filter(r -> r.toolId().startsWith(ToolMatcher.CUSTOM_PREFIX))
                .forEach(r -> names.putIfAbsent(r.toolId(), r.toolName()));
        holders.stream().filter(h -> h.toolId().startsWith(ToolMatcher.CUSTOM_PREFIX))
                .forEach(h -> names.putIfAbsent(h.toolId(), h.toolName()));
        return names;
    }
}
