/**
 * Immutable records every package shares: billing lines, license rows, seat holders, tools, periods, and what a
 * read of the inputs reports (files, tables read, counts, rejections). Uses nothing else of toolspend.
 */
package dev.toolspend.model;
