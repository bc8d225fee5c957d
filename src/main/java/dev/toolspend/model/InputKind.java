package dev.toolspend.model;

/** What an input file (or workbook sheet) holds, recognised from its header row. */
public enum InputKind {
    BILLING, LICENSES, USAGE, FX,
    /** A user catalog: tools, aliases and categories that override the shipped catalog. */
    CATALOG,
    /** An optional HR list: who works here, who left and when. */
    ROSTER
}
