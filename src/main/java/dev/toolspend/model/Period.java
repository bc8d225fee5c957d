package dev.toolspend.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A reporting period: one calendar month. Every rule is computed relative to its last day. */
public record Period(YearMonth month) {

    public static Period parse(String text) {
        try {
            return new Period(YearMonth.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("period must look like 2026-10, not '" + text + "'");
        }
    }

    public static Period previousMonth(LocalDate today) {
        return new Period(YearMonth.from(today).minusMonths(1));
    }

    /** The as-of date: the last day of the month. */
    public LocalDate asOf() {
        return month.atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return date != null && date.getYear() == month.getYear() && date.getMonthValue() == month.getMonthValue();
    }

    public LocalDate start() {
        return month.atDay(1);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
