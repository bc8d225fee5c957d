package dev.toolspend.report;

import dev.toolspend.analysis.AnalysisResult;
import dev.toolspend.analysis.Scenario;
import dev.toolspend.ingest.DecisionsReader;
import dev.toolspend.ingest.table.ReadLimits;
import dev.toolspend.model.Decision;
import dev.toolspend.model.DecisionStatus;
import dev.toolspend.model.DecisionsRead;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.InputFile;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.TableRead;
import dev.toolspend.model.Period;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The workbook as a two-way document: Status is a list in the report language, with Comment, Decided and the finding's
 * id beside it; a finding set aside is on a sheet of its own; what the report writes, the reader reads back.
 */
class DecisionsWorkbookTest {

    @TempDir
    Path out;

    private static AnalysisResult october() {
        return new Scenario()
                .licenseOf(null, "slack", 10, "12.00", null).activeSeats("slack", "s", 2).inactiveSeats("slack", "i", 8)
                .licenseOf(null, "zoom", 5, "15.00", null).inactiveSeats("zoom", "z", 5)
                .decision("UNDERUSED:slack", DecisionStatus.WONT_DO, "hiring in Q1", "2026-08")
                .decision("UNUSED:zoom", DecisionStatus.DONE, "cancelled on the 28th", "2026-09")
                .analyse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void whatTheReportWritesTheReaderReadsBack(String language) throws Exception {
        Labels labels = Labels.of(language);
        AnalysisResult result = october();
        Path workbook = new ReportWriter(labels, "toolspend test").write(result, inputs(), out);

        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            Sheet actions = book.getSheet(labels.get("sheet.actions"));
            Row header = actions.getRow(0);
            int status = column(header, labels.get("col.status"));
            assertThat(column(header, labels.get("col.comment"))).isEqualTo(status + 1);
            assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue())
                    .isEqualTo(labels.get("col.findingId"));
            List<? extends DataValidation> validations = actions.getDataValidations();
            assertThat(validations).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly(
                        labels.get("status.TO_DO"), labels.get("status.IN_PROGRESS"), labels.get("status.DONE"),
                        labels.get("status.WONT_DO"));
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(status);
                // the arrow shows: POI's "suppress" is the file's showDropDown false (true, despite its name, hides the
                // arrow in Excel)
                assertThat(v.getSuppressDropDownArrow()).isTrue();
                // another value typed is warned about, and kept if the person insists
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            });
            // Zoom, marked done and still in the files, stays on Actions and says so; Slack is set aside
            assertThat(actions.getRow(1).getCell(status).getStringCellValue()).isEqualTo(labels.get("status.DONE"));
            assertThat(actions.getRow(1).getCell(status - 1).getStringCellValue())
                    .isEqualTo(labels.get("decisions.doneNotSeen", "2026-09"));
            Sheet aside = book.getSheet(labels.get("sheet.setAside"));
            assertThat(aside).isNotNull();
            assertThat(aside.getRow(1).getCell(status).getStringCellValue()).isEqualTo(labels.get("status.WONT_DO"));
            assertThat(aside.getRow(1).getCell(status + 1).getStringCellValue()).isEqualTo("hiring in Q1");
        }

        DecisionsRead read = DecisionsReader.read(workbook, "toolspend-2026-10.xlsx", Period.parse("2026-10"),
                ReadLimits.DEFAULTS);
        assertThat(read.problems()).isEmpty();
        assertThat(read.decisions()).filteredOn(Decision::typed)
                .extracting(Decision::findingId, Decision::status, Decision::comment, d -> d.decidedIn().toString())
                .containsExactlyInAnyOrder(tuple("UNUSED:zoom", DecisionStatus.DONE, "cancelled on the 28th", "2026-09"),
                        tuple("UNDERUSED:slack", DecisionStatus.WONT_DO, "hiring in Q1", "2026-08"));

        JsonNode json = JsonMapper.shared().readTree(ReportWriter.jsonPath(out, "2026-10", language).toFile());
        assertThat(json.get("decisions").findValuesAsString("toolId")).containsExactly("zoom", "slack");
        assertThat(json.get("decisions").get(1).get("status").asString()).isEqualTo("wontDo");
        assertThat(json.get("decisions").get(1).get("readFrom").asString()).isEqualTo("toolspend-2026-08.xlsx [Actions]:2");
        // open = 1,908 − Slack's 1,008 set aside; the total identified stays
        assertThat(json.get("monthOverMonth").get("identifiedOpenAnnualSavings").decimalValue()).isEqualByComparingTo("900");
        assertThat(json.get("totals").get("identifiedAnnualSavings").decimalValue()).isEqualByComparingTo("1908");
    }

    private static InputReport inputs() {
        return new InputReport(List.of(new InputFile("billing.csv", "cd".repeat(32), 99)),
                List.of(new TableRead("billing.csv", null, InputKind.BILLING, new FileStats(4, 4, 0, List.of()))),
                List.of(), List.of(), List.of(), "f".repeat(64));
    }

    private static int column(Row header, String label) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (label.equals(header.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError(label + " not in the header");
    }
}
