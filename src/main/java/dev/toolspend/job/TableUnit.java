package dev.toolspend.job;

import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.Rejection;

import java.util.List;

/**
 * One whole table, read and reduced: what is staged for it in one transaction, so that the unit of
 * restart of a fast read step is a table (its position in the step is the item count Spring Batch keeps
 * in the step's execution context).
 *
 * @param records    the table's records reduced to what the rules need (seat holders, billing sums)
 * @param rejections its rows that could not be used
 * @param stats      its row counts; null when the file could not be opened at all
 * @param readTime   how long reading it took when it was read earlier (by the inventory), else null
 */
record TableUnit<R>(int seq, InputSource source, List<R> records, List<Rejection> rejections, FileStats stats,
                    java.time.Duration readTime) {

    TableUnit(int seq, InputSource source, List<R> records, List<Rejection> rejections, FileStats stats) {
        this(seq, source, records, rejections, stats, null);
    }
}
