package dev.toolspend.job;

import dev.toolspend.analysis.AnalysisInput;
import dev.toolspend.analysis.AnalysisResult;
import dev.toolspend.analysis.Analyzer;
import dev.toolspend.catalog.Catalog;
import dev.toolspend.catalog.ToolMatcher;
import dev.toolspend.ingest.table.Sha256;
import dev.toolspend.job.staging.BillingDao;
import dev.toolspend.job.staging.FxRateDao;
import dev.toolspend.job.staging.InventoryDao;
import dev.toolspend.job.staging.LicenseDao;
import dev.toolspend.job.staging.RejectionDao;
import dev.toolspend.job.staging.RosterDao;
import dev.toolspend.job.staging.SeatDao;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.DataNote;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.Period;
import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.TableRead;
import dev.toolspend.report.InputReport;
import dev.toolspend.report.Labels;
import dev.toolspend.report.ReportWriter;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Last step: loads what the read steps staged, applies the rules, and writes the workbook and its
 * JSON companion. Keeps the outcome (paths, savings) in the job's execution context for the CLI.
 */
@Component
class ReportTasklet implements Tasklet {

    static final String WORKBOOK = "workbook";
    static final String JSON = "json";
    static final String WORKBOOK_SHA256 = "workbookSha256";
    static final String JSON_SHA256 = "jsonSha256";
    static final String SAVINGS = "identifiedAnnualSavings";
    static final String ACTIONS = "actions";

    private final InventoryDao inventory;
    private final RejectionDao rejections;
    private final FxRateDao fxRates;
    private final LicenseDao licenseRows;
    private final SeatDao seats;
    private final RosterDao roster;
    private final BillingDao billingLines;
    private final CatalogProvider catalogs;
    private final ToolspendProperties properties;

    ReportTasklet(InventoryDao inventory, RejectionDao rejections, FxRateDao fxRates, LicenseDao licenseRows,
                  SeatDao seats, RosterDao roster, BillingDao billingLines, CatalogProvider catalogs,
                  ToolspendProperties properties) {
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

        List<BillingLine> billing = billingLines.inPeriod(instance, period);
        if (billing.isEmpty()) {
            throw new RunStoppedException("noBilling", period.toString(), params.inputDir());
        }
        Catalog catalog = catalogs.catalog(instance);
        List<LicenseRow> licenses = licenseRows.load(instance);
        List<SeatHolder> holders = seats.load(instance);
        AnalysisInput input = new AnalysisInput(period, properties.currency(), properties.parameters(),
                fxRates.load(instance), billing, licenses, holders,
                catalog.directory(customToolNames(licenses, holders)), roster.load(instance));
        AnalysisResult result = new Analyzer().analyse(input);

        List<TableRead> tables = inventory.tablesRead(instance);
        List<DataNote> catalogNotes = new ArrayList<>(catalogs.configuredNotes());
        catalogNotes.addAll(catalog.userNotes());
        InputReport inputs = new InputReport(inventory.files(instance), tables, inventory.ignored(instance),
                rejections.load(instance), catalogNotes, catalog.fingerprint());
        Path workbook = new ReportWriter(Labels.of(properties.language()), ToolspendVersion.generatedBy())
                .write(result, inputs, params.outputDir());

        var outcome = step.getJobExecution().getExecutionContext();
        outcome.putString(WORKBOOK, workbook.toAbsolutePath().toString());
        Path json = ReportWriter.jsonPath(params.outputDir(), params.period()).toAbsolutePath();
        outcome.putString(JSON, json.toString());
        outcome.putString(WORKBOOK_SHA256, Sha256.of(workbook));
        outcome.putString(JSON_SHA256, Sha256.of(json));
        outcome.putString(SAVINGS, result.totals().identifiedAnnualSavings().toPlainString());
        outcome.putInt(ACTIONS, result.findings().size());
        return RepeatStatus.FINISHED;
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
