package dev.toolspend.job;

import dev.toolspend.ingest.table.Explained;
import dev.toolspend.job.staging.InventoryDao;
import dev.toolspend.job.staging.StagedSource;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.Rejection;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Reads every table of one kind, one item per table: each table is read through and reduced by a
 * {@link Reduction} (seat holders per tool and user, billing sums per tool), which is what makes
 * tens of millions of rows cheap to stage. Restartable per table: on restart the tables already
 * committed are skipped, not read again; a table cut short is read again from its start.
 */
final class TableUnitReader<R> extends AbstractItemCountingItemStreamItemReader<TableUnit<R>>
        implements StepExecutionListener {

    /** How one table becomes a unit; set up once per step execution. */
    interface Reduction<R> {
        void beforeStep(long instance, StepExecution step);

        TableUnit<R> read(Path inputDir, StagedSource staged) throws IOException;
    }

    private final InputKind kind;
    private final Reduction<R> reduction;
    private final InventoryDao inventory;
    private final Console console;
    private long instance;
    private Path inputDir;
    private List<StagedSource> sources = List.of();
    private int index;

    TableUnitReader(InputKind kind, Reduction<R> reduction, InventoryDao inventory, Console console) {
        this.kind = kind;
        this.reduction = reduction;
        this.inventory = inventory;
        this.console = console;
        setName("tables" + kind.name());
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        JobParams params = JobParams.of(stepExecution);
        instance = params.instance();
        inputDir = params.inputDir();
        reduction.beforeStep(instance, stepExecution);
    }

    @Override
    protected void doOpen() {
        sources = inventory.sources(instance, kind);
        index = 0;
    }

    /** Restart: the tables before the committed count are staged already; nothing to read again. */
    @Override
    protected void jumpToItem(int itemIndex) {
        index = itemIndex;
    }

    @Override
    protected TableUnit<R> doRead() {
        if (index >= sources.size()) {
            return null;
        }
        StagedSource staged = sources.get(index++);
        long started = System.nanoTime();
        try {
            TableUnit<R> unit = reduction.read(inputDir, staged);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            console.tableRead(staged.source(), unit.stats(), unit.readTime() == null ? elapsed
                    : unit.readTime().plus(elapsed));
            return unit;
        } catch (IOException e) {
            return new TableUnit<>(staged.seq(), staged.source(), List.of(), List.of(Rejection.wholeFile(
                    staged.source().path(), staged.source().sheet(), Explained.of(e))), null);
        }
    }

    @Override
    protected void doClose() {
    }
}
