package dev.toolspend.model;

/** What a manager typed in the Status column of a workbook's Actions: a blank cell is {@link #TO_DO}. */
public enum DecisionStatus {
    TO_DO, IN_PROGRESS, DONE, WONT_DO
}
