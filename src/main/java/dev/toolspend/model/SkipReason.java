package dev.toolspend.model;

/**
 * Why a row was deliberately not used. Every skipped row is counted per reason (with the line of the
 * first one), so that rows read = rows used + rows rejected + rows skipped holds for every table.
 */
public enum SkipReason {
    /** nothing in any cell */
    BLANK,
    /** a "Total" or subtotal line at the end of an export */
    TRAILER,
    /** a payment to the card itself: money moving between accounts, not spend */
    CARD_PAYMENT,
    /** the payment of a bill whose amount is already counted on the bill */
    BILL_PAYMENT,
    /** a user who holds no license of any product in the report */
    NO_LICENSE,
    /** a deactivated account: holds no seat */
    DEACTIVATED,
    /** a bot or integration, not a person */
    BOT,
    /** not counted for billing by the vendor */
    NOT_BILLED,
    /** a suspended member (GitHub): holds no seat */
    SUSPENDED,
    /** an assignment that has ended */
    UNASSIGNED,
    /** an event that is not a sign-in to an application */
    NOT_A_SIGN_IN,
    /** a sign-in that failed */
    FAILED_SIGN_IN
}
