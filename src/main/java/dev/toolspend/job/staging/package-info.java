/**
 * The staging tables ({@code toolspend-schema.sql}): what the read steps found, per job instance, so that a
 * restarted run resumes where it stopped; one small DAO per table or group of tables. The only SQL in toolspend.
 */
package dev.toolspend.job.staging;
