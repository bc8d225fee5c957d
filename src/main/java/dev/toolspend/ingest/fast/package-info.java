/**
 * The byte-level readers of large plain files, on every core: event logs aggregated per user and app ({@code
 * FastEventLog}) and quote-free billing CSVs ({@code PlainCsvRanges}), each held to the general reader's result.
 */
package dev.toolspend.ingest.fast;
