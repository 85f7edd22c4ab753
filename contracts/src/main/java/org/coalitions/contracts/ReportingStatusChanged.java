package org.coalitions.contracts;

import java.time.LocalDate;

/**
 * The headline reporting status of a coalition changed: the annual report being asked for now is the one for
 * {@code cycle} (a calendar year), due on {@code deadline}, and it is {@code status} ({@code DUE},
 * {@code OVERDUE} or {@code REPORTED}). coalition-service alone decides it; others show what it publishes.
 */
public record ReportingStatusChanged(String coalitionId, int cycle, String status, LocalDate deadline)
		implements CoalitionEvent {
}
