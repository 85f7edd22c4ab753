package org.coalitions.coalition.reporting;

import java.time.LocalDate;

/** The reporting status of one cycle (a calendar year) and the day its annual report is due. */
public record CycleStatus(int cycle, ReportingState state, LocalDate deadline) {
}
