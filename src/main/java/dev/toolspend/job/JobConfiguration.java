package dev.toolspend.job;

import dev.toolspend.catalog.Catalog;
import dev.toolspend.catalog.Match;
import dev.toolspend.ingest.InputSource;
import dev.toolspend.ingest.Mappers;
import dev.toolspend.ingest.RowMapper;
import dev.toolspend.ingest.RowResult;
import dev.toolspend.ingest.Values;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.UsageRow;
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

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The job: inventory → read user catalog → read FX rates → read licenses → read usage → read roster →
 * read billing → report.
 * Each read step streams its tables (reader), resolves names to tools (processor) and stages the
 * records (writer); the report step analyses and writes.
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

    @Bean
    public Job toolspendJob(CatalogProvider catalogs, ToolspendProperties properties,
                            @Value("${toolspend.version:0.1.0}") String version) {
        Step inventory = new StepBuilder("inventory", jobRepository)
                .tasklet(new InventoryTasklet(staging, console, values.settings()), transactionManager).build();
        Step userCatalog = readStep(InputKind.CATALOG, Mappers::catalog, null, staging::insertUserCatalog, catalogs);
        Step fx = readStep(InputKind.FX, Mappers::fx, null, staging::insertFxRates, catalogs);
        Step licenses = readStep(InputKind.LICENSES, Mappers::licenses,
                (row, matcher, named) -> row.withToolId(matcher.resolveName(row.toolName()).toolId()),
                staging::insertLicenses, catalogs);
        Step usage = readStep(InputKind.USAGE, Mappers::usage,
                (row, matcher, named) -> row.withToolId(matcher.resolveName(row.toolName()).toolId()),
                (instance, rows) -> staging.mergeSeats(instance, mergeWithinChunk(rows)), catalogs);
        Step roster = readStep(InputKind.ROSTER, Mappers::roster, null, staging::insertRoster, catalogs);
        Step billing = readStep(InputKind.BILLING, Mappers::billing, (line, matcher, named) -> {
            Match match = line.provider() == null
                    ? matcher.matchCharge(line.descriptor(), line.description(), named)
                    : matcher.matchCloudCharge(line.provider(), line.descriptor(), named);
            return line.resolved(match.toolId(), match.normalised(), match.rule());
        }, staging::insertBilling, catalogs);
        Step report = new StepBuilder("report", jobRepository)
                .tasklet(new ReportTasklet(staging, catalogs, properties, version), transactionManager).build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(inventory).next(userCatalog).next(fx).next(licenses).next(usage).next(roster).next(billing)
                .next(report)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
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

    /** Usage rows of one chunk reduced to one holder per tool and user before they reach the database. */
    private static Collection<SeatHolder> mergeWithinChunk(List<UsageRow> rows) {
        Map<String, SeatHolder> holders = new LinkedHashMap<>();
        for (UsageRow row : rows) {
            SeatHolder holder = SeatHolder.of(row);
            holders.merge(holder.toolId() + "\u0000" + holder.userKey(), holder, SeatHolder::merge);
        }
        return holders.values();
    }
}
