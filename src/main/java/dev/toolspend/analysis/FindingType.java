package dev.toolspend.analysis;

/** Finding types, in the order findings with equal savings are listed. */
public enum FindingType {
    UNUSED, UNDERUSED, OVERLAP, PRICE, RENEWAL, UNTRACKED
}
