package dev.toolspend.analysis;

/**
 * Seat holders of a tool by state.
 *
 * @param unassigned seats bought beyond the holders known; null when seats or holders are unknown
 */
public record SeatCounts(int active, int newSeats, int inactive, int neverActive, int departed, int noActivityData,
                         Integer unassigned) {

    public int holders() {
        return active + newSeats + inactive + neverActive + departed + noActivityData;
    }
}
