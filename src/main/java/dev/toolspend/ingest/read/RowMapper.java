package dev.toolspend.ingest.read;

import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.Stake;

import java.util.List;

/**
 * Turns the rows of one recognised table into domain records of its kind. One mapper reads one table,
 * from its first data row to its end, so it may hold state (an event log is aggregated while it is
 * read, and its records come out at the end).
 */
public interface RowMapper<T> {

    /**
     * The records one row gives: usually one; several for exports with one row per user and one column
     * pair per product; none for a row folded into an aggregate.
     *
     * @throws ValueException a cell cannot be used: the row is rejected
     * @throws SkippedRow     the row is deliberately not used, for a reason
     */
    List<T> map(RowValues row) throws ValueException, SkippedRow;

    /**
     * For a row {@link #map} rejected, what it would have counted (a billing row's amount, currency and date, as
     * far as they can be read), so that the report can say how much money was left out; null for other kinds.
     */
    default Stake stake(RowValues row) {
        return null;
    }

    /** Records held back until the table ends (aggregates); called once, after the last row. */
    default List<T> finish() {
        return List.of();
    }

    /**
     * Whether this mapper holds records back for {@link #finish} (an aggregate over the whole table): such a
     * table cannot be split into ranges read by separate mappers (the byte-range reader of {@code ingest.fast} refuses it).
     */
    default boolean holdsRows() {
        return false;
    }
}
