package dev.toolspend.job;

import dev.toolspend.ingest.RowMapper;
import dev.toolspend.ingest.RowResult;
import dev.toolspend.ingest.TableReader;
import dev.toolspend.ingest.Tables;
import dev.toolspend.ingest.Values;
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
 * Reads, one after the other, every table of one input kind that the inventory step recognised.
 * Restartable: Spring Batch saves the number of rows handed out and skips them again on restart.
 * At the end of each table it records the table's counts and prints them.
 */
final class InputItemReader<T> extends AbstractItemCountingItemStreamItemReader<RowResult<T>>
        implements StepExecutionListener {

    private final InputKind kind;
    private final RowMapper<T> mapper;
    private final Values values;
    private final Staging staging;
    private final Console console;

    private long instance;
    private Path inputDir;
    private List<Staging.StagedSource> sources = List.of();
    private int index;
    private TableReader<T> current;
    private long startedNanos;

    InputItemReader(InputKind kind, RowMapper<T> mapper, Values values, Staging staging, Console console) {
        this.kind = kind;
        this.mapper = mapper;
        this.values = values;
        this.staging = staging;
        this.console = console;
        setName("read" + kind.name());
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        JobParams params = JobParams.of(stepExecution);
        instance = params.instance();
        inputDir = params.inputDir();
    }

    @Override
    protected void doOpen() {
        sources = staging.sources(instance, kind);
        index = 0;
        current = null;
    }

    @Override
    protected RowResult<T> doRead() throws IOException {
        while (index < sources.size()) {
            Staging.StagedSource staged = sources.get(index);
            if (current == null) {
                startedNanos = System.nanoTime();
                try {
                    current = Tables.reader(inputDir, staged.source(), mapper, values);
                } catch (IOException e) {
                    index++;
                    return new RowResult.Rejected<>(Rejection.wholeFile(staged.source().path(), staged.source().sheet(),
                            "cannot be read: " + e.getMessage()));
                }
            }
            RowResult<T> next = current.next();
            if (next != null) {
                return next;
            }
            staging.recordStats(instance, staged.seq(), current.stats());
            console.tableRead(staged.source(), current.stats(), Duration.ofNanos(System.nanoTime() - startedNanos));
            current.close();
            current = null;
            index++;
        }
        return null;
    }

    @Override
    protected void doClose() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
