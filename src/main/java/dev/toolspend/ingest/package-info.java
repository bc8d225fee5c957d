/**
 * The inventory of an input folder: which files, which tables in them, of which kind and layout, and how their
 * values are written ({@code InputScanner}); the entry to reading them. Sub-packages in pipeline order: table,
 * header, value, read, mapper, fast.
 */
package dev.toolspend.ingest;
