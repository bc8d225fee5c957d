/**
 * Reading one recognised table: every data row used, rejected (file, line, column, value, reason) or skipped on
 * purpose and counted ({@code TableReader}); the rules every row goes through, and the mapper interface.
 */
package dev.toolspend.ingest.read;
