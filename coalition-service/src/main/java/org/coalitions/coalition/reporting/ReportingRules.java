package org.coalitions.coalition.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.ReportingReminder;

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
 * <li>The headline cycle on day D, the report being asked for, depends on the deadlines passed, not on the
 * season: let L be the latest cycle whose deadline is before D (none if that is before Y). If L's report is not
 * published, the headline is L, OVERDUE: the coalition stays asked for it, on 1 January as in June. Otherwise the
 * headline is the cycle after L (Y if there is no L), the one being written, REPORTED or DUE. So in December 2026
 * a coalition that filed 2025 is asked for 2026 (due 31 March 2027) and one that did not for 2025 (overdue); in
 * February 2027 the latter is still asked for 2025.</li>
 * <li>Reminders of the headline report not yet REPORTED, to coalitions on the forum's lists (ACTIVE, INACTIVE),
 * each in its own window so that one that is missed is skipped, not sent late: DUE_IN_30_DAYS from 30 days
 * before the deadline until 7 days before it; DUE_IN_7_DAYS from 7 days before until the deadline day;
 * OVERDUE from the day after the deadline for {@value #OVERDUE_REMINDER_DAYS} days. They thus follow the report
 * being written, and a coalition with an overdue report hears of that one only, not of the next. The registry
 * remembers which it published, so each goes at most once per coalition and cycle.</li>
 * </ul>
 */
public final class ReportingRules {

	/** How long after the deadline the OVERDUE reminder may still go: a check that ran late still sends it. */
	static final int OVERDUE_REMINDER_DAYS = 30;

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

	/**
	 * The cycle whose report is being asked for on {@code today} from a coalition proposed in {@code firstCycle}:
	 * the latest one whose deadline has passed if it is not reported, else the one after it.
	 */
	public int headlineCycle(int firstCycle, Set<Integer> reportedCycles, LocalDate today) {
		// a cycle's deadline is in the next year, so the one of two years ago has always passed
		int latestPassed = today.isAfter(deadlineOf(today.getYear() - 1)) ? today.getYear() - 1 : today.getYear() - 2;
		if (latestPassed < firstCycle) {
			return firstCycle;
		}
		return reportedCycles.contains(latestPassed) ? latestPassed + 1 : latestPassed;
	}

	public CycleStatus headline(int firstCycle, Set<Integer> reportedCycles, LocalDate today) {
		int cycle = headlineCycle(firstCycle, reportedCycles, today);
		return status(cycle, reportedCycles.contains(cycle), today);
	}

	/** Every cycle from the proposal year to this year (the headline is one of them), newest first. */
	public List<CycleStatus> history(int firstCycle, Set<Integer> reportedCycles, LocalDate today) {
		List<CycleStatus> cycles = new ArrayList<>();
		for (int cycle = today.getYear(); cycle >= firstCycle; cycle--) {
			cycles.add(status(cycle, reportedCycles.contains(cycle), today));
		}
		return cycles;
	}

	/** The reminder whose window {@code today} is in, for the headline report of a coalition in {@code status}. */
	public Optional<ReportingReminder> reminderDue(CoalitionStatus status, CycleStatus headline, LocalDate today) {
		if ((status != CoalitionStatus.ACTIVE && status != CoalitionStatus.INACTIVE) || headline == null
				|| headline.state() == ReportingState.REPORTED) {
			return Optional.empty();
		}
		LocalDate due = headline.deadline();
		if (today.isAfter(due)) {
			return today.isAfter(due.plusDays(OVERDUE_REMINDER_DAYS)) ? Optional.empty()
					: Optional.of(ReportingReminder.OVERDUE);
		}
		if (!today.isBefore(due.minusDays(7))) {
			return Optional.of(ReportingReminder.DUE_IN_7_DAYS);
		}
		if (!today.isBefore(due.minusDays(30))) {
			return Optional.of(ReportingReminder.DUE_IN_30_DAYS);
		}
		return Optional.empty();
	}
}
