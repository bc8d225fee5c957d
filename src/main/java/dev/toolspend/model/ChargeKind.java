package dev.toolspend.model;

/** What a billing line is: spend on a tool (charges, credits and refunds), or a tax kept apart from spend. */
public enum ChargeKind {
    SPEND, TAX
}
