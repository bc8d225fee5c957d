/**
 * toolspend: what each software tool costs against how much it is used, as one Excel workbook a month. The flow is
 * read → resolve → analyse → write; {@code ToolspendApplication} is the entry point (ARCHITECTURE.md).
 */
package dev.toolspend;
