package dev.toolspend.job;

import dev.toolspend.catalog.Catalog;
import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.RowResult;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.InputKind;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.function.Function;

/**
 * The job: inventory → read user catalog → read FX rates → read licenses → read usage → read roster →
 * read billing → report.
 * The small kinds are read row by row (reader), names resolved to tools (processor) and staged (writer);
 * usage and billing, which can be tens of millions of rows, are read a whole table at a time and reduced
 * while read (seat holders, billing sums in the period) before they are staged; the report step analyses
 * and writes.
 */
@Configuration
@EnableConfigurationProperties(ToolspendProperties.class)
public class JobConfiguration {

    public static final String JOB_NAME = "toolspend";
    private static final int CHUNK = 500;

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final Staging staging;
    private final Console console;
    private final Values values;

    public JobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            Staging staging, Console console, ToolspendProperties properties) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.staging = staging;
        this.console = console;
        this.values = new Values(properties.ingestSettings());
    }

    /** The shipped catalog, loaded once per process. */
    @Bean
    public Catalog catalog() {
        return Catalog.shipped();
    }

    /** What a run has already read of its inputs, and how many threads it reads with (0: one per core). */
    @Bean
    public RunCache runCache(@Value("${toolspend.read-threads:0}") int readThreads) {
        return new RunCache(readThreads);
    }

    @Bean
    public Job toolspendJob(CatalogProvider catalogs, ToolspendProperties properties, RunCache cache,
                            @Value("${toolspend.version:0.1.0}") String version) {
        Step inventory = new StepBuilder("inventory", jobRepository)
                .tasklet(new InventoryTasklet(staging, console, values.settings(), cache), transactionManager).build();
        Step userCatalog = readStep(InputKind.CATALOG, Mappers::catalog, null, staging::insertUserCatalog, catalogs);
        Step fx = readStep(InputKind.FX, Mappers::fx, null, staging::insertFxRates, catalogs);
        Step licenses = readStep(InputKind.LICENSES, Mappers::licenses,
                (row, matcher, named) -> row.withToolId(matcher.resolveName(row.toolName()).toolId()),
                staging::insertLicenses, catalogs);
        Step usage = tableStep(InputKind.USAGE, new UsageTables(catalogs, staging, values, cache),
                staging::insertSeats);
        Step roster = readStep(InputKind.ROSTER, Mappers::roster, null, staging::insertRoster, catalogs);
        Step billing = tableStep(InputKind.BILLING, new BillingTables(catalogs, staging, values, properties.currency(), cache),
                staging::insertBilling);
        Step report = new StepBuilder("report", jobRepository)
                .tasklet(new ReportTasklet(staging, catalogs, properties, version), transactionManager).build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(inventory).next(userCatalog).next(fx).next(licenses).next(usage).next(roster).next(billing)
                .next(report)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        cache.end();                                    // nothing read is trusted past the run
                        if (execution.getStatus() == BatchStatus.COMPLETED) {
                            staging.clear(execution.getJobInstance().getInstanceId());
                        }
                    }
                })
                .build();
    }

    /**
     * A chunk step over every table of one kind.
     *
     * @param resolver how names become tool ids, or null when the kind has no names to resolve
     */
    private <T> Step readStep(InputKind kind, Function<InputSource, RowMapper<T>> mappers,
                              ResolvingProcessor.Resolver<T> resolver, StagingWriter.Sink<T> sink,
                              CatalogProvider catalogs) {
        var step = new StepBuilder("read-" + kind.name().toLowerCase(), jobRepository)
                .<RowResult<T>, RowResult<T>>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(new InputItemReader<>(kind, mappers, values, staging, console))
                .writer(new StagingWriter<>(staging, sink));
        if (resolver != null) {
            step.processor(new ResolvingProcessor<>(resolver, catalogs, staging));
        }
        return step.build();
    }

    /**
     * A step over every table of one kind whose tables can be large (usage, billing): one item per table,
     * reduced while read and staged in one transaction; a restart resumes at the first table not committed.
     */
    private <R> Step tableStep(InputKind kind, TableUnitReader.Reduction<R> reduction, TableUnitWriter.Sink<R> sink) {
        return new StepBuilder("read-" + kind.name().toLowerCase(), jobRepository)
                .<TableUnit<R>, TableUnit<R>>chunk(1)
                .transactionManager(transactionManager)
                .reader(new TableUnitReader<>(kind, reduction, staging, console))
                .writer(new TableUnitWriter<>(staging, sink))
                .build();
    }
}
