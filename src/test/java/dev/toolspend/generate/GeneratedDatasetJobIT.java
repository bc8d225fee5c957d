package dev.toolspend.generate;

import dev.toolspend.ToolspendApplication;
import dev.toolspend.job.JobRunner;
import dev.toolspend.job.JsonFigures;
import dev.toolspend.job.RunRequest;
import dev.toolspend.model.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import dev.toolspend.job.staging.HistoryDao;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated company through the whole job: every row is used (none rejected) and the job finds the
 * figures the generator knows are true, tool by tool; its French exports give the figures of its English ones.
 * Small, for speed; the benchmark does the same at scale against DuckDB.
 */
@SpringBatchTest
@SpringBootTest(classes = ToolspendApplication.class, properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:toolspend-generated-test",
        "toolspend.data-dir=target/test-data"})
class GeneratedDatasetJobIT {

    @TempDir
    Path temp;

    @Autowired
    JobRunner runner;

    @Autowired
    JobRepositoryTestUtils repositoryUtils;

    /** Each case starts from no history: a period another case ran is not this one's previous period. */
    @Autowired
    HistoryDao history;

    @AfterEach
    void forgetRuns() {
        repositoryUtils.removeJobExecutions();
        history.clear();
    }

    @Test
    void theJobFindsWhatTheGeneratorKnowsWithoutRejectingARow() throws Exception {
        Path input = temp.resolve("in");
        DatasetGenerator.Result generated = new DatasetGenerator(new DatasetGenerator.Settings(input, 120, 2, 8, 42,
                YearMonth.of(2026, 10), 2_000)).generate();

        assertThat(runner.run(new RunRequest(input, temp.resolve("out"), Period.parse("2026-10"), false)))
                .isEqualTo(JobRunner.OK);

        JsonNode job = JsonMapper.shared().readTree(temp.resolve("out/toolspend-2026-10.json").toFile());
        JsonNode truth = JsonMapper.shared().readTree(generated.expected().toFile());
        assertThat(job.get("dataQuality").get("rowsRejected").asLong()).isZero();
        assertThat(job.get("dataQuality").get("filesIgnored").asLong()).isZero();
        assertThat(job.get("dataQuality").get("rowsRead").asLong()).isEqualTo(generated.events()
                + generated.billingLines() + generated.usageRows() + generated.licenseRows() + 2);   // + 2 FX rates
        assertThat(Truth.differences(job, truth)).isEmpty();
        assertThat(job.get("findings").findValuesAsString("type"))
                .contains("UNUSED", "UNDERUSED", "OVERLAP", "RENEWAL", "UNTRACKED");
        assertThat(job.get("unrecognisedSpend")).isNotEmpty();
    }

    /**
     * One company, its files exported twice from one seed: in the canonical English forms, and as a Québec company's
     * French software writes them (French headers for every kind, ';', decimal commas, dd/MM/yyyy, Windows-1252),
     * both with the odd rows real statements hold. The two reports give the same figures, every one of them.
     */
    @Test
    void frenchExportsGiveTheFiguresOfEnglishOnes() throws Exception {
        JsonNode english = report(ExportForm.ENGLISH);
        JsonNode french = report(ExportForm.FRENCH);

        assertThat(JsonFigures.differences(withoutWordsOfTheFiles(french), withoutWordsOfTheFiles(english))).isEmpty();
        JsonNode truth = JsonMapper.shared().readTree(temp.resolve("FRENCH/.truth/expected.json").toFile());
        assertThat(Truth.differences(french, truth)).isEmpty();
        // the odd rows: the pending charge (N/D) rejected, the charge in pounds not counted, the total row skipped
        assertThat(french.get("dataQuality").get("rowsRejected").asLong()).isEqualTo(2);
        assertThat(french.get("totals").get("notCounted").findValuesAsString("reason"))
                .containsExactly("noFxRate", "rejected");
        assertThat(french.get("totals").get("notCounted").get(0).get("amounts").get("GBP").decimalValue())
                .isEqualByComparingTo("89.00");
    }

    private JsonNode report(ExportForm form) throws Exception {
        Path input = temp.resolve(form.name());
        new DatasetGenerator(new DatasetGenerator.Settings(input, 60, 2, 4, 42, YearMonth.of(2026, 10), 0, form, true))
                .generate();
        Path output = temp.resolve(form.name() + "-report");
        assertThat(runner.run(new RunRequest(input, output, Period.parse("2026-10"), false))).isEqualTo(JobRunner.OK);
        return JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
    }

    /** The files' own words (a sheet named Licences, a column named Montant, a value N/D) differ, by design. */
    private static JsonNode withoutWordsOfTheFiles(JsonNode report) {
        JsonNode copy = report.deepCopy();
        copy.get("dataQuality").get("tables").forEach(t -> ((ObjectNode) t).remove("sheet"));
        copy.get("dataQuality").get("issues").forEach(i -> ((ObjectNode) i).remove(List.of("sheet", "column", "value")));
        return copy;
    }
}
