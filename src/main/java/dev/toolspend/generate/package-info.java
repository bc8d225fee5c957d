/**
 * {@code toolspend generate}: a company's input folder at any scale, in the canonical forms, with the figures the
 * job must find beside it ({@code .truth/}).
 */
package dev.toolspend.generate;
