package dev.toolspend.job;

import dev.toolspend.ingest.read.RowResult;
import dev.toolspend.job.staging.RejectionDao;
import dev.toolspend.model.Rejection;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.List;

/** Stores a chunk's records in the staging tables and its rejections beside them, in one transaction. */
final class StagingWriter<T> implements ItemWriter<RowResult<T>>, StepExecutionListener {

    /** Where the accepted records of one kind go. */
    @FunctionalInterface
    interface Sink<T> {
        void write(long instance, List<T> records);
    }

    private final RejectionDao rejections;
    private final Sink<T> sink;
    private long instance;

    StagingWriter(RejectionDao rejections, Sink<T> sink) {
        this.rejections = rejections;
        this.sink = sink;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        instance = JobParams.of(stepExecution).instance();
    }

    @Override
    public void write(Chunk<? extends RowResult<T>> chunk) {
        List<T> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (RowResult<T> item : chunk) {
            if (item instanceof RowResult.Accepted<T> a) {
                accepted.addAll(a.records());
            } else if (item instanceof RowResult.Rejected<T> r) {
                rejected.add(r.rejection());
            }
        }
        if (!accepted.isEmpty()) {
            sink.write(instance, accepted);
        }
        if (!rejected.isEmpty()) {
            rejections.insert(instance, rejected);
        }
    }
}
