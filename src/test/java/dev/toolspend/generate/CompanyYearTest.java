package dev.toolspend.generate;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated company's year: a complete folder per month, its events at their months, truths that follow from the files. */
class CompanyYearTest {

    @TempDir
    Path temp;

    private static final List<String> MONTHS = List.of("2026-07", "2026-08", "2026-09", "2026-10");

    private Path year(int employees, int months, long seed) throws IOException {
        Path out = temp.resolve("year-" + employees + "-" + months + "-" + seed);
        new CompanyYear(new DatasetGenerator.Settings(out, employees, months, 1, seed, YearMonth.of(2026, 10), 0))
                .generate();
        return out;
    }

    @Test
    void eachMonthIsACompleteInputFolderWithItsTruthOutsideIt() throws IOException {
        Path out = year(80, 4, 1);
        for (String month : MONTHS) {
            Path folder = out.resolve(month);
            assertThat(folder.resolve("billing/card-statement-" + month + ".csv")).isRegularFile();
            assertThat(folder.resolve("licenses/license-register.xlsx")).isRegularFile();
            assertThat(folder.resolve("usage/usage-summary.csv")).isRegularFile();
            assertThat(folder.resolve("usage/events-" + month + ".csv")).isRegularFile();
            assertThat(folder.resolve("fx-rates.csv")).isRegularFile();
            assertThat(folder.resolve(".truth")).doesNotExist();
            try (var files = Files.list(folder.resolve("billing"))) {
                assertThat(files.count()).as("one statement, the month's").isEqualTo(1);
            }
            JsonNode truth = truth(out, month);
            assertThat(truth.get("period").asString()).isEqualTo(month);
            assertThat(truth.get("monthOverMonth").get("previousPeriod").isNull()).isEqualTo(month.equals("2026-07"));
        }
    }

    @Test
    void theEventsHappenAtTheirMonthsAndTheRealizedSavingsFollowFromTheRegister() throws IOException {
        Path out = year(80, 4, 1);
        List<Map<String, Register>> registers = new ArrayList<>();
        for (String month : MONTHS) {
            registers.add(register(out.resolve(month)));
        }
        JsonNode first = truth(out, "2026-07");
        int miroAsked = tool(first, "miro").get("reclaimableSeats").asInt();
        int adobeAsked = tool(first, "adobe-creative-cloud").get("reclaimableSeats").asInt();
        assertThat(miroAsked).isPositive();
        assertThat(adobeAsked).isGreaterThanOrEqualTo(2);

        // the second month: Miro's seats all reclaimed, Adobe's half
        Register miroBefore = registers.get(0).get("Miro");
        Register miroAfter = registers.get(1).get("Miro");
        assertThat(miroAfter.seats).isEqualTo(miroBefore.seats - miroAsked);
        Register adobeBefore = registers.get(0).get("Adobe Creative Cloud");
        int adobeReclaimed = adobeBefore.seats - registers.get(1).get("Adobe Creative Cloud").seats;
        assertThat(adobeReclaimed).isPositive().isLessThan(adobeAsked);
        JsonNode august = truth(out, "2026-08").get("monthOverMonth");
        assertThat(realized(august, "miro").get("annualSavings").decimalValue())
                .isEqualByComparingTo(cents(miroBefore.annualCost().multiply(BigDecimal.valueOf(miroAsked))
                        .divide(BigDecimal.valueOf(miroBefore.seats), MathContext.DECIMAL128)));
        assertThat(realized(august, "miro").get("seatsReclaimed").asInt()).isEqualTo(miroAsked);
        assertThat(realized(august, "adobe-creative-cloud").get("annualSavings").decimalValue())
                .isEqualByComparingTo(cents(adobeBefore.annualCost().multiply(BigDecimal.valueOf(adobeReclaimed))
                        .divide(BigDecimal.valueOf(adobeBefore.seats), MathContext.DECIMAL128)));
        assertThat(state(august, "UNDERUSED", "adobe-creative-cloud")).isEqualTo("stillOpen 2");
        assertThat(state(august, "UNDERUSED", "miro")).isNull();

        // the third month: unused Loom cancelled (no row, no charge, no user), Canva arrives
        assertThat(registers.get(1)).containsKey("Loom").doesNotContainKey("Canva");
        assertThat(registers.get(2)).doesNotContainKey("Loom").containsKey("Canva");
        assertThat(Files.readString(out.resolve("2026-09/billing/card-statement-2026-09.csv"))).doesNotContain("LOOM")
                .contains("CANVA");
        assertThat(Files.readString(out.resolve("2026-09/usage/usage-summary.csv"))).doesNotContain(",Loom,");
        JsonNode september = truth(out, "2026-09").get("monthOverMonth");
        JsonNode loom = realized(september, "loom");
        assertThat(loom.get("type").asString()).isEqualTo("UNUSED");
        assertThat(loom.get("annualSavings").decimalValue())
                .isEqualByComparingTo(tool(truth(out, "2026-08"), "loom").get("annualCost").decimalValue());
        assertThat(loom.get("seatsBefore").isNull()).isTrue();
        assertThat(truth(out, "2026-08").get("tools").findValuesAsString("id")).doesNotContain("canva");
        assertThat(truth(out, "2026-09").get("tools").findValuesAsString("id")).contains("canva");
        september.get("findingStates").forEach(s -> {
            if (s.get("toolId").asString().equals("canva")) {
                assertThat(s.get("state").asString()).isEqualTo("new");
            }
        });

        // the fourth month: the team-chat overlap consolidated, Teams cancelled
        assertThat(registers.get(3)).doesNotContainKey("Microsoft Teams");
        JsonNode october = truth(out, "2026-10").get("monthOverMonth");
        assertThat(realized(october, "microsoft-teams").get("type").asString()).isEqualTo("OVERLAP");
        assertThat(realized(october, "microsoft-teams").get("annualSavings").decimalValue()).isEqualByComparingTo(
                savings(truth(out, "2026-09"), "OVERLAP", "microsoft-teams"));
        assertThat(october.get("realizedLast12Months").decimalValue()).isEqualByComparingTo(
                august.get("realizedThisPeriod").decimalValue().add(september.get("realizedThisPeriod").decimalValue())
                        .add(october.get("realizedThisPeriod").decimalValue()));
        assertThat(october.get("gone")).isEmpty();

        // 1Password renews within the horizon at 8.99 USD a seat, above the catalog's 7.99: a price finding
        JsonNode price = priceCheck(october, "1password");
        assertThat(registers.get(3).get("1Password").price).isEqualByComparingTo("107.88");
        assertThat(price.get("listMonthlySeatPrice").decimalValue()).isEqualByComparingTo("11.03");    // 7.99 × 1.38
        assertThat(price.get("lastYearMonthlySeatPrice").isNull()).isTrue();
        assertThat(price.get("alert").asBoolean()).isTrue();
        assertThat(state(october, "PRICE", "1password")).isEqualTo("new 1");
    }

    @Test
    void departmentsAreOnRegisterRowsAndCardLinesSomeBlankAndSumToTheTotals() throws IOException {
        Path out = year(80, 4, 1);
        Map<String, Register> register = register(out.resolve("2026-08"));
        assertThat(register.get("DocuSign").department).isEmpty();
        assertThat(register.get("HubSpot").department).isEmpty();
        assertThat(register.get("Slack").department).isNotEmpty();
        List<String> lines = Files.readAllLines(out.resolve("2026-08/billing/card-statement-2026-08.csv"));
        assertThat(lines.stream().skip(1).filter(l -> l.split(",", -1)[4].isEmpty())).isNotEmpty();
        for (String month : MONTHS) {
            JsonNode truth = truth(out, month);
            for (String figure : List.of("spendInPeriod", "annualCost", "identifiedAnnualSavings")) {
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode department : truth.get("departments")) {
                    sum = sum.add(department.get(figure).decimalValue());
                }
                assertThat(sum.subtract(truth.get("totals").get(figure).decimalValue()).abs())
                        .as(month + " " + figure).isLessThanOrEqualTo(new BigDecimal("0.05"));
            }
        }
    }

    /** Thirteen months: the last one's price check has last year's price, and a finding that ends unacted is gone. */
    @Test
    void thirteenMonthsGiveLastYearsPriceAndFindingsThatGo() throws IOException {
        Path out = year(30, 13, 1);
        JsonNode october = truth(out, "2026-10").get("monthOverMonth");
        JsonNode price = priceCheck(october, "1password");
        JsonNode yearBefore = tool(truth(out, "2025-10"), "1password");
        BigDecimal lastYear = yearBefore.get("annualCost").decimalValue()
                .divide(BigDecimal.valueOf(yearBefore.get("seats").asInt() * 12L), MathContext.DECIMAL128);
        assertThat(price.get("lastYearMonthlySeatPrice").decimalValue()).isEqualByComparingTo(cents(lastYear));
        assertThat(price.get("lastYearPercent").decimalValue()).isEqualByComparingTo("0.1252");     // 8.99 / 7.99 − 1
        assertThat(price.get("targetMonthlySeatPrice").decimalValue()).isEqualByComparingTo(cents(lastYear));
        // before its renewal in January, 1Password cost the list price: no alert
        assertThat(priceCheck(truth(out, "2025-12").get("monthOverMonth"), "1password").get("alert").asBoolean())
                .isFalse();
        // Slack renews on 19 May at 8.75 USD against a list price of 7.25: a price finding from February, gone in May
        assertThat(state(truth(out, "2026-01").get("monthOverMonth"), "PRICE", "slack")).isNull();
        assertThat(state(truth(out, "2026-04").get("monthOverMonth"), "PRICE", "slack")).isEqualTo("stillOpen 3");
        JsonNode may = truth(out, "2026-05").get("monthOverMonth");
        assertThat(may.get("gone").findValuesAsString("toolId")).contains("slack");
        assertThat(may.get("realized").findValuesAsString("toolId")).doesNotContain("slack");
        assertThat(october.get("realizedLast12Months").decimalValue()).isEqualByComparingTo(
                sumRealized(out, List.of("2025-11", "2025-12", "2026-01", "2026-02")));
    }

    @Test
    void theSameSeedGivesTheSameYear() throws IOException {
        Path a = year(30, 4, 5);
        Path b = temp.resolve("again");
        new CompanyYear(new DatasetGenerator.Settings(b, 30, 4, 1, 5, YearMonth.of(2026, 10), 0)).generate();
        for (String month : MONTHS) {
            assertThat(Files.mismatch(a.resolve(".truth/" + month + ".json"), b.resolve(".truth/" + month + ".json")))
                    .isEqualTo(-1);
            assertThat(Files.mismatch(a.resolve(month + "/usage/events-" + month + ".csv"),
                    b.resolve(month + "/usage/events-" + month + ".csv"))).isEqualTo(-1);
        }
    }

    private BigDecimal sumRealized(Path out, List<String> months) throws IOException {
        BigDecimal sum = BigDecimal.ZERO;
        for (String month : months) {
            sum = sum.add(truth(out, month).get("monthOverMonth").get("realizedThisPeriod").decimalValue());
        }
        return sum;
    }

    /** A register row as written: seats, price per seat per cycle, cycle, currency, department. */
    private record Register(int seats, BigDecimal price, String cycle, String currency, String department) {
        BigDecimal annualCost() {
            BigDecimal rate = currency.equals("CAD") ? BigDecimal.ONE : DatasetGenerator.FX.get(currency);
            return price.multiply(BigDecimal.valueOf(seats)).multiply(BigDecimal.valueOf(cycle.equals("Annual") ? 1 : 12))
                    .multiply(rate);
        }
    }

    /** The month's register by tool name (the generated tools have one row each, Zoom's plans summed). */
    private static Map<String, Register> register(Path folder) throws IOException {
        Map<String, Register> out = new TreeMap<>();
        DataFormatter format = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(folder.resolve("licenses/license-register.xlsx").toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                Register r = new Register((int) row.getCell(2).getNumericCellValue(),
                        new BigDecimal(format.formatCellValue(row.getCell(3))), format.formatCellValue(row.getCell(4)),
                        format.formatCellValue(row.getCell(5)), format.formatCellValue(row.getCell(9)));
                out.merge(format.formatCellValue(row.getCell(0)), r, (x, y) -> new Register(x.seats + y.seats, x.price,
                        x.cycle, x.currency, x.department));
            }
        }
        return out;
    }

    private static JsonNode truth(Path out, String month) throws IOException {
        return JsonMapper.shared().readTree(out.resolve(".truth/" + month + ".json").toFile());
    }

    private static JsonNode tool(JsonNode truth, String id) {
        for (JsonNode tool : truth.get("tools")) {
            if (tool.get("id").asString().equals(id)) {
                return tool;
            }
        }
        throw new AssertionError("no " + id);
    }

    private static JsonNode realized(JsonNode section, String toolId) {
        for (JsonNode r : section.get("realized")) {
            if (r.get("toolId").asString().equals(toolId)) {
                return r;
            }
        }
        throw new AssertionError("nothing realized on " + toolId + " in " + section);
    }

    private static JsonNode priceCheck(JsonNode section, String toolId) {
        for (JsonNode check : section.get("priceChecks")) {
            if (check.get("toolId").asString().equals(toolId)) {
                return check;
            }
        }
        throw new AssertionError("no price check of " + toolId);
    }

    /** "new 1", "stillOpen 3", or null when the finding is not open. */
    private static String state(JsonNode section, String type, String toolId) {
        for (JsonNode s : section.get("findingStates")) {
            if (s.get("type").asString().equals(type) && s.get("toolId").asString().equals(toolId)) {
                return s.get("state").asString() + " " + s.get("openPeriods").asInt();
            }
        }
        return null;
    }

    /** A finding's savings in a month, as its tool figures give them (the overlap's savings are its tool's). */
    private static BigDecimal savings(JsonNode truth, String type, String toolId) {
        assertThat(state(truth.get("monthOverMonth"), type, toolId)).isNotNull();
        return tool(truth, toolId).get("annualSavings").decimalValue();
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
