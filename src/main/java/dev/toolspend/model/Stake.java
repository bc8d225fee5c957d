package dev.toolspend.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a row that could not be counted would have counted, as far as it could be read: its amount in its own
 * currency (null when unreadable), that currency (null: the report currency) and its date (null when unreadable or,
 * for a license row's annual cost, when it has none). The report states it as money not counted.
 */
public record Stake(BigDecimal amount, String currency, LocalDate date) {
}
