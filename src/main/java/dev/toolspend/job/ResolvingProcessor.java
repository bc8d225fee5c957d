package dev.toolspend.job;

import dev.toolspend.catalog.ToolMatcher;
import dev.toolspend.ingest.read.RowResult;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.Set;

/**
 * Resolves the names in accepted records to tool ids with the run's catalog (shipped plus the user's);
 * rejected rows pass through untouched.
 */
final class ResolvingProcessor<T> implements ItemProcessor<RowResult<T>, RowResult<T>>, StepExecutionListener {

    /** How one kind of record is resolved. */
    @FunctionalInterface
    interface Resolver<T> {
        /**
         * @param namedTools the tools the license register and usage name (read before billing)
         */
        T resolve(T record, ToolMatcher matcher, Set<String> namedTools);
    }

    private final Resolver<T> resolver;
    private final CatalogProvider catalogs;
    private final Staging staging;
    private ToolMatcher matcher;
    private Set<String> namedTools;

    ResolvingProcessor(Resolver<T> resolver, CatalogProvider catalogs, Staging staging) {
        this.resolver = resolver;
        this.catalogs = catalogs;
        this.staging = staging;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        long instance = JobParams.of(stepExecution).instance();
        matcher = catalogs.catalog(instance, staging).matcher();
        namedTools = staging.namedToolIds(instance);
    }

    @Override
    public RowResult<T> process(RowResult<T> item) {
        return item instanceof RowResult.Accepted<T> accepted
                ? new RowResult.Accepted<>(accepted.records().stream()
                .map(record -> resolver.resolve(record, matcher, namedTools)).toList())
                : item;
    }
}
