/**
 * Bytes and tables: encodings, delimiters, CSV files and workbook sheets as rows of cells, digests, byte search,
 * and what one reading remembers of its files ({@code ReadCache}). The first step of ingest; uses no other part of
 * it.
 */
package dev.toolspend.ingest.table;
