package dev.toolspend.generate;

import dev.toolspend.job.ForkedRun;
import dev.toolspend.job.JsonFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated company's four months through the job, each month's folder run for its period in order on one data
 * dir, as a company does: each month's JSON has the figures the generator knows are true — its tools and totals,
 * its departments and what changed since the month before (finding states, gone, realized savings: Miro's and
 * Adobe's reclaims in the 2nd month, Loom's cancellation in the 3rd, Teams's consolidation in the 4th; price
 * checks). Four months hold no month twelve months before another, so the price check is checked against the
 * list-price reference only (1Password's rise, in the last month); CompanyYearTest checks a 13-month year's
 * last-year reference in the truth.
 * <p>
 * Then the same months on a fresh data dir in reverse order (each run with less history than it will have), and
 * again in order: the job re-runs a period whose history changed, and every month's JSON ends as the in-order
 * one's. Each run is a JVM of its own with its own {@code --data-dir}, where the history lives.
 */
class CompanyYearIT {

    private static final List<String> MONTHS = List.of("2026-07", "2026-08", "2026-09", "2026-10");

    @TempDir
    static Path temp;

    private static Path year;
    /** Where the months were run in order, once for both tests; null until then. */
    private static Path inOrder;

    @BeforeAll
    static void aCompanysFourMonths() throws IOException {
        year = temp.resolve("year");
        new CompanyYear(new DatasetGenerator.Settings(year, 40, MONTHS.size(), 4, 2, YearMonth.of(2026, 10), 0))
                .generate();
    }

    @Test
    void eachMonthRunInOrderFindsItsTruthAndWhatChanged() throws Exception {
        Path work = inOrder();
        List<String> differences = new ArrayList<>();
        for (String month : MONTHS) {
            JsonNode job = read(work, month);
            JsonNode truth = JsonMapper.shared().readTree(year.resolve(".truth/" + month + ".json").toFile());
            assertThat(job.get("dataQuality").get("rowsRejected").asLong()).as(month).isZero();
            Truth.differences(job, truth).forEach(d -> differences.add(month + " " + d));
            Truth.monthOverMonthDifferences(job, truth).forEach(d -> differences.add(month + " " + d));
            Truth.departmentDifferences(job, truth).forEach(d -> differences.add(month + " " + d));
        }
        assertThat(differences).isEmpty();
        JsonNode last = read(work, "2026-10");
        assertThat(last.get("monthOverMonth").get("realized").findValuesAsString("toolId"))
                .containsExactly("microsoft-teams");
        assertThat(read(work, "2026-08").get("monthOverMonth").get("realized").findValuesAsString("toolId"))
                .containsExactlyInAnyOrder("miro", "adobe-creative-cloud");
        assertThat(last.get("findings").findValuesAsString("type")).contains("PRICE");
    }

    @Test
    void monthsRunInReverseThenInOrderEndAsTheInOrderRun() throws Exception {
        Path reference = inOrder();
        Path work = temp.resolve("reverse");
        for (int i = MONTHS.size() - 1; i >= 0; i--) {
            run(work, MONTHS.get(i));
        }
        for (String month : MONTHS) {
            run(work, month);
        }
        for (String month : MONTHS) {
            assertThat(JsonFigures.differences(withoutTimes(read(work, month)), withoutTimes(read(reference, month))))
                    .as(month).isEmpty();
        }
    }

    private static synchronized Path inOrder() throws Exception {
        if (inOrder == null) {
            Path work = temp.resolve("in-order");
            for (String month : MONTHS) {
                run(work, month);
            }
            inOrder = work;
        }
        return inOrder;
    }

    /** The job run for a month on its folder, with the work folder's data dir and output; its JSON. */
    private static JsonNode run(Path work, String month) throws Exception {
        ForkedRun.run(Files.createDirectories(work), "-Xmx256m", Duration.ofMinutes(3),
                "--input", year.resolve(month).toString(), "--output", work.resolve("out").toString(),
                "--data-dir", work.resolve("data").toString(), "--period", month);
        return read(work, month);
    }

    private static JsonNode read(Path work, String month) {
        return JsonMapper.shared().readTree(work.resolve("out/toolspend-" + month + ".json").toFile());
    }

    /** The report without what says when it was made (any field named …At): the same runs differ only there. */
    private static JsonNode withoutTimes(JsonNode report) {
        JsonNode copy = report.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> times = object.propertyNames().stream().filter(n -> n.endsWith("At")).toList();
            object.remove(times);
        }
        node.forEach(CompanyYearIT::strip);
    }
}
