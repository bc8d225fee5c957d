package dev.toolspend.ingest.read;

import dev.toolspend.model.Rejection;

import java.util.List;

/**
 * What one input row became: its records, or a rejection with its reason. One per row read, except
 * for the records an aggregating mapper gives at the end of its table (one item each).
 */
public sealed interface RowResult<T> {

    record Accepted<T>(List<T> records) implements RowResult<T> {
        public Accepted {
            records = List.copyOf(records);
        }

        public static <T> Accepted<T> of(T record) {
            return new Accepted<>(List.of(record));
        }
    }

    record Rejected<T>(Rejection rejection) implements RowResult<T> {
    }
}
