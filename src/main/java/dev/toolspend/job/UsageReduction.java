package dev.toolspend.job;

import dev.toolspend.catalog.ToolMatcher;
import dev.toolspend.ingest.fast.FastEventLog;
import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.read.RowResult;
import dev.toolspend.ingest.read.TableReader;
import dev.toolspend.ingest.read.Tables;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.job.staging.StagedSource;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.UsageRow;
import org.springframework.batch.core.step.StepExecution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A usage table reduced while it is read to one seat holder per tool and user (latest activity,
 * assignment, departed), names resolved to tool ids with the run's catalog. A plain event log takes the
 * parallel byte-level path ({@link FastEventLog}); every other table the general reader. Memory grows
 * with users × tools, never with rows.
 */
final class UsageReduction implements TableUnitReader.Reduction<SeatHolder> {

    private final CatalogProvider catalogs;
    private final Values values;
    private final RunCache cache;
    private ToolMatcher matcher;

    UsageReduction(CatalogProvider catalogs, Values values, RunCache cache) {
        this.catalogs = catalogs;
        this.values = values;
        this.cache = cache;
    }

    @Override
    public void beforeStep(long instance, StepExecution step) {
        matcher = catalogs.catalog(instance).matcher();
    }

    @Override
    public TableUnit<SeatHolder> read(Path inputDir, StagedSource staged) throws IOException {
        Map<String, String> toolIds = new HashMap<>();
        Map<SeatHolder.Seat, SeatHolder> holders = new HashMap<>();
        FastEventLog.Result fast = FastEventLog.read(inputDir, staged.source(), values, cache.current());
        if (fast != null) {
            fast.rows().forEach(row -> add(row, toolIds, holders));
            TableUnit<SeatHolder> unit = unit(staged, holders, fast.rejections(), fast.stats());
            return new TableUnit<>(unit.seq(), unit.source(), unit.records(), unit.rejections(), unit.stats(),
                    fast.early() ? java.time.Duration.ofNanos(fast.nanos()) : null);
        }
        List<Rejection> rejections = new ArrayList<>();
        try (TableReader<UsageRow> reader = Tables.reader(inputDir, staged.source(), Mappers.usage(staged.source()),
                values)) {
            for (RowResult<UsageRow> result; (result = reader.next()) != null; ) {
                if (result instanceof RowResult.Accepted<UsageRow> accepted) {
                    accepted.records().forEach(row -> add(row, toolIds, holders));
                } else if (result instanceof RowResult.Rejected<UsageRow> rejected) {
                    rejections.add(rejected.rejection());
                }
            }
            return unit(staged, holders, rejections, reader.stats());
        }
    }

    private void add(UsageRow row, Map<String, String> toolIds, Map<SeatHolder.Seat, SeatHolder> holders) {
        String toolId = toolIds.computeIfAbsent(row.toolName(), name -> matcher.resolveName(name).toolId());
        SeatHolder holder = SeatHolder.of(row.withToolId(toolId));
        holders.merge(holder.seat(), holder, SeatHolder::merge);
    }

    private static TableUnit<SeatHolder> unit(StagedSource staged, Map<SeatHolder.Seat, SeatHolder> holders,
                                              List<Rejection> rejections, dev.toolspend.model.FileStats stats) {
        List<SeatHolder> sorted = new ArrayList<>(holders.values());
        sorted.sort(SeatHolder.BY_SEAT);
        return new TableUnit<>(staged.seq(), staged.source(), sorted, rejections, stats);
    }
}
