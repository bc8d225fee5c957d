/**
 * Value parsing: amounts, dates, users and booleans as exports write them, and the decimal mark and day/month order
 * settled per column before a table is read ({@code FormatProfiler}, {@code ColumnFormats}).
 */
package dev.toolspend.ingest.value;
