package org.coalitions.notification.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The secretariat's figures, computed from the stored activity and today's date (UTC, from the injected clock)
 * each time they are read.
 */
@Service
class ActivityFigures {

	private final ActivityProjection projection;

	private final Clock clock;

	/**
	 * The service's one clock (tests move it); the system's UTC clock while the service defines none. The
	 * activity data does not define the service's clock itself: two would make the clock ambiguous.
	 */
	ActivityFigures(ActivityProjection projection, ObjectProvider<Clock> clock) {
		this.projection = projection;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	Optional<CoalitionActivityView> coalition(String coalitionId) {
		return projection.find(coalitionId).map(activity -> CoalitionActivityView.of(activity, today()));
	}

	/** Every coalition, by name. */
	List<CoalitionActivityView> coalitions() {
		LocalDate today = today();
		return projection.all().stream().map(activity -> CoalitionActivityView.of(activity, today)).toList();
	}

	/** The forum's list of inactive coalitions: those longest on it first. */
	List<InactiveCoalition> inactive() {
		return coalitions().stream()
			.filter(CoalitionActivityView::inactive)
			.map(view -> new InactiveCoalition(view.coalitionId(), view.name(), view.inactiveSince(),
					view.missingReports()))
			.sorted(java.util.Comparator.comparing(InactiveCoalition::since,
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList();
	}

	List<CoalitionActivityView> atRisk() {
		return coalitions().stream().filter(CoalitionActivityView::atRisk).toList();
	}

	Timeline timeline(LocalDate from, LocalDate to, Granularity granularity) {
		Map<LocalDate, Long> perDay = new HashMap<>();
		for (CoalitionActivity activity : projection.all()) {
			if (activity.eventsByDay() != null) {
				activity.eventsByDay().forEach((day, count) -> perDay.merge(LocalDate.parse(day), count, Long::sum));
			}
		}
		return Timeline.of(perDay, from, to, granularity, today());
	}

	Breakdown breakdown() {
		Map<String, Long> byStatus = new TreeMap<>();
		Map<String, Long> byTheme = new TreeMap<>();
		Map<String, Long> byGroup = new TreeMap<>();
		long members = 0;
		long developing = 0;
		for (CoalitionActivity activity : projection.all()) {
			String status = activity.currentStatus();
			byStatus.merge(status == null ? CoalitionActivityView.UNKNOWN : status, 1L, Long::sum);
			byTheme.merge(activity.theme() == null ? CoalitionActivityView.UNKNOWN : activity.theme(), 1L, Long::sum);
			if (!CoalitionActivityView.CLOSED.equals(status)) {
				members += activity.members() == null ? 0 : activity.members();
				developing += activity.developingCountryMembers() == null ? 0 : activity.developingCountryMembers();
			}
			if (!CoalitionActivityView.CLOSED.equals(status) && activity.byStakeholderGroup() != null) {
				activity.byStakeholderGroup().forEach((group, inGroup) -> {
					if (inGroup != null && inGroup > 0) {
						byGroup.merge(group, inGroup.longValue(), Long::sum);
					}
				});
			}
		}
		return new Breakdown(byStatus, byTheme, byGroup, members, developing);
	}
}
