package dev.toolspend.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The runs the job history holds, newest first: what {@code ./run.sh status} lists. */
@Component
public class RunHistory {

    /** One run (a job execution): its period, status, times, inputs and, once completed, what it found. */
    public record PastRun(String period, String status, LocalDateTime start, LocalDateTime end, String input,
                          String savings, Integer actions, String workbook) {
    }

    private final JobRepository repository;

    public RunHistory(JobRepository repository) {
        this.repository = repository;
    }

    public List<PastRun> runs(int latest) {
        List<PastRun> runs = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(JobConfiguration.JOB_NAME, 0, latest)) {
            for (JobExecution execution : repository.getJobExecutions(instance)) {
                var parameters = execution.getJobParameters();
                var context = execution.getExecutionContext();
                runs.add(new PastRun(parameters.getString(JobParams.PERIOD), execution.getStatus().name(),
                        execution.getStartTime(), execution.getEndTime(), parameters.getString(JobParams.INPUT_DIR),
                        context.containsKey(ReportTasklet.SAVINGS) ? context.getString(ReportTasklet.SAVINGS) : null,
                        context.containsKey(ReportTasklet.ACTIONS) ? context.getInt(ReportTasklet.ACTIONS) : null,
                        context.containsKey(ReportTasklet.WORKBOOK) ? context.getString(ReportTasklet.WORKBOOK) : null));
            }
        }
        runs.sort(Comparator.comparing(PastRun::start, Comparator.nullsLast(Comparator.reverseOrder())));
        return runs.subList(0, Math.min(latest, runs.size()));
    }
}
