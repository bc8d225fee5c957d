package dev.toolspend.analysis;

import dev.toolspend.model.SourceRef;

import java.time.LocalDate;

/** A seat whose holder is gone, never came, or stopped: who to take it from. */
public record SeatToReclaim(String toolId, String user, SeatState state, LocalDate lastActive, Long daysInactive,
                            SourceRef source) {
}
