package dev.toolspend.job;

import dev.toolspend.catalog.ToolMatcher;
import dev.toolspend.ingest.read.RowResult;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Resolves the names in accepted records to tool ids with the run's catalog (shipped plus the user's);
 * rejected rows pass through untouched.
 */
final class ResolvingProcessor<T> implements ItemProcessor<RowResult<T>, RowResult<T>>, StepExecutionListener {

    /** How one kind of record is resolved. */
    @FunctionalInterface
    interface Resolver<T> {
        T resolve(T record, ToolMatcher matcher);
    }

    private final Resolver<T> resolver;
    private final CatalogProvider catalogs;
    private ToolMatcher matcher;

    ResolvingProcessor(Resolver<T> resolver, CatalogProvider catalogs) {
        this.resolver = resolver;
        this.catalogs = catalogs;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        long instance = JobParams.of(stepExecution).instance();
        matcher = catalogs.catalog(instance).matcher();
    }

    @Override
    public RowResult<T> process(RowResult<T> item) {
        return item instanceof RowResult.Accepted<T> accepted
                ? new RowResult.Accepted<>(accepted.records().stream()
                .map(record -> resolver.resolve(record, matcher)).toList())
                : item;
    }
}
