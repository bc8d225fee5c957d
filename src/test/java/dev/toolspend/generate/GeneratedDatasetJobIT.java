package dev.toolspend.generate;

import dev.toolspend.ToolspendApplication;
import dev.toolspend.job.JobRunner;
import dev.toolspend.job.RunRequest;
import dev.toolspend.model.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated company through the whole job: every row is used (none rejected) and the job finds the
 * figures the generator knows are true, tool by tool. Small, for speed; the benchmark does the same at
 * scale against DuckDB.
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

    @AfterEach
    void forgetRuns() {
        repositoryUtils.removeJobExecutions();
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
}
