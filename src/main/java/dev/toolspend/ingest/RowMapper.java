package dev.toolspend.ingest;

/** Turns one row of a recognised table into a domain record of its kind. */
@FunctionalInterface
public interface RowMapper<T> {

    T map(RowValues row) throws ValueException;
}
