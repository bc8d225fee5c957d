/**
 * Header recognition: every column alias of every input kind ({@code HeaderSchema}) and the exports a header comes
 * from ({@code Layout}), in English or French.
 */
package dev.toolspend.ingest.header;
