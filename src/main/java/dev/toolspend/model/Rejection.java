package dev.toolspend.model;

/** An input row (or file) that could not be used, with the reason a person can act on. */
public record Rejection(SourceRef source, String column, String value, String reason) {

    public static Rejection wholeFile(String file, String sheet, String reason) {
        return new Rejection(new SourceRef(file, sheet, 0), null, null, reason);
    }
}
