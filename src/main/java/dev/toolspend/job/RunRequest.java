package dev.toolspend.job;

import dev.toolspend.model.Period;

import java.nio.file.Path;

/**
 * One run asked for on the command line.
 *
 * @param archive     where a successful run copies its inputs and outputs ({@code DIR/YYYY-MM/<run>/}); null: not
 * @param archiveMove whether the originals then leave the input folder (only once their copies are verified)
 */
public record RunRequest(Path input, Path output, Period period, boolean force, Path archive, boolean archiveMove) {

    public RunRequest(Path input, Path output, Period period, boolean force) {
        this(input, output, period, force, null, false);
    }
}
