package dev.toolspend.ingest.value;

import dev.toolspend.ingest.header.Field;
import dev.toolspend.ingest.header.HeaderMatch;
import dev.toolspend.ingest.table.TableRow;
import dev.toolspend.model.Message;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.Stake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Typed access to one row's fields by meaning. Amounts and dates are read with their column's settled
 * form ({@link ColumnFormats}). Every failure names the column and the raw value, so that the rejected
 * row can be shown as the file has it.
 */
public final class RowValues {

    /** An amount and its currency (null: the report currency). */
    public record Money(BigDecimal amount, String currency) {
    }

    private final TableRow row;
    private final HeaderMatch header;
    private final Values values;
    private final ColumnFormats formats;
    private final SourceRef source;

    public RowValues(TableRow row, HeaderMatch header, Values values, ColumnFormats formats, SourceRef source) {
        this.row = row;
        this.header = header;
        this.values = values;
        this.formats = formats;
        this.source = source;
    }

    public SourceRef source() {
        return source;
    }

    public HeaderMatch header() {
        return header;
    }

    public boolean has(Field field) {
        return header.has(field);
    }

    /** The text, or null when the column is absent or the cell blank. */
    public String text(Field field) {
        return textAt(header.index(field));
    }

    /** The text of a column by position, or null when blank. */
    public String textAt(int column) {
        String text = row.text(column);
        return text.isEmpty() ? null : text;
    }

    /** The first of the fields with a non-blank cell, or null. */
    public Field firstPresent(Field... fields) {
        for (Field field : fields) {
            if (text(field) != null) {
                return field;
            }
        }
        return null;
    }

    public String required(Field field) throws ValueException {
        String text = text(field);
        if (text == null) {
            throw invalid(field, Message.of("value.blank", header.name(field)));
        }
        return text;
    }

    /**
     * A number cell as an amount, held to the same bound as a written one: a typed 1E300 is no more money than a
     * written one (and no column could hold it); null when the cell is not a number.
     */
    private BigDecimal typedAmount(Field field, int column) throws ValueException {
        BigDecimal typed = row.number(column);
        if (typed != null && typed.abs().compareTo(Amounts.LARGEST_AMOUNT) > 0) {
            throw new ValueException(Message.of("value.implausibleAmount", (long) Amounts.MAX_DECIMALS))
                    .in(header.name(field), row.text(column));
        }
        return typed;
    }

    /** An amount, whatever currency sign it carries. */
    public BigDecimal amount(Field field) throws ValueException {
        int column = header.index(field);
        BigDecimal typed = typedAmount(field, column);
        if (typed != null) {
            return typed;
        }
        String text = required(field);
        try {
            return values.money(text, formats.mark(column, values.settings())).value();
        } catch (ValueException e) {
            throw e.in(header.name(field), text);
        }
    }

    /**
     * An amount and its currency: the currency column when it has one, else the currency the amount's
     * sign names ({@code €}, {@code CA$}; a bare {@code $} is the report currency when that is a dollar);
     * a sign that contradicts the currency column rejects the row.
     */
    public Money money(Field amountField, Field currencyField) throws ValueException {
        int column = header.index(amountField);
        BigDecimal typed = typedAmount(amountField, column);
        String code = currencyField == null ? null : optionalCurrency(currencyField);
        if (typed != null) {
            return new Money(typed, code);
        }
        String text = required(amountField);
        Amounts.Parsed parsed;
        try {
            parsed = values.money(text, formats.mark(column, values.settings()));
        } catch (ValueException e) {
            throw e.in(header.name(amountField), text);
        }
        String sign = parsed.currency();
        if (sign == null) {
            return new Money(parsed.value(), code);
        }
        if (code != null) {
            boolean agrees = sign.equals(Amounts.DOLLAR) ? IngestSettings.DOLLARS.contains(code) : sign.equals(code);
            if (!agrees) {
                throw invalid(amountField, Message.of("value.signContradicts", sign, header.name(currencyField), code));
            }
            return new Money(parsed.value(), code);
        }
        if (sign.equals(Amounts.DOLLAR)) {
            String dollar = values.settings().bareDollar();
            if (dollar == null) {
                throw invalid(amountField, Message.of("value.bareDollar"));
            }
            return new Money(parsed.value(), dollar);
        }
        return new Money(parsed.value(), sign);
    }

    public BigDecimal nonNegative(Field field) throws ValueException {
        BigDecimal value = amount(field);
        if (value.signum() < 0) {
            throw invalid(field, Message.of("value.negative"));
        }
        return value;
    }

    public int wholeNumber(Field field) throws ValueException {
        BigDecimal value = nonNegative(field);
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw invalid(field, Message.of("value.notWhole"));
        }
    }

    public Integer optionalWholeNumber(Field field) throws ValueException {
        return text(field) == null ? null : wholeNumber(field);
    }

    public LocalDate date(Field field) throws ValueException {
        int column = header.index(field);
        LocalDate date = dateAt(column);
        if (date == null) {
            throw invalid(field, Message.of("value.blank", header.name(field)));
        }
        return date;
    }

    public LocalDate optionalDate(Field field) throws ValueException {
        return has(field) ? dateAt(header.index(field)) : null;
    }

    /**
     * The date in a column by position, or null when blank: a workbook's date cell as Excel shows it, a
     * number cell as an Excel serial date in the workbook's date system, a text in the column's order.
     */
    public LocalDate dateAt(int column) throws ValueException {
        return dateAt(column, true);
    }

    /** A date as written, timestamps not converted to the configured zone (FOCUS charge periods are UTC days). */
    public LocalDate dateAsWritten(Field field) throws ValueException {
        LocalDate date = dateAt(header.index(field), false);
        if (date == null) {
            throw invalid(field, Message.of("value.blank", header.name(field)));
        }
        return date;
    }

    private LocalDate dateAt(int column, boolean inZone) throws ValueException {
        if (column < 0) {
            return null;
        }
        LocalDate typed = row.date(column);
        if (typed != null) {
            return typed;
        }
        String name = nameAt(column);
        BigDecimal serial = row.number(column);
        if (serial != null) {
            try {
                return Dates.excelSerial(serial, row.date1904());
            } catch (ValueException e) {
                throw e.in(name, row.text(column));
            }
        }
        String text = textAt(column);
        if (text == null) {
            return null;
        }
        try {
            DateOrder order = formats.order(column, values.settings());
            return inZone ? values.date(text, order) : values.dateAsWritten(text, order);
        } catch (ValueException e) {
            throw e.in(name, text);
        }
    }

    public Boolean optionalBool(Field field) throws ValueException {
        return boolAt(header.index(field));
    }

    /** A yes/no cell by position, or null when blank. */
    public Boolean boolAt(int column) throws ValueException {
        String text = textAt(column);
        if (text == null) {
            return null;
        }
        try {
            return Values.bool(text);
        } catch (ValueException e) {
            throw e.in(nameAt(column), text);
        }
    }

    /**
     * For a row that is rejected, what it would have counted as far as it can be read: its amount and currency
     * (null when unreadable) and its date (null when unreadable). Never throws.
     */
    public Stake stake(Field amountField, Field currencyField, Field dateField, boolean dateAsWritten) {
        BigDecimal amount = null;
        String currency = null;
        try {
            Money money = money(amountField, currencyField);
            amount = money.amount();
            currency = money.currency();
        } catch (ValueException | RuntimeException unreadable) {
            try {
                currency = optionalCurrency(currencyField);
            } catch (ValueException | RuntimeException alsoUnreadable) {
                currency = null;
            }
        }
        LocalDate date;
        try {
            date = dateAsWritten ? dateAsWritten(dateField) : date(dateField);
        } catch (ValueException | RuntimeException unreadable) {
            date = null;
        }
        return new Stake(amount, currency, date);
    }

    public String optionalCurrency(Field field) throws ValueException {
        return text(field) == null ? null : parse(field, Values::currency);
    }

    /** A rejection of the field's cell, naming its column and raw text. */
    public ValueException invalid(Field field, Message reason) {
        return new ValueException(header.name(field), row.text(header.index(field)), reason);
    }

    /** A rejection of a cell by position. */
    public ValueException invalidAt(int column, Message reason) {
        return new ValueException(nameAt(column), row.text(column), reason);
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

    private String nameAt(int column) {
        List<String> names = header.header();
        return column >= 0 && column < names.size() ? names.get(column) : "#" + (column + 1);
    }

    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text) throws ValueException;
    }
}
