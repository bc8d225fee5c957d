package dev.toolspend.job;

import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.job.staging.InventoryDao;
import dev.toolspend.job.staging.StagedSource;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.InputKind;
import dev.toolspend.report.English;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.MetaDataInstanceFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The unit of restart of the usage and billing steps is the table: a restarted step starts at the first
 * table not committed and never reads the committed ones again.
 */
class TableUnitReaderTest {

    private final List<String> read = new ArrayList<>();

    private TableUnitReader<String> reader(InventoryDao inventory) {
        TableUnitReader.Reduction<String> reduction = new TableUnitReader.Reduction<>() {
            @Override
            public void beforeStep(long instance, StepExecution step) {
            }

            @Override
            public TableUnit<String> read(Path inputDir, StagedSource staged) {
                read.add(staged.source().path());
                return new TableUnit<>(staged.seq(), staged.source(), List.of(staged.source().path()), List.of(),
                        new FileStats(1, 1, 0, List.of()));
            }
        };
        return new TableUnitReader<>(InputKind.USAGE, reduction, inventory, mock(Console.class));
    }

    private static InventoryDao threeTables() {
        InventoryDao inventory = mock(InventoryDao.class);
        var header = HeaderSchema.recognise(List.of("user", "tool", "last_active")).orElseThrow();
        List<StagedSource> sources = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sources.add(new StagedSource(i, new InputSource("usage/" + i + ".csv", null, header, 1, null,
                    dev.toolspend.ingest.value.ColumnFormats.NONE, null)));
        }
        when(inventory.sources(anyLong(), eq(InputKind.USAGE))).thenReturn(sources);
        return inventory;
    }

    private static StepExecution step(ExecutionContext context) {
        StepExecution step = MetaDataInstanceFactory.createStepExecution(new JobParametersBuilder()
                .addString(JobParams.PERIOD, "2026-10").addString(JobParams.INPUT_DIR, "/in")
                .addString(JobParams.OUTPUT_DIR, "/out").toJobParameters(), context);
        return step;
    }

    /** A file that changed while it was read is rejected whole, as any file that cannot be read; the step goes on. */
    @Test
    void aTableWhoseFileChangedWhileReadIsRejectedWhole() throws Exception {
        TableUnitReader.Reduction<String> changing = new TableUnitReader.Reduction<>() {
            @Override
            public void beforeStep(long instance, StepExecution step) {
            }

            @Override
            public TableUnit<String> read(Path inputDir, StagedSource staged) throws java.io.IOException {
                throw new dev.toolspend.ingest.table.FileChangedException(10, 20);
            }
        };
        TableUnitReader<String> reader = new TableUnitReader<>(InputKind.USAGE, changing, threeTables(),
                mock(Console.class));
        ExecutionContext context = new ExecutionContext();
        reader.beforeStep(step(context));
        reader.open(context);
        TableUnit<String> unit = reader.read();
        assertThat(unit.records()).isEmpty();
        assertThat(unit.rejections()).singleElement().satisfies(r -> {
            assertThat(r.source().file()).isEqualTo("usage/0.csv");
            assertThat(English.of(r.reason())).startsWith("cannot be read: the file changed while it was read");
        });
        assertThat(reader.read().source().path()).isEqualTo("usage/1.csv");
    }

    @Test
    void aRestartSkipsTheCommittedTablesWithoutReadingThem() throws Exception {
        TableUnitReader<String> first = reader(threeTables());
        ExecutionContext context = new ExecutionContext();
        first.beforeStep(step(context));
        first.open(context);
        assertThat(first.read().records()).containsExactly("usage/0.csv");
        first.update(context);                          // the chunk of the first table is committed
        assertThat(first.read().records()).containsExactly("usage/1.csv");
        first.close();                                   // killed before the second one was committed

        read.clear();
        TableUnitReader<String> restarted = reader(threeTables());
        restarted.beforeStep(step(context));
        restarted.open(context);
        assertThat(restarted.read().records()).containsExactly("usage/1.csv");
        assertThat(restarted.read().records()).containsExactly("usage/2.csv");
        assertThat(restarted.read()).isNull();
        assertThat(read).containsExactly("usage/1.csv", "usage/2.csv");
        assertThat(context.size()).as("the execution context keeps a count, nothing else").isLessThanOrEqualTo(2);
    }
}
