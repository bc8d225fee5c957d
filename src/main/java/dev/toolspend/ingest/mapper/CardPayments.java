package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.HeaderSchema;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rows of a card export that are payments to the card itself (the company paying its card bill):
 * money moving between the company's own accounts, not spend. Recognised by a transaction type that
 * says so, or by the words card issuers use for them on a credit line.
 */
final class CardPayments {

    private static final Set<String> PAYMENT_TYPES = Set.of("payment", "payments", "collection", "card payment",
            "autopay", "repayment", "paiement", "paiement de carte", "remboursement de carte");
    private static final Pattern PAYMENT_TEXT = Pattern.compile(
            "(.* )?(payment|autopay|paiement|pmt)( .*)? (thank you|merci|received|recu|credit)( .*)?"
                    + "|(autopay|automatic payment|online payment|mobile payment|paiement prealable|paiement recu|"
                    + "paiement en ligne|card payment)( .*)?"
                    + "|(ramp|brex|rho|amex|american express|chase|visa|mastercard|desjardins)( card)? payment( .*)?");

    private CardPayments() {
    }

    /** Whether the row's transaction type says it is a payment to the card. */
    static boolean paymentType(String type) {
        return type != null && PAYMENT_TYPES.contains(HeaderSchema.normalise(type));
    }

    /** Whether a credit (negative spend) line's merchant, raw descriptor or description says it is a payment to the card. */
    static boolean paymentText(BigDecimal spend, String... texts) {
        if (spend.signum() >= 0) {
            return false;
        }
        for (String text : texts) {
            if (text != null && PAYMENT_TEXT.matcher(HeaderSchema.normalise(text)).matches()) {
                return true;
            }
        }
        return false;
    }
}
