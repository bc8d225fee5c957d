/**
 * The command line: options as settings, the run or the monthly schedule, and the exit status ({@code
 * ToolspendCommand}); {@code match} for tuning a catalog.
 */
package dev.toolspend.job.cli;
