/**
 * One mapper per export layout, turning a row into domain records; package-private behind their factory, {@code
 * Mappers}, which picks the mapper of a table's layout.
 */
package dev.toolspend.ingest.mapper;
