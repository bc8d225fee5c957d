package dev.toolspend.job;

import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.Inventory;
import dev.toolspend.ingest.value.IngestSettings;
import dev.toolspend.job.staging.InventoryDao;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step: lists the input folder, digests every file and recognises the kind of each table by
 * its header. Stops the run when nothing in the folder can be read.
 */
final class InventoryTasklet implements Tasklet {

    private final InventoryDao inventory;
    private final Console console;
    private final IngestSettings settings;
    private final RunCache cache;

    InventoryTasklet(InventoryDao inventory, Console console, IngestSettings settings, RunCache cache) {
        this.inventory = inventory;
        this.console = console;
        this.settings = settings;
        this.cache = cache;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        JobParams params = JobParams.of(context.getStepContext().getStepExecution());
        Inventory found = InputScanner.scan(params.inputDir(), params.outputDir(), settings, cache.current());
        inventory.save(params.instance(), found);
        console.say("found", found.files().size(), found.sources().size(), found.ignored().size());
        found.ignored().forEach(i -> console.ignored(i.path() + (i.sheet() == null ? "" : " [" + i.sheet() + "]"),
                i.reason()));
        if (found.sources().isEmpty()) {
            throw new RunStoppedException("nothingReadable", params.inputDir());
        }
        return RepeatStatus.FINISHED;
    }
}
