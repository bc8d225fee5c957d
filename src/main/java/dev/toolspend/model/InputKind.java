package dev.toolspend.model;

/** What an input file (or workbook sheet) holds, recognised from its header row. */
public enum InputKind {
    BILLING, LICENSES, USAGE, FX,
    /** An optional HR list: who works here, who left and when. */
    ROSTER
}
