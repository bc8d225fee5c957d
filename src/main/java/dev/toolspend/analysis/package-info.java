/**
 * The rules of PRODUCT.md as plain Java: immutable records in, findings out ({@code Analyzer}, {@code Rules}). No
 * Spring, no I/O, no sentences: findings carry figures and the report words them.
 */
package dev.toolspend.analysis;
