package org.coalitions.coalition.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The annual-report rule, the only copy of it: other services show what coalition-service publishes
 * ({@code ReportingStatusChanged}).
 * <ul>
 * <li>Reporting cycles are calendar years. A coalition proposed in year Y owes a report for every cycle from Y
 * on.</li>
 * <li>Cycle c's report is due on the deadline day ({@code coalitions.reporting.deadline}, default 31 March) of
 * year c+1.</li>
 * <li>On day D, cycle c is REPORTED if its annual report is published, else OVERDUE if D is after its deadline,
 * else DUE.</li>
 * <li>The headline cycle on day D, the report being asked for, is max(D's year - 1, Y): last year's, or for a
 * coalition proposed this year its first report (this year's, due next year).</li>
 * </ul>
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

	/** The cycle whose report is being asked for on {@code today} from a coalition proposed in {@code firstCycle}. */
	public int headlineCycle(int firstCycle, LocalDate today) {
		return Math.max(today.getYear() - 1, firstCycle);
	}

	public CycleStatus headline(int firstCycle, Set<Integer> reportedCycles, LocalDate today) {
		int cycle = headlineCycle(firstCycle, today);
		return status(cycle, reportedCycles.contains(cycle), today);
	}

	/** Every cycle from the proposal year to this year, newest first. */
	public List<CycleStatus> history(int firstCycle, Set<Integer> reportedCycles, LocalDate today) {
		List<CycleStatus> cycles = new ArrayList<>();
		for (int cycle = today.getYear(); cycle >= firstCycle; cycle--) {
			cycles.add(status(cycle, reportedCycles.contains(cycle), today));
		}
		return cycles;
	}
}
