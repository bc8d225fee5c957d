package dev.toolspend.job;

import dev.toolspend.job.staging.InventoryDao;
import dev.toolspend.job.staging.RejectionDao;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.List;

/** Stages a whole table's reduced records, its rejections and its counts, in one transaction. */
final class TableUnitWriter<R> implements ItemWriter<TableUnit<R>>, StepExecutionListener {

    /** Where one table's records go. */
    @FunctionalInterface
    interface Sink<R> {
        void write(long instance, int seq, List<R> records);
    }

    private final RejectionDao rejections;
    private final InventoryDao inventory;
    private final Sink<R> sink;
    private long instance;

    TableUnitWriter(RejectionDao rejections, InventoryDao inventory, Sink<R> sink) {
        this.rejections = rejections;
        this.inventory = inventory;
        this.sink = sink;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        instance = JobParams.of(stepExecution).instance();
    }

    @Override
    public void write(Chunk<? extends TableUnit<R>> chunk) {
        for (TableUnit<R> unit : chunk) {
            if (!unit.records().isEmpty()) {
                sink.write(instance, unit.seq(), unit.records());
            }
            if (!unit.rejections().isEmpty()) {
                rejections.insert(instance, unit.rejections());
            }
            if (unit.stats() != null) {
                inventory.recordStats(instance, unit.seq(), unit.stats());
            }
        }
    }
}
