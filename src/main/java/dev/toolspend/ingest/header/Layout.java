package dev.toolspend.ingest.header;

import dev.toolspend.model.InputKind;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import static dev.toolspend.ingest.header.Field.*;

/**
 * The export a recognised table comes from. Columns are found through the kind's aliases
 * ({@link HeaderSchema}); a layout adds what its rows mean beyond their columns (a card export whose
 * charges are negative, a FOCUS charge category, a Slack bot) in its mapper (package {@code ingest.mapper}).
 * Vendor layouts are recognised by column names only their export has, and win over the generic ones.
 */
@SuppressWarnings("ImmutableEnumChecker")     // the signatures are stateless lambdas
public enum Layout {
    FOCUS(InputKind.BILLING, true, (f, names) -> names.contains("billedcost")
            && (names.contains("chargeperiodstart") || names.contains("billingperiodstart"))),
    XERO_BILLS(InputKind.BILLING, true, (f, names) -> names.contains("contactname")
            && (names.contains("invoicenumber") || names.contains("invoicedate"))),
    QUICKBOOKS_EXPENSES(InputKind.BILLING, true, (f, names) -> f.containsKey(DATE)
            && (names.contains("total before sales tax") || names.contains("total avant taxes")
            || (names.contains("payee") && names.contains("no") && f.containsKey(TYPE)))),
    CHASE(InputKind.BILLING, true, (f, names) -> names.contains("transaction date") && names.contains("post date")
            && f.containsKey(TYPE) && f.containsKey(AMOUNT)),
    AMEX(InputKind.BILLING, true, (f, names) -> f.containsKey(DATE) && f.containsKey(AMOUNT)
            && (names.contains("card member") || names.contains("appears on your statement as"))),
    RAMP(InputKind.BILLING, true, (f, names) -> f.containsKey(DATE) && f.containsKey(AMOUNT)
            && names.contains("merchant descriptor")),
    BREX(InputKind.BILLING, true, (f, names) -> f.containsKey(DATE) && f.containsKey(AMOUNT)
            && names.contains("raw descriptor")),
    RHO(InputKind.BILLING, true, (f, names) -> f.containsKey(DATE) && f.containsKey(AMOUNT)
            && names.contains("statement descriptor")),
    CARD_STATEMENT(InputKind.BILLING, false, (f, names) -> f.containsKey(DATE) && f.containsKey(AMOUNT)
            && (f.containsKey(VENDOR) || f.containsKey(DESCRIPTION) || f.containsKey(RAW_DESCRIPTOR))),

    LICENSE_REGISTER(InputKind.LICENSES, false, (f, names) -> f.containsKey(TOOL) && f.containsKey(SEATS)
            && f.containsKey(PRICE)),

    M365_ACTIVE_USERS(InputKind.USAGE, true, (f, names) -> names.contains("user principal name")
            && names.stream().anyMatch(n -> n.startsWith("has ") && n.endsWith(" license"))),
    GOOGLE_WORKSPACE_USERS(InputKind.USAGE, true, (f, names) -> names.contains("email address required")
            && (names.contains("last sign in read only") || names.contains("status read only"))),
    SLACK_MEMBERS(InputKind.USAGE, true, (f, names) -> names.contains("billing active")
            && (f.containsKey(USER) || f.containsKey(LOGIN))),
    GITHUB_MEMBERS(InputKind.USAGE, true, (f, names) -> f.containsKey(LOGIN) && f.containsKey(LAST_ACTIVE)
            && !f.containsKey(TOOL) && (f.containsKey(SUSPENDED) || names.contains("login"))),
    OKTA_SYSTEM_LOG(InputKind.USAGE, true, (f, names) -> f.containsKey(TIMESTAMP) && f.containsKey(EVENT_TYPE)
            && (f.containsKey(USER) || f.containsKey(LOGIN)) && f.containsKey(TOOL)),
    OKTA_ASSIGNMENTS(InputKind.USAGE, true, (f, names) -> (f.containsKey(USER) || f.containsKey(LOGIN))
            && f.containsKey(TOOL) && (names.contains("unassigned on")
            || (names.contains("application name") && f.containsKey(LAST_ACTIVE)))),
    EVENT_LOG(InputKind.USAGE, false, (f, names) -> f.containsKey(TIMESTAMP) && !f.containsKey(LAST_ACTIVE)
            && (f.containsKey(USER) || f.containsKey(LOGIN)) && f.containsKey(TOOL)),
    USAGE_LIST(InputKind.USAGE, false, (f, names) -> (f.containsKey(USER) || f.containsKey(LOGIN))
            && f.containsKey(TOOL) && f.containsKey(LAST_ACTIVE)),

    ROSTER(InputKind.ROSTER, false, (f, names) -> f.containsKey(USER)
            && (f.containsKey(STATUS) || f.containsKey(END_DATE))),

    FX_RATES(InputKind.FX, false, (f, names) -> f.containsKey(CURRENCY) && f.containsKey(RATE)),

    USER_CATALOG(InputKind.CATALOG, false, (f, names) -> f.containsKey(ID) && f.containsKey(ALIASES));

    private final InputKind kind;
    private final boolean vendor;
    private final BiPredicate<Map<Field, Integer>, Set<String>> signature;

    Layout(InputKind kind, boolean vendor, BiPredicate<Map<Field, Integer>, Set<String>> signature) {
        this.kind = kind;
        this.vendor = vendor;
        this.signature = signature;
    }

    public InputKind kind() {
        return kind;
    }

    /** Whether this is one vendor's export (recognised by its own column names) rather than a generic form. */
    public boolean vendor() {
        return vendor;
    }

    boolean accepts(Map<Field, Integer> found, Set<String> normalisedNames) {
        return signature.test(found, normalisedNames);
    }

    /** Date columns the layout reads beyond its fields (the M365 report's one pair of columns per product). */
    List<Integer> extraDateColumns(List<String> header) {
        if (this != M365_ACTIVE_USERS) {
            return List.of();
        }
        return M365Columns.dateColumns(header);
    }
}
