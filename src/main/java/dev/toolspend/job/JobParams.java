package dev.toolspend.job;

import org.springframework.batch.core.step.StepExecution;

import java.nio.file.Path;

/** The job parameters the steps read, and the job instance they stage under. */
record JobParams(long instance, String period, Path inputDir, Path outputDir) {

    static final String PERIOD = "period";
    static final String INPUTS = "inputs";
    static final String SETTINGS = "settings";
    /** A digest of the history the run reads (the periods before it): a changed history is another run. */
    static final String HISTORY = "history";
    /** A digest of the decisions the run carries (README, "Decisions"): changed decisions are another run. */
    static final String DECISIONS = "decisions";
    static final String RERUN = "rerun";
    static final String INPUT_DIR = "inputDir";
    static final String OUTPUT_DIR = "outputDir";

    static JobParams of(StepExecution step) {
        var params = step.getJobParameters();
        return new JobParams(step.getJobExecution().getJobInstance().getInstanceId(), params.getString(PERIOD),
                Path.of(params.getString(INPUT_DIR)), Path.of(params.getString(OUTPUT_DIR)));
    }
}
