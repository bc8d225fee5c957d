package dev.toolspend.ingest;

/** The meaning of an input column, whatever its header says. */
public enum Field {
    DATE, VENDOR, DESCRIPTION, AMOUNT, CURRENCY, DEPARTMENT,
    TOOL, PLAN, SEATS, PRICE, CYCLE, RENEWAL, NOTICE, OWNER, CATEGORY, INACTIVE_AFTER, EXEMPT, AUTO_RENEW,
    USER, LAST_ACTIVE, STATUS, ASSIGNED,
    RATE,
    ID, NAME, ALIASES, LIST_PRICE, OVERLAP
}
