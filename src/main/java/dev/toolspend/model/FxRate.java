package dev.toolspend.model;

import java.math.BigDecimal;

/** Units of report currency per unit of {@code currency}. */
public record FxRate(SourceRef source, String currency, BigDecimal rate) {
}
