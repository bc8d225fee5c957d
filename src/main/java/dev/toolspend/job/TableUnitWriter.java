package dev.toolspend.job;

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

    private final Staging staging;
    private final Sink<R> sink;
    private long instance;

    TableUnitWriter(Staging staging, Sink<R> sink) {
        this.staging = staging;
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
                staging.insertRejections(instance, unit.rejections());
            }
            if (unit.stats() != null) {
                staging.recordStats(instance, unit.seq(), unit.stats());
            }
        }
    }
}
