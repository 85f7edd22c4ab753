package org.coalitions.notification.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.Risk;

/**
 * One coalition's figures as the secretariat sees them, on a given day: the stored activity plus what depends
 * on the date (the 30- and 90-day windows, both ending today). The reporting status is the headline
 * coalition-service published last (the cycle being asked for, its status and deadline); null until it has;
 * {@code reportingCycles} every cycle it published, oldest first, and {@code missingReports} the cycles whose
 * report is overdue. {@code inactive}: on the forum's list of inactive coalitions, since {@code inactiveSince}.
 * {@code quiet} is as coalition-service published it ({@code QuietnessChanged}).
 * {@code stakeholderGroups} and {@code regions} are those with at least one member, {@code UNKNOWN} left out:
 * it covers nobody.
 */
public record CoalitionActivityView(String coalitionId, String name, String theme, String status, int members,
		List<String> stakeholderGroups, List<String> regions, boolean balanceMet, int developingCountryMembers,
		Instant lastActivityAt, long eventsLast30Days, long eventsLast90Days, String reportingStatus,
		Integer reportingCycle, LocalDate reportingDeadline, List<CycleReport> reportingCycles,
		List<Integer> missingReports, boolean inactive, Instant inactiveSince, boolean quiet,
		JoinRequestFigures joinRequests, List<Risk> risks) {

	static final String OVERDUE = "OVERDUE";

	static final String CLOSED = CoalitionStatus.CLOSED.name();

	static final String INACTIVE = CoalitionStatus.INACTIVE.name();

	static final String UNKNOWN = "UNKNOWN";

	/** One reporting cycle's status and deadline, as coalition-service last published them. */
	public record CycleReport(int cycle, String status, LocalDate deadline) {
	}

	static CoalitionActivityView of(CoalitionActivity activity, LocalDate today) {
		String status = activity.currentStatus();
		boolean balanceMet = Boolean.TRUE.equals(activity.balanceMet());
		long last30 = activity.eventsBetween(today.minusDays(29), today);
		long last90 = activity.eventsBetween(today.minusDays(89), today);
		boolean closed = CLOSED.equals(status);
		boolean quiet = Boolean.TRUE.equals(activity.quiet());
		List<CycleReport> cycles = cycles(activity.reportingCycles());
		List<Risk> risks = new ArrayList<>();
		if (!balanceMet && !closed) {
			risks.add(Risk.UNBALANCED);
		}
		if (OVERDUE.equals(activity.reportingStatus())) {
			risks.add(Risk.REPORT_OVERDUE);
		}
		if (quiet && !closed) {
			risks.add(Risk.QUIET);
		}
		boolean inactive = INACTIVE.equals(status);
		return new CoalitionActivityView(activity.coalitionId(), activity.name(), activity.theme(), status,
				activity.members() == null ? 0 : activity.members(), covered(activity.byStakeholderGroup()),
				covered(activity.byRegion()), balanceMet,
				activity.developingCountryMembers() == null ? 0 : activity.developingCountryMembers(),
				activity.lastActivityAt(), last30, last90, activity.reportingStatus(), activity.reportingCycle(),
				activity.reportingDeadline() == null ? null : LocalDate.parse(activity.reportingDeadline()), cycles,
				cycles.stream().filter(cycle -> OVERDUE.equals(cycle.status())).map(CycleReport::cycle).toList(),
				inactive, inactive ? activity.statusSince() : null, quiet,
				JoinRequestFigures.of(activity.joinRequests() == null ? null : activity.joinRequests().values()),
				List.copyOf(risks));
	}

	boolean atRisk() {
		return !risks.isEmpty();
	}

	private static List<CycleReport> cycles(Map<String, CoalitionActivity.CycleStatus> cycles) {
		if (cycles == null) {
			return List.of();
		}
		return cycles.entrySet()
			.stream()
			.map(cycle -> new CycleReport(Integer.parseInt(cycle.getKey()), cycle.getValue().status(),
					cycle.getValue().deadline() == null ? null : LocalDate.parse(cycle.getValue().deadline())))
			.sorted(Comparator.comparingInt(CycleReport::cycle))
			.toList();
	}

	private static List<String> covered(Map<String, Integer> counts) {
		if (counts == null) {
			return List.of();
		}
		return counts.entrySet()
			.stream()
			.filter(entry -> entry.getValue() != null && entry.getValue() > 0 && !UNKNOWN.equals(entry.getKey()))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}
}
