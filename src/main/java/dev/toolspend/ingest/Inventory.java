package dev.toolspend.ingest;

import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputFile;

import java.util.List;

/** Everything found in the input folder: the files, the tables recognised in them, and what was ignored. */
public record Inventory(List<InputFile> files, List<InputSource> sources, List<IgnoredInput> ignored) {
}
