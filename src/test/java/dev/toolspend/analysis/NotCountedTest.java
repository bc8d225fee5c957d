package dev.toolspend.analysis;

import dev.toolspend.analysis.NotCounted.Cause;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.Message;
import dev.toolspend.model.Period;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.Stake;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NotCountedTest {

    private static final Period OCTOBER = Period.parse("2026-10");

    private static Rejection billingRow(long line, String reason, String amount, String currency, String date) {
        return new Rejection(SourceRef.csv("card.csv", line), "Montant", null, "x", Message.of(reason))
                .withStake(new Stake(amount == null ? null : new BigDecimal(amount), currency,
                        date == null ? null : LocalDate.parse(date)));
    }

    private static List<NotCounted> tally(Unread unread) {
        return NotCounted.tally(OCTOBER, "CAD", unread, List.of(), List.of());
    }

    /** 23 lines: 4 312.50 USD and 210.00 EUR, summed per currency in their own currency, never converted. */
    @Test
    void linesWithoutARateAreSummedPerCurrency() {
        List<NotCounted> out = tally(new Unread(List.of(
                billingRow(2, "fx.noRate", "4000.00", "USD", "2026-10-03"),
                billingRow(3, "fx.noRate", "312.50", "USD", "2026-10-04"),
                billingRow(4, "fx.noRateOn", "210.00", "EUR", "2026-10-05")), List.of(), List.of()));
        assertThat(out).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(InputKind.BILLING);
            assertThat(n.cause()).isEqualTo(Cause.NO_FX_RATE);
            assertThat(n.count()).isEqualTo(3);
            assertThat(n.amounts()).containsOnlyKeys("EUR", "USD");
            assertThat(n.amounts().get("USD")).isEqualByComparingTo("4312.50");
            assertThat(n.amounts().get("EUR")).isEqualByComparingTo("210.00");
            assertThat(n.currencies()).containsExactly("EUR", "USD");
        });
    }

    /** A rejected row of another month would not have counted; one whose date cannot be read might have. */
    @Test
    void rejectedRowsCountWhenTheirDateIsInThePeriodOrUnknown() {
        List<NotCounted> out = tally(new Unread(List.of(
                billingRow(2, "value.notAnAmount", null, null, "2026-10-03"),
                billingRow(3, "value.notADate", "50.00", null, null),
                billingRow(4, "value.notAnAmount", null, null, "2026-09-30"),
                new Rejection(SourceRef.csv("card.csv", 5), null, "a;b", Message.of("row.fieldCount", 2L, 5L))),
                List.of(), List.of()));
        assertThat(out).singleElement().satisfies(n -> {
            assertThat(n.cause()).isEqualTo(Cause.REJECTED);
            assertThat(n.count()).as("lines 2, 3 and 5").isEqualTo(3);
            assertThat(n.withoutAmount()).isEqualTo(2);
            assertThat(n.amounts()).as("no currency: the report's").containsOnlyKeys("CAD");
            assertThat(n.currencies()).isEmpty();
        });
    }

    @Test
    void aFileNotReadCountsWhenItMayHoldBilling() {
        List<IgnoredInput> ignored = List.of(
                new IgnoredInput("card.csv", null, List.of("Date", "Vendor"),
                        Message.of("ignored.looksLike.BILLING", Message.of("field.AMOUNT"))),
                new IgnoredInput("locked.xlsx", null, List.of(), Message.of("read.encrypted")),
                new IgnoredInput("contacts.csv", null, List.of("vendor", "phone"), Message.of("ignored.noHeader")),
                new IgnoredInput("rates.csv", null, List.of("Devise"),
                        Message.of("ignored.looksLike.FX", Message.of("field.RATE"))),
                new IgnoredInput("notes.pdf", null, List.of(), Message.of("ignored.notTable")));
        assertThat(tally(new Unread(List.of(), List.of(), ignored)))
                .extracting(NotCounted::kind, NotCounted::cause, NotCounted::count)
                .containsExactly(tuple(InputKind.BILLING, Cause.NOT_READ, 2L));
    }

    @Test
    void aCompleteRunLeavesNothingOut() {
        assertThat(tally(Unread.NONE)).isEmpty();
    }

    /** Billing first, then licenses; within each, no rate, rejected, not read. */
    @Test
    void theOrderIsKindThenCause() {
        Rejection licenseRow = new Rejection(SourceRef.csv("licenses.csv", 4), "Seats", "many",
                Message.of("value.notAWholeNumber"));
        List<NotCounted> out = NotCounted.tally(OCTOBER, "CAD", new Unread(List.of(
                        billingRow(2, "value.notAnAmount", null, null, null),
                        Rejection.wholeFile("other.csv", null, Message.of("read.changed")),
                        billingRow(3, "fx.noRate", "5", "GBP", "2026-10-01")), List.of(licenseRow), List.of()),
                List.of(), List.of(new Stake(new BigDecimal("1440"), "GBP", null)));
        assertThat(out).extracting(NotCounted::kind, NotCounted::cause).containsExactly(
                tuple(InputKind.BILLING, Cause.NO_FX_RATE), tuple(InputKind.BILLING, Cause.REJECTED),
                tuple(InputKind.BILLING, Cause.NOT_READ), tuple(InputKind.LICENSES, Cause.NO_FX_RATE),
                tuple(InputKind.LICENSES, Cause.REJECTED));
    }
}
