package dev.toolspend.ingest.header;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of the Microsoft 365 active-user report beyond its fields: one group per product
 * ({@code Has Exchange License}, {@code Exchange Last Activity Date}, {@code Exchange License Assign Date}).
 */
public final class M365Columns {

    private static final Pattern HAS = Pattern.compile("has (.+) license");
    private static final Pattern LAST = Pattern.compile("(.+) last activity date");
    private static final Pattern ASSIGNED = Pattern.compile("(.+) license assign date");

    /**
     * One product's columns.
     *
     * @param name         the product as the report names it, normalised ({@code exchange})
     * @param lastActivity its last-activity column, or -1
     * @param assigned     its license-assignment column, or -1
     */
    public record Product(String name, int has, int lastActivity, int assigned) {
    }

    private M365Columns() {
    }

    public static List<Product> products(List<String> header) {
        List<String> names = header.stream().map(HeaderSchema::normalise).toList();
        List<Product> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Matcher has = HAS.matcher(names.get(i));
            if (has.matches()) {
                String product = has.group(1);
                out.add(new Product(product, i, names.indexOf(product + " last activity date"),
                        names.indexOf(product + " license assign date")));
            }
        }
        return out;
    }

    /** The product date columns, whose day/month order is settled like any date column's. */
    public static List<Integer> dateColumns(List<String> header) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = HeaderSchema.normalise(header.get(i));
            if (LAST.matcher(name).matches() || ASSIGNED.matcher(name).matches()) {
                out.add(i);
            }
        }
        return out;
    }
}
