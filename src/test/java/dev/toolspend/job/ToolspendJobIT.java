package dev.toolspend.job;

import dev.toolspend.ToolspendApplication;
import dev.toolspend.job.staging.InventoryDao;
import dev.toolspend.job.staging.SeatDao;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.Period;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import dev.toolspend.job.staging.HistoryDao;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;

import static dev.toolspend.report.WorkbookCells.rowLabelled;
import static dev.toolspend.report.WorkbookCells.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/** The whole job on a temporary copy of input-samples/, through the same runner the command line uses. */
@SpringBatchTest
@SpringBootTest(classes = ToolspendApplication.class, properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:toolspend-job-test",
        "toolspend.data-dir=target/test-data"})
@ExtendWith(OutputCaptureExtension.class)
class ToolspendJobIT {

    private static final Period OCTOBER = Period.parse("2026-10");

    @TempDir
    Path temp;

    @Autowired
    JobRunner runner;

    /** Real, but the stop-request tests make some of its updates meet a newer version (reset after each test). */
    @MockitoSpyBean
    JobRepository repository;

    @Autowired
    Job job;

    /** Real, but the restart tests make one of its inserts fail (reset after each test). */
    @MockitoSpyBean
    SeatDao seats;

    @Autowired
    InventoryDao inventory;

    @Autowired
    JobRepositoryTestUtils repositoryUtils;

    /** Each case starts from no history: a period another case ran is not this one's previous period. */
    @Autowired
    HistoryDao history;

    @Autowired
    JobOperatorTestUtils operatorUtils;

    @Autowired
    ApplicationContext context;

    Path input;
    Path output;

    @BeforeEach
    void copySamples() throws IOException {
        input = temp.resolve("in");
        output = temp.resolve("out");
        Folders.copy(Path.of("input-samples"), input);
    }

    @AfterEach
    void forgetRuns() {
        repositoryUtils.removeJobExecutions();
        history.clear();
    }

    private int run(Period period, boolean force) throws Exception {
        return runner.run(new RunRequest(input, output, period, force));
    }

    @Test
    void theSamplesGiveTheIndependentlyDerivedFigures() throws Exception {
        assertThat(run(OCTOBER, false)).isZero();
        JsonNode actual = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        JsonNode expected = JsonMapper.shared().readTree(Path.of("src/test/resources/golden/expected-2026-10.json").toFile());
        assertThat(actual.get("findings")).allSatisfy(f -> assertThat(f.get("detail").asString()).isNotBlank());
        assertThat(JsonFigures.differences(JsonFigures.withoutDetails(actual), expected)).isEmpty();
    }

    /**
     * Rates by month (a row per currency and month, as a Québec finance team keeps them): each October line converts
     * at October's rate and license costs at the as-of date's, so September's and November's rates, different,
     * leave the golden figures as they are; only the FX file's four more rows show.
     */
    @Test
    void ratesByMonthConvertEachLineAtTheRateOfItsDate() throws Exception {
        Files.writeString(input.resolve("fx-rates.csv"), """
                Devise;Mois;Taux (CAD)
                USD;2026-09;1,30
                EUR;2026-09;1,45
                USD;2026-10;1,38
                EUR;2026-10;1,51
                USD;2026-11;1,50
                EUR;2026-11;1,60
                """);
        assertThat(run(OCTOBER, false)).isZero();
        JsonNode actual = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        ObjectNode expected = (ObjectNode) JsonMapper.shared().readTree(
                Path.of("src/test/resources/golden/expected-2026-10.json").toFile());
        ObjectNode quality = (ObjectNode) expected.get("dataQuality");
        quality.put("rowsRead", quality.get("rowsRead").asLong() + 4);
        assertThat(JsonFigures.differences(JsonFigures.withoutDetails(actual), expected)).isEmpty();
    }

    /**
     * Calendly has no license row; beside its monthly card charge (49.68 CAD) comes a yearly invoice whose text names
     * the annual cycle: the year is 49.68 × 12 + 1 200.00 = 1 796.16, never (49.68 + 1 200.00) × 12.
     */
    @Test
    void anAnnualInvoiceOfAnUntrackedToolIsNotMultipliedByTwelve() throws Exception {
        Files.writeString(input.resolve("billing/calendly-invoice.csv"), """
                date,vendor,amount,currency,department,description
                2026-10-05,CALENDLY LLC,1200.00,CAD,Ventes,Calendly Teams - annual plan - 10 seats
                """);
        assertThat(run(OCTOBER, false)).isZero();
        JsonNode json = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        JsonNode calendly = tool(json, "calendly");
        assertThat(calendly.get("spendInPeriod").decimalValue()).isEqualByComparingTo("1249.68");
        assertThat(calendly.get("annualCost").decimalValue()).isEqualByComparingTo("1796.16");
    }

    /**
     * One product is one tool: a register that names the vendors (OpenAI, Anthropic, Adobe) where the company has one
     * product of each gives exactly the figures of the register naming the products, and Data quality says each fold.
     */
    @Test
    void aRegisterNamingVendorsGivesTheFiguresOfOneNamingProducts() throws Exception {
        renameInRegister(java.util.Map.of("ChatGPT Team", "OpenAI", "Claude Team", "Anthropic",
                "Adobe Creative Cloud", "Adobe"));
        assertThat(run(OCTOBER, false)).isZero();
        JsonNode actual = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        JsonNode expected = JsonMapper.shared().readTree(Path.of("src/test/resources/golden/expected-2026-10.json").toFile());
        assertThat(JsonFigures.differences(JsonFigures.withoutDetails(actual), expected)).isEmpty();
        assertThat(actual.get("dataQuality").get("issues").findValuesAsString("code"))
                .filteredOn(code -> code.equals("fold.onlyProduct")).hasSize(3);
    }

    /**
     * A register row says Adobe (where it said Figma) and the company has two Adobe products (Creative Cloud and an
     * Acrobat charge): nothing is merged, the row stands apart as Adobe, and Data quality names the products and the
     * row to fix.
     */
    @Test
    void aVendorWithTwoProductsInTheFilesIsNotMerged() throws Exception {
        renameInRegister(java.util.Map.of("Figma", "Adobe"));
        Files.writeString(input.resolve("billing/adobe.csv"), """
                date,vendor,amount,currency,department,description
                2026-10-09,ADOBE ACROBAT PRO,29.99,CAD,Finance,Acrobat Pro - 1 seat
                """);
        assertThat(run(OCTOBER, false)).isZero();
        JsonNode json = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        assertThat(json.get("tools").findValuesAsString("id")).contains("vendor-adobe", "adobe-creative-cloud",
                "adobe-acrobat");
        JsonNode golden = JsonMapper.shared().readTree(Path.of("src/test/resources/golden/expected-2026-10.json").toFile());
        assertThat(tool(json, "adobe-creative-cloud").get("annualCost").decimalValue()).as("Creative Cloud's own row only")
                .isEqualByComparingTo(tool(golden, "adobe-creative-cloud").get("annualCost").decimalValue());
        assertThat(tool(json, "vendor-adobe").get("annualCost").decimalValue()).as("the row that said Figma")
                .isEqualByComparingTo(tool(golden, "figma").get("annualCost").decimalValue());
        assertThat(json.get("dataQuality").get("issues")).anySatisfy(issue -> {
            assertThat(issue.get("code").asString()).isEqualTo("fold.severalProducts");
            assertThat(issue.get("value").asString()).isEqualTo("Adobe");
            assertThat(issue.get("text").asString()).contains("Adobe Acrobat, Adobe Creative Cloud");
        });
    }

    private static JsonNode tool(JsonNode report, String id) {
        return StreamSupport.stream(report.get("tools").spliterator(), false)
                .filter(t -> t.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    /** Renames tools in the sample register's Tool column, as a person would type them. */
    private void renameInRegister(java.util.Map<String, String> names) throws IOException {
        Path register = input.resolve("licenses/license-register.xlsx");
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(register))) {
            for (Row row : workbook.getSheetAt(0)) {
                Cell cell = row.getCell(0);
                if (cell != null && cell.getCellType() == CellType.STRING && names.containsKey(cell.getStringCellValue())) {
                    cell.setCellValue(names.get(cell.getStringCellValue()));
                }
            }
            try (var out = Files.newOutputStream(register)) {
                workbook.write(out);
            }
        }
    }

    @Test
    void theJobReadsEachKindInItsOwnStepAndCleansItsStagingUp() throws Exception {
        JobParameters params = new JobParametersBuilder()
                .addString(JobParams.PERIOD, "2026-10")
                .addString(JobParams.INPUTS, "direct launch")
                .addString(JobParams.SETTINGS, "direct launch")
                .addString(JobParams.INPUT_DIR, input.toString(), false)
                .addString(JobParams.OUTPUT_DIR, output.toString(), false)
                .toJobParameters();
        JobExecution execution = operatorUtils.startJob(params);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // the small kinds: one item per row read, rejected ones included (read = written); FX rates, checked
        // against each other, usage and billing, which can be tens of millions of rows, one item per table (1 FX
        // file, 7 usage exports, 4 billing files), each reduced while read and staged whole: the unit of restart
        // is the table
        assertThat(execution.getStepExecutions())
                .extracting(StepExecution::getStepName, StepExecution::getReadCount, StepExecution::getWriteCount)
                .containsExactly(tuple("inventory", 0L, 0L), tuple("read-catalog", 0L, 0L), tuple("read-fx", 1L, 1L),
                        tuple("read-licenses", 35L, 35L), tuple("read-usage", 7L, 7L),
                        tuple("read-roster", 0L, 0L), tuple("read-billing", 4L, 4L), tuple("report", 0L, 0L));
        assertThat(execution.getExecutionContext().getString(ReportTasklet.WORKBOOK))
                .isEqualTo(output.resolve("toolspend-2026-10.xlsx").toAbsolutePath().toString());
        long instance = execution.getJobInstance().getInstanceId();
        assertThat(seats.load(instance)).isEmpty();
        assertThat(inventory.files(instance)).isEmpty();
    }

    @Test
    void theWorkbookHasEverySheetWithTypedCells() throws Exception {
        assertThat(run(OCTOBER, false)).isZero();
        try (Workbook workbook = WorkbookFactory.create(output.resolve("toolspend-2026-10.xlsx").toFile())) {
            assertThat(sheetNames(workbook)).containsExactly("Summary", "Trend", "Actions", "Tools", "Overlaps", "Renewals",
                    "Renewal prices", "Seats to reclaim", "Realized savings", "Departments", "Unrecognised spend",
                    "Data quality", "Files read", "Method");

            Row savings = rowLabelled(workbook.getSheet("Summary"), "Identified annual savings");
            assertThat(savings.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(savings.getCell(1).getNumericCellValue()).isEqualTo(44715.95);
            assertThat(savings.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("\"$\"#,##0.00_);(#,##0.00)");
            Cell asOf = rowLabelled(workbook.getSheet("Summary"), "As-of date").getCell(1);
            assertThat(DateUtil.isCellDateFormatted(asOf)).isTrue();
            assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(OCTOBER.asOf());

            Sheet tools = workbook.getSheet("Tools");
            assertThat(tools.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tool");
            assertThat(tools.getPaneInformation().isFreezePane()).isTrue();
            Row loom = rowLabelled(tools, "Loom");
            assertThat(loom.getCell(7).getNumericCellValue()).isEqualTo(3576.96);   // annual cost
            assertThat(loom.getCell(13).getNumericCellValue()).isEqualTo(3576.96);  // annual savings (unused)

            Sheet renewals = workbook.getSheet("Renewals");
            Row docusign = rowLabelled(renewals, "DocuSign");
            assertThat(DateUtil.isCellDateFormatted(docusign.getCell(4))).isTrue();
            assertThat(docusign.getCell(4).getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-09-21");
            assertThat(docusign.getCell(7).getStringCellValue()).isEqualTo("yes");  // overdue

            Sheet actions = workbook.getSheet("Actions");
            assertThat(actions.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(9491.16); // largest: Adobe
            assertThat(workbook.getSheet("Unrecognised spend").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("hotel du petit moulin");
            assertThat(rowLabelled(workbook.getSheet("Files read"), "notes/vendor-contacts.csv").getCell(3)
                    .getStringCellValue()).isEqualTo("ignored");
        }
    }

    /**
     * No input row is lost without a trace: for every file of the samples the Data quality sheet says
     * rows read = used + rejected + skipped, and how each file was read (the French card export, the M365
     * report and the register with a title row included).
     */
    @Test
    void everyRowOfEverySampleFileIsUsedRejectedOrSkipped() throws Exception {
        assertThat(run(OCTOBER, false)).isZero();
        try (Workbook workbook = WorkbookFactory.create(output.resolve("toolspend-2026-10.xlsx").toFile())) {
            Sheet quality = workbook.getSheet("Files read");
            java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
            java.util.Map<String, String> howRead = new java.util.TreeMap<>();
            for (Row row : quality) {
                Cell issue = row.getCell(3);
                if (issue == null || issue.getCellType() != CellType.STRING || !issue.getStringCellValue().equals("read")) {
                    continue;
                }
                long[] c = new long[4];
                for (int i = 0; i < 4; i++) {
                    c[i] = (long) row.getCell(4 + i).getNumericCellValue();
                }
                assertThat(c[0]).as(row.getCell(0).getStringCellValue() + ": read = used + rejected + skipped")
                        .isEqualTo(c[1] + c[2] + c[3]);
                counts.put(row.getCell(0).getStringCellValue(), c);
                StringBuilder how = new StringBuilder();
                for (int i = 8; i <= 13; i++) {
                    Cell cell = row.getCell(i);
                    how.append(" | ").append(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                howRead.put(row.getCell(0).getStringCellValue(), how.substring(3));
            }
            assertThat(counts).hasSize(13);
            assertThat(counts.values().stream().mapToLong(c -> c[0]).sum()).isEqualTo(985);
            assertThat(counts.get("billing/card-statement-2026-10.csv")).containsExactly(31, 29, 2, 0);  // N/D and GBP
            assertThat(counts.get("usage/m365-activity.csv")).containsExactly(35, 25, 0, 10);
            assertThat(counts.get("licenses/license-register.xlsx")).containsExactly(35, 35, 0, 0);
            assertThat(howRead.get("billing/card-statement-2026-10.csv")).isEqualTo(
                    "card statement or invoice list | 1 | Windows-1252 | semicolon | "
                            + "Date de transaction: day/month/year (from its values)\n"
                            + "Montant: decimal comma (from its values) | ");
            assertThat(howRead.get("usage/m365-activity.csv")).isEqualTo(
                    "Microsoft 365 active users | 1 | UTF-8 (BOM) | comma |  | "
                            + "10 × user without any product license (first on line 7)");
            assertThat(howRead.get("licenses/license-register.xlsx")).isEqualTo("license register | 4 |  |  |  | ");
        }
    }

    @Test
    void theSameFilesAgainAreAlreadyDoneAndNothingIsRewritten(CapturedOutput console) throws Exception {
        assertThat(run(OCTOBER, false)).isZero();
        Path workbook = output.resolve("toolspend-2026-10.xlsx");
        Path json = output.resolve("toolspend-2026-10.json");
        byte[] workbookBytes = Files.readAllBytes(workbook);
        byte[] jsonBytes = Files.readAllBytes(json);
        FileTime written = Files.getLastModifiedTime(workbook);

        assertThat(run(OCTOBER, false)).isZero();

        assertThat(console.getOut()).contains("2026-10 is already done for these input files")
                .contains("Identified annual savings: 44,715.95 CAD");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(workbookBytes);
        assertThat(Files.readAllBytes(json)).isEqualTo(jsonBytes);
        assertThat(Files.getLastModifiedTime(workbook)).isEqualTo(written);
        assertThat(repository.getJobInstances(job.getName(), 0, 10)).hasSize(1);
    }

    /** A workbook replaced since (another language, other files) is not taken for this run's. */
    @Test
    void aReplacedWorkbookIsWrittenAgain(CapturedOutput console) throws Exception {
        assertThat(run(OCTOBER, false)).isZero();
        Path workbook = output.resolve("toolspend-2026-10.xlsx");
        byte[] ours = Files.readAllBytes(workbook);
        Files.writeString(workbook, "someone else's workbook");
        assertThat(run(OCTOBER, false)).isZero();
        assertThat(console.getOut()).contains("missing or was replaced since: running again");
        assertThat(Files.readAllBytes(workbook)).isNotEqualTo("someone else's workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Files.size(workbook)).isCloseTo(ours.length, org.assertj.core.data.Percentage.withPercentage(5));
    }

    @Test
    void newOrChangedFilesMakeANewRunAndForceRerunsTheSameFiles() throws Exception {
        assertThat(run(OCTOBER, false)).isZero();
        // the October statement is the French bank's export: Windows-1252, semicolons, decimal commas
        Files.writeString(input.resolve("billing/card-statement-2026-10.csv"),
                "30/10/2026;02/11/2026;CALENDLY;500,00 $;CAD;Ventes et comptes;\r\n",
                java.nio.charset.Charset.forName("windows-1252"), StandardOpenOption.APPEND);
        assertThat(run(OCTOBER, false)).isZero();
        JsonNode json = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        assertThat(json.get("totals").get("spendInPeriod").decimalValue()).isEqualByComparingTo("19973.94");
        assertThat(repository.getJobInstances(job.getName(), 0, 10)).hasSize(2);

        assertThat(run(OCTOBER, true)).isZero();
        assertThat(repository.getJobInstances(job.getName(), 0, 10)).hasSize(3);
    }

    /** A user catalog dropped in the input folder takes effect at the next run, without rebuilding. */
    @Test
    void aUserCatalogInTheInputFolderAddsToolsAndAliases() throws Exception {
        Files.writeString(input.resolve("notre-catalogue.csv"), """
                id,name,vendor,category,aliases
                lumen-analytics,Lumen Analytics,Lumen Analytics Inc,Outil interne,lumen analytics
                figma,,,Design,the noun project
                """);
        assertThat(run(OCTOBER, false)).isZero();
        JsonNode json = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        JsonNode lumen = tool(json, "lumen-analytics");
        assertThat(lumen.get("categoryLabel").asString()).isEqualTo("Internal tool");
        assertThat(lumen.get("spendInPeriod").decimalValue()).isEqualByComparingTo("205.62");
        assertThat(json.get("unrecognisedSpend").findValuesAsString("descriptor")).doesNotContain("lumen analytics");
        assertThat(json.get("dataQuality").get("filesRead").asInt()).isEqualTo(14);
    }

    /**
     * A real run stopped part-way: the third of the seven usage tables fails to stage (as a database dropping
     * the connection would make it), after the first two were committed. The run stops; the same command again
     * resumes the instance at that table (the two committed ones are not read again, the steps before are not
     * run again) and the report has the independently derived figures, as if nothing had happened.
     */
    @Test
    void aRunStoppedPartWayResumesAtTheFirstTableNotCommitted(CapturedOutput console) throws Exception {
        failTheThirdSeatInsert();

        assertThat(run(OCTOBER, false)).isEqualTo(JobRunner.STOPPED);
        assertThat(output.resolve("toolspend-2026-10.xlsx")).doesNotExist();
        JobExecution stopped = Steps.last(repository, job);
        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Steps.named(stopped, "read-usage").getCommitCount()).as("tables committed before the failure").isEqualTo(2);

        assertThat(run(OCTOBER, false)).isZero();

        assertThat(console.getOut()).contains("the previous run of these files stopped (FAILED): resuming it");
        assertResumedAtTheThirdUsageTable();
    }

    /**
     * A process killed part-way leaves its execution marked as running: the next run recovers it, then resumes
     * it at the first table not committed, with the same figures.
     */
    @Test
    void aKilledRunIsRecoveredAndResumedWithTheSameFigures(CapturedOutput console) throws Exception {
        failTheThirdSeatInsert();
        assertThat(run(OCTOBER, false)).isEqualTo(JobRunner.STOPPED);
        JobExecution killed = Steps.last(repository, job);
        // what kill -9 leaves: nothing wrote the failure down, the job and the step are still "running"
        StepExecution usage = Steps.named(killed, "read-usage");
        usage.setStatus(BatchStatus.STARTED);
        usage.setEndTime(null);
        repository.update(usage);
        killed.setStatus(BatchStatus.STARTED);
        killed.setEndTime(null);
        repository.update(killed);

        assertThat(run(OCTOBER, false)).isZero();

        assertThat(console.getOut()).contains("was interrupted: resuming it");
        assertResumedAtTheThirdUsageTable();
    }

    /**
     * A stop request whose write meets the step's chunk update (Spring Batch 6's {@code JobOperator.stop} wrote the
     * running step's execution from the stopping thread, spring-batch #5484; the runner now writes only the job's
     * status, so this is the safety net): the chunk is rolled back, but the step's last update still writes its count
     * of tables read with the rolled-back one in it. The run ends FAILED, and resuming it would skip that table; it is
     * forgotten instead and the next run of the same files starts them over, to the same figures. Here the stop
     * request comes from another thread while the third usage table is written, and the collision is simulated on the
     * chunk's update, as the repository throws it.
     */
    @Test
    void aStopRequestMeetingAChunkWriteIsForgottenAndTheNextRunStartsOver(CapturedOutput console) throws Exception {
        JobRunner thisProcess = context.getAutowireCapableBeanFactory().createBean(JobRunner.class);
        AtomicReference<StepExecution> usage = stopMeetsTheThirdUsageTablesWrite(thisProcess, false);

        assertThat(thisProcess.run(new RunRequest(input, output, OCTOBER, false))).isEqualTo(JobRunner.STOPPED);

        assertThat(console.getErr()).contains("stopped on request (SIGTERM) while a table was being written; "
                + "running the same command again starts these files over");
        assertThat(repository.getJobInstances(job.getName(), 0, 10)).as("the run is forgotten").isEmpty();
        long forgotten = usage.get().getJobExecution().getJobInstance().getInstanceId();
        assertThat(inventory.sources(forgotten, InputKind.USAGE)).as("and what it staged").isEmpty();
        assertTheNextProcessReadsEveryTable(console);
    }

    /**
     * SIGTERM during a chunk writes only the job's STOPPING status, never a step's execution (which Spring Batch 6's
     * {@code JobOperator.stop} does from the stopping thread, meeting the step's own update now and then): the step
     * reads the status at its chunk's update, commits that chunk and stops; the next run resumes at the next table.
     */
    @Test
    void aStopRequestWritesOnlyTheJobsStatusAndTheRunResumesAfterTheChunkItMet(CapturedOutput console)
            throws Exception {
        JobRunner thisProcess = context.getAutowireCapableBeanFactory().createBean(JobRunner.class);
        AtomicInteger stepWritesByTheStop = new AtomicInteger();
        doThrow(new AssertionError("never thrown")).when(repository).update(argThat((StepExecution step) -> {
            if (Thread.currentThread().getName().equals("sigterm")) {
                stepWritesByTheStop.incrementAndGet();
            }
            return false;
        }));
        doCallRealMethod().doCallRealMethod().doAnswer(call -> {
            Thread sigterm = new Thread(thisProcess::stopRunning, "sigterm");
            sigterm.start();
            sigterm.join();
            return call.callRealMethod();
        }).doCallRealMethod().when(seats).insert(anyLong(), anyInt(), anyList());

        assertThat(thisProcess.run(new RunRequest(input, output, OCTOBER, false))).isEqualTo(JobRunner.STOPPED);

        assertThat(stepWritesByTheStop).as("step executions written by the stop request").hasValue(0);
        assertThat(console.getErr()).contains("stopped on request (SIGTERM) between two chunks");
        assertThat(Steps.named(Steps.last(repository, job), "read-usage").getCommitCount())
                .as("the chunk the stop met was committed").isEqualTo(3);
        JobRunner nextProcess = context.getAutowireCapableBeanFactory().createBean(JobRunner.class);
        assertThat(nextProcess.run(new RunRequest(input, output, OCTOBER, false))).isZero();
        assertThat(console.getOut()).contains("the previous run of these files stopped (STOPPED): resuming it");
        assertThat(Steps.named(Steps.last(repository, job), "read-usage").getReadCount())
                .as("the four tables after it").isEqualTo(4);
        assertTheIndependentlyDerivedFigures();
    }

    /**
     * When the step's last update meets the stop's version too, Spring Batch ends the run UNKNOWN, which it refuses to
     * restart; if the run cannot be forgotten then (the repository fails, or the process is killed first), the user is
     * not told the files start over, and the next run forgets it before it starts.
     */
    @Test
    void anUnknownRunLeftByAStopIsForgottenByTheNextRun(CapturedOutput console) throws Exception {
        JobRunner thisProcess = context.getAutowireCapableBeanFactory().createBean(JobRunner.class);
        stopMeetsTheThirdUsageTablesWrite(thisProcess, true);
        AtomicBoolean deleteFailed = new AtomicBoolean();
        doThrow(new IllegalStateException("connection lost (simulated)")).when(repository)
                .deleteJobInstance(argThat(instance -> deleteFailed.compareAndSet(false, true)));

        assertThat(thisProcess.run(new RunRequest(input, output, OCTOBER, false))).isEqualTo(JobRunner.STOPPED);

        assertThat(console.getErr()).doesNotContain("starts these files over").contains("toolspend stopped: the run failed");
        assertThat(Steps.last(repository, job).getStatus()).isEqualTo(BatchStatus.UNKNOWN);
        assertTheNextProcessReadsEveryTable(console);
        assertThat(console.getOut()).contains(
                "the previous run of these files stopped (UNKNOWN) while a table was being written: starting them over");
    }

    /**
     * A stop request made from another thread while the third usage table is written, whose write the chunk's update
     * then meets; with {@code lastUpdateToo}, the step's last update meets it as well.
     */
    @SuppressWarnings("ReferenceEquality")      // the running step's own object, not a copy of the same row
    private AtomicReference<StepExecution> stopMeetsTheThirdUsageTablesWrite(JobRunner process, boolean lastUpdateToo) {
        AtomicBoolean stopping = new AtomicBoolean();
        doCallRealMethod().doCallRealMethod().doAnswer(call -> {
            Thread sigterm = new Thread(() -> stopping.set(process.stopRunning()), "sigterm");
            sigterm.start();
            sigterm.join();
            return call.callRealMethod();
        }).doCallRealMethod().when(seats).insert(anyLong(), anyInt(), anyList());
        AtomicReference<StepExecution> running = new AtomicReference<>();
        OptimisticLockingFailureException newerVersion =
                new OptimisticLockingFailureException("Attempt to update step execution with wrong version");
        doThrow(newerVersion).when(repository).update(argThat((StepExecution step) -> stopping.get()
                && step.getStepName().equals("read-usage") && step.getCommitCount() == 3
                && running.compareAndSet(null, step)));
        if (lastUpdateToo) {
            AtomicBoolean lastUpdateMet = new AtomicBoolean();
            doThrow(newerVersion).when(repository).update(argThat((StepExecution step) -> step == running.get()
                    && lastUpdateMet.compareAndSet(false, true)));
        }
        return running;
    }

    private void assertTheNextProcessReadsEveryTable(CapturedOutput console) throws Exception {
        JobRunner nextProcess = context.getAutowireCapableBeanFactory().createBean(JobRunner.class);
        assertThat(nextProcess.run(new RunRequest(input, output, OCTOBER, false))).isZero();
        assertThat(console.getOut()).doesNotContain("resuming it");
        assertThat(repository.getJobInstances(job.getName(), 0, 10)).as("a new instance").hasSize(1);
        assertThat(Steps.named(Steps.last(repository, job), "read-usage").getReadCount()).as("every table")
                .isEqualTo(7);
        assertTheIndependentlyDerivedFigures();
    }

    private void failTheThirdSeatInsert() {
        doCallRealMethod().doCallRealMethod().doThrow(new IllegalStateException("connection lost (simulated)"))
                .doCallRealMethod().when(seats).insert(anyLong(), anyInt(), anyList());
    }

    /** Not methods of the test class: @SpringBatchTest takes any method returning an execution for its own. */
    private static final class Steps {
        static JobExecution last(JobRepository repository, Job job) {
            return repository.getLastJobExecution(repository.getLastJobInstance(job.getName()));
        }

        static StepExecution named(JobExecution execution, String name) {
            return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " did not run in execution " + execution.getId()));
        }
    }

    private void assertResumedAtTheThirdUsageTable() throws IOException {
        assertThat(repository.getJobInstances(job.getName(), 0, 10)).as("the same instance, resumed").hasSize(1);
        JobExecution resumed = Steps.last(repository, job);
        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getStepExecutions()).extracting(StepExecution::getStepName)
                .as("the steps completed before are not run again")
                .containsExactly("read-usage", "read-roster", "read-billing", "report");
        assertThat(Steps.named(resumed, "read-usage").getReadCount()).as("the five tables not committed").isEqualTo(5);
        assertTheIndependentlyDerivedFigures();
    }

    private void assertTheIndependentlyDerivedFigures() throws IOException {
        JsonNode actual = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        JsonNode expected = JsonMapper.shared().readTree(Path.of("src/test/resources/golden/expected-2026-10.json").toFile());
        assertThat(JsonFigures.differences(JsonFigures.withoutDetails(actual), expected)).isEmpty();
    }

    /** On the error stream, where cron and a terminal keep it apart from progress. */
    @Test
    void stopsWithAOneLineReason(CapturedOutput console) throws Exception {
        assertThat(run(Period.parse("2025-01"), false)).isEqualTo(JobRunner.STOPPED);
        assertThat(console.getErr()).contains("toolspend stopped: no billing line dated in 2025-01");

        assertThat(runner.run(new RunRequest(temp.resolve("missing"), output, OCTOBER, false))).isEqualTo(JobRunner.STOPPED);
        assertThat(console.getErr()).contains("toolspend stopped: input folder").contains("does not exist");

        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThat(runner.run(new RunRequest(empty, output, OCTOBER, false))).isEqualTo(JobRunner.STOPPED);
        assertThat(console.getErr()).contains("the folder has no input files");

        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("contacts.csv"), "vendor,contact\nX,Y\n");
        assertThat(runner.run(new RunRequest(notes, output, OCTOBER, false))).isEqualTo(JobRunner.STOPPED);
        assertThat(console.getErr()).contains("toolspend stopped: nothing readable in");

        Path file = Files.writeString(temp.resolve("a-file"), "x");
        assertThat(runner.run(new RunRequest(input, file, OCTOBER, false))).isEqualTo(JobRunner.STOPPED);
        assertThat(console.getErr()).contains("is not writable");

        assertThat(runner.run(new RunRequest(input, input, OCTOBER, false))).isEqualTo(JobRunner.STOPPED);
        assertThat(runner.run(new RunRequest(input, temp, OCTOBER, false))).isEqualTo(JobRunner.STOPPED);
        assertThat(console.getErr()).contains("must not be the input folder or contain it");
    }

    /** A file that cannot be read (here a dangling link) is reported as ignored; the run goes on. */
    @Test
    void anUnreadableFileIsReportedNotFatal() throws Exception {
        Files.createSymbolicLink(input.resolve("billing/gone.csv"), temp.resolve("nowhere.csv"));
        assertThat(run(OCTOBER, false)).isZero();
        JsonNode json = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        assertThat(json.get("dataQuality").get("filesIgnored").asInt()).isEqualTo(2);
        assertThat(json.get("totals").get("spendInPeriod").decimalValue()).isEqualByComparingTo("19473.94");
    }

    /**
     * A directory's long user names (distinguished names of 350 characters and more) fill the packed staging
     * rows by length: the holders are cut into parts that fit the column, and a run and its resume both pass.
     */
    @Test
    void longUserNamesAreStagedInPartsThatFit() throws Exception {
        Path in = temp.resolve("long");
        Files.createDirectories(in);
        StringBuilder usage = new StringBuilder("user,tool,last_active\n");
        for (int i = 0; i < 4500; i++) {
            usage.append("CN=Employee Number ").append(i).append(" ").append("Employee Number ".repeat(20))
                    .append("x").append(i).append("@example.com,Slack,2026-10-03\n");
        }
        usage.append("CN=").append("y".repeat(700)).append("@example.com,Slack,2026-10-04\n");   // clipped when staged
        Files.writeString(in.resolve("usage.csv"), usage);
        Files.writeString(in.resolve("card.csv"), "date,vendor,amount,currency\n2026-10-03,SLACK TECHNOLOGIES,120.00,CAD\n");

        assertThat(runner.run(new RunRequest(in, output, OCTOBER, false))).isZero();

        JsonNode json = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        JsonNode slack = tool(json, "slack");
        assertThat(slack.get("activeUsers").asInt()).isEqualTo(4501);
        assertThat(json.get("dataQuality").get("rowsRejected").asInt()).isZero();
    }

    @Test
    void inputFilesAreNeverModified() throws Exception {
        String before = dev.toolspend.ingest.InputScanner.fingerprint(input,
                dev.toolspend.ingest.InputScanner.listFiles(input, null), new dev.toolspend.ingest.table.ReadCache(1));
        assertThat(run(OCTOBER, false)).isZero();
        assertThat(dev.toolspend.ingest.InputScanner.fingerprint(input,
                dev.toolspend.ingest.InputScanner.listFiles(input, null), new dev.toolspend.ingest.table.ReadCache(1)))
                .isEqualTo(before);
    }

    /**
     * One process, two runs (schedule mode): a file replaced with the same size and modification time
     * (rsync -t, cp -p) between them is read again, its digest not remembered from the first run.
     */
    @Test
    void aFileReplacedWithTheSameSizeAndTimeIsANewRunInTheSameProcess(CapturedOutput console) throws Exception {
        assertThat(run(OCTOBER, false)).isZero();
        Path rates = input.resolve("fx-rates.csv");
        FileTime time = Files.getLastModifiedTime(rates);
        long size = Files.size(rates);
        Files.writeString(rates, Files.readString(rates).replace("USD;1,38", "USD;1,48"));
        Files.setLastModifiedTime(rates, time);
        assertThat(Files.size(rates)).isEqualTo(size);

        assertThat(run(OCTOBER, false)).isZero();

        assertThat(console.getOut()).doesNotContain("already done");
        assertThat(repository.getJobInstances(job.getName(), 0, 10)).hasSize(2);
        JsonNode json = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        assertThat(json.get("totals").get("spendInPeriod").decimalValue()).isNotEqualByComparingTo("19473.94");
    }
}
