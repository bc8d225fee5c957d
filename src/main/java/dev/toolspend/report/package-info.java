/**
 * The workbook and its JSON companion from the analysis's findings, in the report's language ({@code Labels}) and
 * formats; written to temporary files that replace the previous pair together, never half-written.
 */
package dev.toolspend.report;
