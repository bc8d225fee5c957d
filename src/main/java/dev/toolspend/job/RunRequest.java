package dev.toolspend.job;

import dev.toolspend.model.Period;

import java.nio.file.Path;

/** One run asked for on the command line. */
public record RunRequest(Path input, Path output, Period period, boolean force) {
}
