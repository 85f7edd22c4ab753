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
 * <li>The headline cycle on day D, the report being asked for, is max(D's year - 1, Y): last year's, or for a
 * coalition proposed this year its first report (this year's, due next year).</li>
 * <li>Reminders of the headline report not yet REPORTED, to coalitions on the forum's lists (ACTIVE, INACTIVE),
 * each in its own window so that one that is missed is skipped, not sent late: DUE_IN_30_DAYS from 30 days
 * before the deadline until 7 days before it; DUE_IN_7_DAYS from 7 days before until the deadline day;
 * OVERDUE from the day after the deadline for {@value #OVERDUE_REMINDER_DAYS} days. The registry remembers which
 * it published, so each goes at most once per coalition and cycle.</li>
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
