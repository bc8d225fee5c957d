package dev.toolspend.ingest.header;

/** The meaning of an input column, whatever its header says, and what its values are. */
public enum Field {
    // billing
    DATE(Type.DATE), VENDOR, RAW_DESCRIPTOR, DESCRIPTION, DETAILS, AMOUNT(Type.AMOUNT), LINE_AMOUNT(Type.AMOUNT),
    QUANTITY(Type.AMOUNT), UNIT_PRICE(Type.AMOUNT), TAX(Type.AMOUNT), CURRENCY, DEPARTMENT, TYPE, CHARGE_CATEGORY,
    SERVICE, PUBLISHER, PROVIDER,
    // licenses
    TOOL, PLAN, SEATS(Type.AMOUNT), PRICE(Type.AMOUNT), CYCLE, RENEWAL(Type.DATE), NOTICE(Type.AMOUNT), OWNER,
    CATEGORY, INACTIVE_AFTER(Type.AMOUNT), EXEMPT, AUTO_RENEW,
    // usage and roster
    USER, LOGIN, LAST_ACTIVE(Type.DATE), STATUS, ASSIGNED(Type.DATE), UNASSIGNED(Type.DATE), DELETED, BILLING_ACTIVE,
    SUSPENDED, TIMESTAMP(Type.DATE), EVENT_TYPE, OUTCOME, END_DATE(Type.DATE), MANAGER,
    // FX
    RATE(Type.AMOUNT), EFFECTIVE(Type.DATE), MONTH, BASE,
    // user catalog
    ID, NAME, ALIASES, LIST_PRICE(Type.AMOUNT), OVERLAP;

    /** What a column's values are: amounts and dates have their form settled per column. */
    public enum Type {
        TEXT, AMOUNT, DATE
    }

    private final Type type;

    Field() {
        this(Type.TEXT);
    }

    Field(Type type) {
        this.type = type;
    }

    public Type type() {
        return type;
    }
}
