package dev.toolspend.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shipped catalog's list prices, read as data ({@code catalog/tools.csv}, columns found by their header name):
 * the truth's price checks compare with them without the job's catalog classes.
 */
final class ListPrices {

    private static final Map<String, BigDecimal> MONTHLY_CAD = read();

    private ListPrices() {
    }

    /** A tool's list price per seat per month in the report currency (the generator's FX rates); null without one. */
    static BigDecimal monthlyInReportCurrency(String toolId) {
        return MONTHLY_CAD.get(toolId);
    }

    private static Map<String, BigDecimal> read() {
        Map<String, BigDecimal> prices = new TreeMap<>();
        try (InputStream in = ListPrices.class.getResourceAsStream("/catalog/tools.csv")) {
            if (in == null) {
                throw new IllegalStateException("catalog/tools.csv is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = Arrays.asList(reader.readLine().split(",", -1));
            int id = header.indexOf("id");
            int price = header.indexOf("list_price_per_seat_month");
            int currency = header.indexOf("list_price_currency");
            if (id < 0 || price < 0 || currency < 0) {
                return prices;
            }
            for (String line; (line = reader.readLine()) != null; ) {
                String[] cells = line.split(",", -1);         // the catalog quotes no cell: aliases use '|'
                if (cells.length <= Math.max(price, currency) || cells[price].isBlank()) {
                    continue;
                }
                String unit = cells[currency].trim();
                BigDecimal rate = unit.equals(DatasetGenerator.REPORT_CURRENCY) ? BigDecimal.ONE
                        : DatasetGenerator.FX.get(unit);
                if (rate != null) {
                    prices.put(cells[id].trim(), new BigDecimal(cells[price].trim()).multiply(rate));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prices;
    }
}
