package dev.toolspend.model;

import java.util.List;

/** A file or sheet that was not read, with the columns it had (if any) and why. */
public record IgnoredInput(String path, String sheet, List<String> columns, Message reason) {
}
