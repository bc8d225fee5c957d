package dev.toolspend.ingest;

import dev.toolspend.model.SourceRef;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Typed access to one row's fields by meaning. Every failure names the column and the raw value, so
 * that the rejected row can be shown as the file has it.
 */
public final class RowValues {

    private final TableRow row;
    private final HeaderMatch header;
    private final Values values;
    private final SourceRef source;

    RowValues(TableRow row, HeaderMatch header, Values values, SourceRef source) {
        this.row = row;
        this.header = header;
        this.values = values;
        this.source = source;
    }

    public SourceRef source() {
        return source;
    }

    public boolean has(Field field) {
        return header.has(field);
    }

    /** The text, or null when the column is absent or the cell blank. */
    public String text(Field field) {
        String text = row.text(header.index(field));
        return text.isEmpty() ? null : text;
    }

    public String required(Field field) throws ValueException {
        String text = text(field);
        if (text == null) {
            throw invalid(field, header.name(field) + " is blank");
        }
        return text;
    }

    public BigDecimal amount(Field field) throws ValueException {
        BigDecimal typed = row.number(header.index(field));
        return typed != null ? typed : parse(field, values::amount);
    }

    public BigDecimal nonNegative(Field field) throws ValueException {
        BigDecimal value = amount(field);
        if (value.signum() < 0) {
            throw invalid(field, "must not be negative");
        }
        return value;
    }

    public int wholeNumber(Field field) throws ValueException {
        BigDecimal value = nonNegative(field);
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw invalid(field, "must be a whole number");
        }
    }

    public Integer optionalWholeNumber(Field field) throws ValueException {
        return text(field) == null ? null : wholeNumber(field);
    }

    public LocalDate date(Field field) throws ValueException {
        LocalDate typed = row.date(header.index(field));
        return typed != null ? typed : parse(field, values::date);
    }

    public LocalDate optionalDate(Field field) throws ValueException {
        return row.date(header.index(field)) == null && text(field) == null ? null : date(field);
    }

    public Boolean optionalBool(Field field) throws ValueException {
        return text(field) == null ? null : parse(field, Values::bool);
    }

    public String optionalCurrency(Field field) throws ValueException {
        return text(field) == null ? null : parse(field, Values::currency);
    }

    /** A rejection of the field's cell, naming its column and raw text. */
    public ValueException invalid(Field field, String reason) {
        return new ValueException(header.name(field), row.text(header.index(field)), reason);
    }

    /** Runs a parse of the field's text, attributing a failure to the field's column. */
    public <T> T parse(Field field, Parser<T> parser) throws ValueException {
        String text = required(field);
        try {
            return parser.parse(text);
        } catch (ValueException e) {
            throw e.in(header.name(field), text);
        }
    }

    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text) throws ValueException;
    }
}
