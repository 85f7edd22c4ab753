package org.coalitions.notification.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Reporting cycles are calendar years; the annual report of year Y is due on the deadline day of year Y+1
 * (default 31 March). A coalition owes reports from the year it was proposed on, and the cycle asked about is
 * last year's, before its deadline and after.
 * <p>
 * The same rule as coalition-service's {@code outcome.ReportingRules}: services share no domain code, and this
 * service knows reports only from {@code OutcomePublished} events. A change to the rule must be made in both.
 */
final class ReportingRules {

	private final MonthDay deadline;

	ReportingRules(MonthDay deadline) {
		this.deadline = deadline;
	}

	/** Reads {@code MM-dd} (as the issue writes it) or {@code --MM-dd} (as coalition-service's configuration does). */
	static ReportingRules parse(String deadline) {
		String trimmed = deadline.trim();
		return new ReportingRules(MonthDay.parse(trimmed.startsWith("--") ? trimmed : "--" + trimmed));
	}

	LocalDate deadlineOf(int cycle) {
		return deadline.atYear(cycle + 1);
	}

	static int currentCycle(LocalDate today) {
		return today.getYear() - 1;
	}

	/**
	 * The current cycle's status; null when the coalition owes no report yet (proposed this year) or when it is
	 * not known when it was proposed.
	 */
	ReportingStatus status(Instant proposedAt, Collection<Integer> reportedCycles, LocalDate today) {
		int cycle = currentCycle(today);
		if (proposedAt == null || cycle < proposedAt.atZone(ZoneOffset.UTC).getYear()) {
			return null;
		}
		if (reportedCycles != null && reportedCycles.contains(cycle)) {
			return ReportingStatus.REPORTED;
		}
		return today.isAfter(deadlineOf(cycle)) ? ReportingStatus.OVERDUE : ReportingStatus.DUE;
	}
}
