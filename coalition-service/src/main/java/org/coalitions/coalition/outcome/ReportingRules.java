package org.coalitions.coalition.outcome;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reporting cycles are calendar years; the annual report of year Y is due on the deadline day of year Y+1
 * (default 31 March). A coalition owes reports from the year it was proposed on.
 */
public final class ReportingRules {

	private final MonthDay deadline;

	public ReportingRules(MonthDay deadline) {
		this.deadline = deadline;
	}

	public LocalDate deadlineOf(int cycle) {
		return deadline.atYear(cycle + 1);
	}

	public CycleStatus status(int cycle, boolean reported, LocalDate today) {
		if (reported) {
			return new CycleStatus(cycle, ReportingState.REPORTED, deadlineOf(cycle));
		}
		return new CycleStatus(cycle, today.isAfter(deadlineOf(cycle)) ? ReportingState.OVERDUE : ReportingState.DUE,
				deadlineOf(cycle));
	}

	/** Every cycle from the proposal year to this year, newest first. */
	public List<CycleStatus> history(int firstCycle, Set<Integer> reportedCycles, LocalDate today) {
		List<CycleStatus> cycles = new ArrayList<>();
		for (int cycle = today.getYear(); cycle >= firstCycle; cycle--) {
			cycles.add(status(cycle, reportedCycles.contains(cycle), today));
		}
		return cycles;
	}

	/** The cycle whose report is being asked for now: last year's until its deadline has passed, and after. */
	public int currentCycle(LocalDate today) {
		return today.getYear() - 1;
	}
}
