package dev.toolspend.job;

import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.RowResult;
import dev.toolspend.ingest.read.TableReader;
import dev.toolspend.ingest.read.Tables;
import dev.toolspend.ingest.table.Explained;
import dev.toolspend.ingest.value.Values;
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
import java.util.function.Function;

/**
 * Reads, one after the other, every table of one input kind that the inventory step recognised, each
 * with a new mapper for its layout. One item per row read (its records, or its rejection; rows skipped
 * on purpose are counted, not handed out) and one per record an aggregating mapper gives at the end of
 * its table. Restartable: Spring Batch saves the number of items handed out and reads them again on
 * restart, which gives the same items because every table is read in the same way every time.
 * At the end of each table it records the table's counts and prints them.
 */
final class InputItemReader<T> extends AbstractItemCountingItemStreamItemReader<RowResult<T>>
        implements StepExecutionListener {

    private final InputKind kind;
    private final Function<InputSource, RowMapper<T>> mappers;
    private final Values values;
    private final InventoryDao inventory;
    private final Console console;

    private long instance;
    private Path inputDir;
    private List<StagedSource> sources = List.of();
    private int index;
    private TableReader<T> current;
    private long startedNanos;

    InputItemReader(InputKind kind, Function<InputSource, RowMapper<T>> mappers, Values values, InventoryDao inventory,
                    Console console) {
        this.kind = kind;
        this.mappers = mappers;
        this.values = values;
        this.inventory = inventory;
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
        sources = inventory.sources(instance, kind);
        index = 0;
        current = null;
    }

    @Override
    protected RowResult<T> doRead() throws IOException {
        while (index < sources.size()) {
            StagedSource staged = sources.get(index);
            if (current == null) {
                startedNanos = System.nanoTime();
                try {
                    current = Tables.reader(inputDir, staged.source(), mappers.apply(staged.source()), values);
                } catch (IOException e) {
                    index++;
                    return new RowResult.Rejected<>(Rejection.wholeFile(staged.source().path(), staged.source().sheet(),
                            Explained.of(e)));
                }
            }
            RowResult<T> next;
            try {
                next = current.next();
            } catch (IOException e) {       // the file changed, or broke, part-way: said, and the next table read
                console.tableRead(staged.source(), current.stats(), Duration.ofNanos(System.nanoTime() - startedNanos));
                current.close();
                current = null;
                index++;
                return new RowResult.Rejected<>(Rejection.wholeFile(staged.source().path(), staged.source().sheet(),
                        Explained.of(e)));
            }
            if (next != null) {
                return next;
            }
            inventory.recordStats(instance, staged.seq(), current.stats());
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
