package dev.toolspend.job.cli;

import dev.toolspend.generate.GeneratedMonths;
import dev.toolspend.job.Folders;
import dev.toolspend.job.JsonFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code backfill}: a new user's months run in order in one command, from monthly sub-folders or from one folder of
 * several months' files, so that the last month's report has its history.
 */
class BackfillIT {

    @TempDir
    Path temp;

    @Test
    void monthFoldersRunInOrderAndTheLastMonthComparesWithThePrevious() throws Exception {
        Path year = temp.resolve("year");
        GeneratedMonths.generate(year, 3, YearMonth.of(2026, 9));
        Path out = temp.resolve("out");

        assertThat(ToolspendCommand.commandLine("backfill").execute("backfill", "--input", year.toString(), "--from",
                "2026-07", "--to", "2026-09", "--output", out.toString(), "--data-dir", temp.resolve("data").toString()))
                .isZero();

        for (String month : new String[]{"2026-07", "2026-08", "2026-09"}) {
            assertThat(out.resolve("toolspend-" + month + ".xlsx")).exists();
        }
        JsonNode august = read(out, "2026-08");
        assertThat(august.get("monthOverMonth").get("previousPeriod").asString()).isEqualTo("2026-07");
        assertThat(august.get("monthOverMonth").get("realized")).as("the reclaims of the second month").isNotEmpty();
        assertThat(read(out, "2026-09").get("monthOverMonth").get("previousPeriod").asString()).isEqualTo("2026-08");
    }

    @Test
    void oneFolderOfSeveralMonthsCountsEachMonthsLinesAndAMonthWithoutBillingIsSaidNotFatal() throws Exception {
        Path input = temp.resolve("in");
        Folders.copy(Path.of("input-samples"), input);
        Path out = temp.resolve("out");

        int status = ToolspendCommand.commandLine("backfill").execute("backfill", "--input", input.toString(), "--from",
                "2026-07", "--to", "2026-10", "--output", out.toString(), "--data-dir", temp.resolve("data").toString());

        assertThat(status).as("July has no billing: it stops, the others run").isEqualTo(1);
        assertThat(out.resolve("toolspend-2026-07.xlsx")).doesNotExist();
        assertThat(read(out, "2026-10").get("monthOverMonth").get("previousPeriod").asString()).isEqualTo("2026-09");
        // each month counts its own lines: October's totals are the golden derivation's, whatever September held
        JsonNode golden = JsonMapper.shared().readTree(Path.of("src/test/resources/golden/expected-2026-10.json").toFile());
        assertThat(JsonFigures.differences(JsonFigures.withoutDetails(read(out, "2026-10")).get("totals"),
                JsonFigures.withoutDetails(golden).get("totals"))).isEmpty();
        // September: only its own card lines (the 2026-09 statement and September's invoices), not October's
        assertThat(read(out, "2026-09").get("totals").get("spendInPeriod").decimalValue())
                .isNotEqualByComparingTo(golden.get("totals").get("spendInPeriod").decimalValue());
    }

    @Test
    void aRangeBackwardsIsACommandLineError() {
        assertThat(ToolspendCommand.commandLine("backfill").execute("backfill", "--input", temp.toString(), "--from",
                "2026-10", "--to", "2026-01")).isEqualTo(2);
    }

    private static JsonNode read(Path out, String month) {
        return JsonMapper.shared().readTree(out.resolve("toolspend-" + month + ".json").toFile());
    }
}
