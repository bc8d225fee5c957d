package dev.toolspend.job;

import dev.toolspend.ToolspendApplication;
import dev.toolspend.generate.GeneratedMonths;
import dev.toolspend.job.staging.HistoryDao;
import dev.toolspend.model.Period;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions typed into a workbook, as Excel would save them, are carried to the next period's (README, "Decisions"):
 * a generated company's September run, its Actions typed into with POI (won't do, done, in progress on a finding
 * that will be gone), then October: the statuses prefilled, won't do set aside and out of the open savings, done
 * "not yet seen", the gone finding's decision dropped in Data quality. Then October's own workbook typed into and
 * October run again: nothing typed is lost, and the previous workbook is kept as {@code toolspend-2026-10.v1.xlsx}.
 */
@SpringBatchTest
@SpringBootTest(classes = ToolspendApplication.class, properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:toolspend-decisions-test",
        "toolspend.data-dir=target/test-data-decisions"})
@ExtendWith(OutputCaptureExtension.class)
class DecisionsCarriedIT {

    private static final Period SEPTEMBER = Period.parse("2026-09");
    private static final Period OCTOBER = Period.parse("2026-10");
    private static final Set<String> SAVING_TYPES = Set.of("UNUSED", "UNDERUSED", "OVERLAP", "PRICE");

    @TempDir
    Path temp;

    @Autowired
    JobRunner runner;

    @Autowired
    JobRepositoryTestUtils repositoryUtils;

    @Autowired
    HistoryDao history;

    @AfterEach
    void forgetRuns() {
        repositoryUtils.removeJobExecutions();
        history.clear();
    }

    @Test
    void decisionsTypedInAWorkbookAreCarriedToTheNextPeriodAndSurviveARerun(CapturedOutput console) throws Exception {
        Path year = temp.resolve("year");
        GeneratedMonths.generate(year, 2, YearMonth.of(2026, 10));
        Path out = temp.resolve("out");
        assertThat(runner.run(new RunRequest(year.resolve("2026-09"), out, SEPTEMBER, false))).isZero();

        // what October will find (the generator's truth), to choose findings that stay and one that goes
        JsonNode september = json(out, "2026-09");
        JsonNode truth = JsonMapper.shared().readTree(year.resolve(".truth/2026-10.json").toFile());
        Set<String> inOctober = new HashSet<>();
        truth.get("monthOverMonth").get("findingStates")
                .forEach(s -> inOctober.add(s.get("type").asString() + ":" + s.get("toolId").asString()));
        List<String> staying = new ArrayList<>();
        String goes = null;
        for (JsonNode f : september.get("findings")) {
            String id = f.get("type").asString() + ":" + f.get("toolId").asString();
            if (inOctober.contains(id) && SAVING_TYPES.contains(f.get("type").asString())
                    && savingFindings(truth, f.get("toolId").asString()) == 1 && !staying.contains(id)) {
                staying.add(id);
            } else if (!inOctober.contains(id) && goes == null) {
                goes = id;
            }
        }
        assertThat(staying).as("September findings still there in October").hasSizeGreaterThanOrEqualTo(2);
        assertThat(goes).as("a September finding gone in October").isNotNull();
        String wontDo = staying.get(0);
        String done = staying.get(1);

        // typed as a manager would, in any case and spacing; saved as Excel saves it
        type(out.resolve("toolspend-2026-09.xlsx"), List.of(
                new Typed(wontDo, "  Won't DO ", "three-year contract signed in June"),
                new Typed(done, "DONE", "cancelled on the 28th"),
                new Typed(goes, "in progress", "")));

        assertThat(runner.run(new RunRequest(year.resolve("2026-10"), out, OCTOBER, false))).isZero();
        JsonNode october = json(out, "2026-10");
        assertThat(october.get("decisions")).extracting(d -> d.get("type").asString() + ":" + d.get("toolId").asString())
                .containsExactlyInAnyOrder(wontDo, done);
        JsonNode aside = decision(october, wontDo);
        assertThat(aside.get("status").asString()).isEqualTo("wontDo");
        assertThat(aside.get("setAside").asBoolean()).isTrue();
        assertThat(aside.get("comment").asString()).isEqualTo("three-year contract signed in June");
        assertThat(aside.get("decidedIn").asString()).isEqualTo("2026-09");
        assertThat(aside.get("readFrom").asString()).startsWith("toolspend-2026-09.xlsx [Actions]:");
        assertThat(decision(october, done).get("notYetSeenInFiles").asBoolean()).isTrue();

        // open = identified − the won't-do tool's counted savings; the total identified is as it was
        BigDecimal identified = october.get("totals").get("identifiedAnnualSavings").decimalValue();
        BigDecimal asideSavings = tool(october, wontDo.substring(wontDo.indexOf(':') + 1)).get("annualSavings").decimalValue();
        assertThat(asideSavings.signum()).isPositive();
        assertThat(october.get("monthOverMonth").get("identifiedOpenAnnualSavings").decimalValue())
                .isEqualByComparingTo(identified.subtract(asideSavings));
        assertThat(october.get("dataQuality").get("issues")).anySatisfy(issue -> {
            assertThat(issue.get("code").asString()).isEqualTo("decisions.dropped");
            assertThat(issue.get("file").asString()).isEqualTo("toolspend-2026-09.xlsx");
        });

        // the workbook: won't do on Set aside, done still on Actions, both prefilled
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.resolve("toolspend-2026-10.xlsx").toFile())) {
            assertThat(row(workbook.getSheet("Set aside"), wontDo)).containsEntry("Status", "won't do")
                    .containsEntry("Comment", "three-year contract signed in June");
            assertThat(row(workbook.getSheet("Actions"), done)).containsEntry("Status", "done")
                    .containsEntry("Since last period", "marked done in 2026-09, not yet seen in the files");
            assertThat(row(workbook.getSheet("Actions"), wontDo)).isEmpty();
        }

        // October's own workbook typed into, then October again: nothing typed is lost, the previous file is kept
        String later = staying.size() > 2 ? staying.get(2) : goesInOctober(october, wontDo, done);
        type(out.resolve("toolspend-2026-10.xlsx"), List.of(new Typed(later, "En cours", "asked finance")));
        Path typedOctober = Files.copy(out.resolve("toolspend-2026-10.xlsx"), temp.resolve("typed-october.xlsx"));
        assertThat(runner.run(new RunRequest(year.resolve("2026-10"), out, OCTOBER, false))).isZero();
        JsonNode rerun = json(out, "2026-10");
        assertThat(rerun.get("decisions")).extracting(d -> d.get("type").asString() + ":" + d.get("toolId").asString())
                .containsExactlyInAnyOrder(wontDo, done, later);
        assertThat(decision(rerun, later).get("status").asString()).isEqualTo("inProgress");
        assertThat(decision(rerun, later).get("decidedIn").asString()).isEqualTo("2026-10");
        assertThat(decision(rerun, wontDo).get("decidedIn").asString()).isEqualTo("2026-09");
        assertThat(out.resolve("toolspend-2026-10.v1.xlsx")).hasSameBinaryContentAs(typedOctober);
        assertThat(out.resolve("toolspend-2026-10.v2.xlsx")).doesNotExist();

        // the same files and decisions once more: already done (what was read is the run's identity)
        assertThat(runner.run(new RunRequest(year.resolve("2026-10"), out, OCTOBER, false))).isZero();
        assertThat(console.getOut()).contains("2026-10 is already done for these input files");
        assertThat(out.resolve("toolspend-2026-10.v2.xlsx")).doesNotExist();
    }

    /** A finding of October to type on when September gave only two that stay: any other with a row on Actions. */
    private static String goesInOctober(JsonNode october, String... taken) {
        for (JsonNode f : october.get("findings")) {
            String id = f.get("type").asString() + ":" + f.get("toolId").asString();
            if (!List.of(taken).contains(id)) {
                return id;
            }
        }
        throw new AssertionError("October has no third finding");
    }

    private record Typed(String findingId, String status, String comment) {
    }

    /** Opens the workbook with POI, sets Status and Comment on each finding's row, and saves it in place. */
    private static void type(Path file, List<Typed> typed) throws IOException {
        Path saved = file.resolveSibling("saving.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Typed t : typed) {
                boolean found = false;
                for (Sheet sheet : List.of(workbook.getSheet("Actions"))) {
                    Row header = sheet.getRow(0);
                    int status = column(header, "Status");
                    int comment = column(header, "Comment");
                    int id = header.getLastCellNum() - 1;
                    for (Row row : sheet) {
                        Cell cell = row.getCell(id);
                        if (cell != null && t.findingId().equals(cell.getStringCellValue())) {
                            row.getCell(status).setCellValue(t.status());
                            row.getCell(comment).setCellValue(t.comment());
                            found = true;
                        }
                    }
                }
                assertThat(found).as(t.findingId() + " on Actions").isTrue();
            }
            try (OutputStream out = Files.newOutputStream(saved)) {
                workbook.write(out);
            }
        }
        Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A finding's row as header → text, or empty when the sheet has none. */
    private static java.util.Map<String, String> row(Sheet sheet, String findingId) {
        Row header = sheet.getRow(0);
        int id = header.getLastCellNum() - 1;
        for (Row row : sheet) {
            Cell cell = row.getCell(id);
            if (cell != null && findingId.equals(cell.getStringCellValue())) {
                java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    Cell value = row.getCell(c);
                    cells.put(header.getCell(c).getStringCellValue(), value == null ? "" : value.toString());
                }
                return cells;
            }
        }
        return java.util.Map.of();
    }

    private static int column(Row header, String label) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(label)) {
                return c;
            }
        }
        throw new AssertionError(label);
    }

    private static long savingFindings(JsonNode truth, String toolId) {
        long n = 0;
        for (JsonNode s : truth.get("monthOverMonth").get("findingStates")) {
            if (s.get("toolId").asString().equals(toolId) && SAVING_TYPES.contains(s.get("type").asString())) {
                n++;
            }
        }
        return n;
    }

    private static JsonNode decision(JsonNode report, String findingId) {
        for (JsonNode d : report.get("decisions")) {
            if ((d.get("type").asString() + ":" + d.get("toolId").asString()).equals(findingId)) {
                return d;
            }
        }
        throw new AssertionError(findingId + " not among the decisions");
    }

    private static JsonNode tool(JsonNode report, String id) {
        for (JsonNode t : report.get("tools")) {
            if (t.get("id").asString().equals(id)) {
                return t;
            }
        }
        throw new AssertionError(id);
    }

    private static JsonNode json(Path out, String period) {
        return JsonMapper.shared().readTree(out.resolve("toolspend-" + period + ".json").toFile());
    }
}
