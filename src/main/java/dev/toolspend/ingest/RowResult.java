package dev.toolspend.ingest;

import dev.toolspend.model.Rejection;

/** What one input row became: a clean record, or a rejection with its reason. */
public sealed interface RowResult<T> {

    record Accepted<T>(T record) implements RowResult<T> {
    }

    record Rejected<T>(Rejection rejection) implements RowResult<T> {
    }
}
