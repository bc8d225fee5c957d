package dev.toolspend.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a billing row that could not be used would have counted, as far as it could be read: its amount in its
 * own currency (null when unreadable), that currency (null: the report currency) and its date (null when
 * unreadable). The report states it as money not counted.
 */
public record Stake(BigDecimal amount, String currency, LocalDate date) {
}
