package dev.toolspend.generate;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator: canonical forms, the same bytes for the same seed, the truth beside the inputs. */
class DatasetGeneratorTest {

    @TempDir
    Path temp;

    private DatasetGenerator.Result generate(Path out, long seed) throws IOException {
        return new DatasetGenerator(new DatasetGenerator.Settings(out, 80, 2, 6, seed, YearMonth.of(2026, 10), 500))
                .generate();
    }

    @Test
    void writesTheCanonicalFormsWithTheTruthInAHiddenFolder() throws IOException {
        Path out = temp.resolve("a");
        DatasetGenerator.Result result = generate(out, 1);
        assertThat(firstLine(out.resolve("billing/card-statement-2026-10.csv")))
                .isEqualTo("date,vendor,amount,currency,department,description");
        assertThat(firstLine(out.resolve("usage/usage-summary.csv"))).isEqualTo("user,tool,last_active,status");
        assertThat(firstLine(out.resolve("usage/events-2026-09.csv"))).isEqualTo("timestamp,user,app");
        assertThat(firstLine(out.resolve("fx-rates.csv"))).isEqualTo("currency,rate");
        assertThat(Files.readAllLines(out.resolve("usage/events-2026-10.csv")).get(1))
                .matches("2026-10-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,[a-z.]+@northwind-conseil\\.example,[A-Za-z0-9 ]+");
        try (Workbook register = WorkbookFactory.create(out.resolve("licenses/license-register.xlsx").toFile())) {
            assertThat(cells(register.getSheet("Licenses").getRow(0))).startsWith("Tool", "Plan", "Seats",
                    "Price per seat", "Billing cycle", "Currency", "Renewal date", "Notice period (days)");
        }
        JsonNode truth = JsonMapper.shared().readTree(result.expected().toFile());
        assertThat(result.expected()).isEqualTo(out.resolve(".truth/expected.json"));
        assertThat(truth.get("events").asLong()).isEqualTo(result.events()).isPositive();
        assertThat(truth.get("billingLines").asLong()).isEqualTo(result.billingLines()).isGreaterThan(500);
        assertThat(truth.get("tools")).hasSize(ToolProfile.ALL.size());
        // the cases the report must find are there
        assertThat(tool(truth, "loom").get("activeUsers").asInt()).isZero();
        assertThat(tool(truth, "calendly").get("annualCostSource").asString()).isEqualTo("billing");
        assertThat(tool(truth, "docusign").get("usageData").asBoolean()).isFalse();
        assertThat(tool(truth, "miro").get("reclaimableSeats").asInt()).isPositive();
        assertThat(truth.get("totals").get("unrecognisedSpend").decimalValue()).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
        generate(temp.resolve("a"), 1);
        generate(temp.resolve("b"), 1);
        generate(temp.resolve("c"), 2);
        for (Path file : csvFiles(temp.resolve("a"))) {
            Path relative = temp.resolve("a").relativize(file);
            assertThat(Files.mismatch(file, temp.resolve("b").resolve(relative))).as(relative.toString()).isEqualTo(-1);
        }
        try (Workbook a = WorkbookFactory.create(temp.resolve("a/licenses/license-register.xlsx").toFile());
             Workbook b = WorkbookFactory.create(temp.resolve("b/licenses/license-register.xlsx").toFile())) {
            for (int i = 0; i <= a.getSheetAt(0).getLastRowNum(); i++) {
                assertThat(cells(a.getSheetAt(0).getRow(i))).isEqualTo(cells(b.getSheetAt(0).getRow(i)));
            }
        }
        assertThat(Files.mismatch(temp.resolve("a/usage/events-2026-10.csv"), temp.resolve("c/usage/events-2026-10.csv")))
                .isNotEqualTo(-1);
    }

    private static List<Path> csvFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String firstLine(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().orElse("");
        }
    }

    private static List<String> cells(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> out = new ArrayList<>();
        row.forEach(cell -> out.add(format.formatCellValue(cell)));
        return out;
    }

    private static JsonNode tool(JsonNode truth, String id) {
        for (JsonNode tool : truth.get("tools")) {
            if (tool.get("id").asString().equals(id)) {
                return tool;
            }
        }
        throw new AssertionError("no " + id);
    }
}
