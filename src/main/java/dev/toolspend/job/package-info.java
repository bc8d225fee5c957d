/**
 * The Spring Batch job: its steps, the run's identity and restart ({@code JobRunner}), settings ({@code
 * ToolspendProperties}), the run's read cache and the console. Thin: the work is in ingest, analysis and report.
 */
package dev.toolspend.job;
