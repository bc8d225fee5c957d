/**
 * The tool catalog (shipped, laid under the user's) and the matcher that turns billing descriptors and tool names
 * into tool ids ({@code ToolMatcher}); see docs/catalog.md.
 */
package dev.toolspend.catalog;
