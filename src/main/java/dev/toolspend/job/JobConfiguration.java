package dev.toolspend.job;

import dev.toolspend.catalog.Catalog;
import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.RowResult;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.job.staging.BillingDao;
import dev.toolspend.job.staging.FxRateDao;
import dev.toolspend.job.staging.InventoryDao;
import dev.toolspend.job.staging.LicenseDao;
import dev.toolspend.job.staging.RejectionDao;
import dev.toolspend.job.staging.RosterDao;
import dev.toolspend.job.staging.SeatDao;
import dev.toolspend.job.staging.StagingSchema;
import dev.toolspend.job.staging.UserCatalogDao;
import dev.toolspend.model.InputKind;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Locale;
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
    private final InventoryDao inventory;
    private final RejectionDao rejections;
    private final Console console;
    private final Values values;

    public JobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            InventoryDao inventory, RejectionDao rejections, Console console,
                            ToolspendProperties properties) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.inventory = inventory;
        this.rejections = rejections;
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
    public RunCache runCache(ToolspendProperties properties) {
        return new RunCache(properties.readThreads());
    }

    @Bean
    public Job toolspendJob(CatalogProvider catalogs, ToolspendProperties properties, RunCache cache,
                            StagingSchema schema, FxRateDao fxRates, LicenseDao licenses, SeatDao seats,
                            RosterDao roster, UserCatalogDao userCatalog, BillingDao billingLines,
                            ReportTasklet reportTasklet) {
        Step inventoryStep = new StepBuilder("inventory", jobRepository)
                .tasklet(new InventoryTasklet(inventory, console, values.settings(), cache), transactionManager).build();
        Step userCatalogStep = readStep(InputKind.CATALOG, Mappers::catalog, null, userCatalog::insert, catalogs);
        Step fxStep = tableStep(InputKind.FX, new FxReduction(fxRates, values, properties.currency()),
                (instance, seq, rates) -> fxRates.insert(instance, rates));
        Step licenseStep = readStep(InputKind.LICENSES, Mappers::licenses,
                (row, matcher) -> row.withToolId(matcher.resolveName(row.toolName()).toolId()),
                licenses::insert, catalogs);
        Step usageStep = tableStep(InputKind.USAGE, new UsageReduction(catalogs, values, cache), seats::insert);
        Step rosterStep = readStep(InputKind.ROSTER, Mappers::roster, null, roster::insert, catalogs);
        Step billingStep = tableStep(InputKind.BILLING, new BillingReduction(catalogs, licenses, seats, fxRates, values,
                properties.currency(), cache), billingLines::insert);
        Step reportStep = new StepBuilder("report", jobRepository)
                .tasklet(reportTasklet, transactionManager).build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(inventoryStep).next(userCatalogStep).next(fxStep).next(licenseStep).next(usageStep).next(rosterStep)
                .next(billingStep).next(reportStep)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        cache.end();                                    // nothing read is trusted past the run
                        if (execution.getStatus() == BatchStatus.COMPLETED) {
                            schema.clear(execution.getJobInstance().getInstanceId());
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
        var step = new StepBuilder("read-" + kind.name().toLowerCase(Locale.ROOT), jobRepository)
                .<RowResult<T>, RowResult<T>>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(new InputItemReader<>(kind, mappers, values, inventory, console))
                .writer(new StagingWriter<>(rejections, sink));
        if (resolver != null) {
            step.processor(new ResolvingProcessor<>(resolver, catalogs));
        }
        return step.build();
    }

    /**
     * A step over every table of one kind whose tables can be large (usage, billing): one item per table,
     * reduced while read and staged in one transaction; a restart resumes at the first table not committed.
     */
    private <R> Step tableStep(InputKind kind, TableUnitReader.Reduction<R> reduction, TableUnitWriter.Sink<R> sink) {
        return new StepBuilder("read-" + kind.name().toLowerCase(Locale.ROOT), jobRepository)
                .<TableUnit<R>, TableUnit<R>>chunk(1)
                .transactionManager(transactionManager)
                .reader(new TableUnitReader<>(kind, reduction, inventory, console))
                .writer(new TableUnitWriter<>(rejections, inventory, sink))
                .build();
    }
}
