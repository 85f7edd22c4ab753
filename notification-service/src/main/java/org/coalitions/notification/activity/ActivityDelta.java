package org.coalitions.notification.activity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.coalitions.contracts.Activity;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.JoinRequestDecided;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.QuietnessChanged;
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What some events of one coalition change in its activity, as one update: activity ({@link Activity}) counted
 * per day and its latest time, and the values the later of two events sets (name, status and since when,
 * balance, quietness, the published reporting status, and each cycle's), and each join request's times and
 * outcome (by request id: a decision and its request set different fields, so they never conflict in one
 * update). One event's update and a batch's are made the same way, so they cannot disagree.
 */
final class ActivityDelta {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private long events;

	private final Map<String, Long> eventsByDay = new LinkedHashMap<>();

	private Instant lastActivityAt;

	private final Map<String, Object> latest = new LinkedHashMap<>();

	static ActivityDelta of(ReceivedEvent<?> event) {
		ActivityDelta delta = new ActivityDelta();
		delta.add(event);
		return delta;
	}

	/** Adds the effect of an event later than those added before. */
	ActivityDelta add(ReceivedEvent<?> event) {
		if (Activity.isActivity(event.data())) {
			events++;
			eventsByDay.merge(DAY.format(event.time()), 1L, Long::sum);
			if (lastActivityAt == null || event.time().isAfter(lastActivityAt)) {
				lastActivityAt = event.time();
			}
		}
		if (event.data() instanceof CoalitionProposed proposal) {
			latest.put("name", proposal.name());
			latest.put("theme", proposal.theme());
			latest.put("proposedAt", event.time());
		}
		else if (event.data() instanceof CoalitionStatusChanged changed) {
			latest.put("status", changed.to());
			latest.put("statusSince", event.time());
		}
		else if (event.data() instanceof QuietnessChanged quietness) {
			latest.put("quiet", quietness.quiet());
		}
		else if (event.data() instanceof JoinRequested request) {
			latest.put("joinRequests." + request.requestId() + ".requestedAt", event.time());
		}
		else if (event.data() instanceof JoinRequestDecided decision) {
			latest.put("joinRequests." + decision.requestId() + ".decidedAt", event.time());
			latest.put("joinRequests." + decision.requestId() + ".approved", decision.approved());
		}
		else if (event.data() instanceof BalanceChanged balance) {
			latest.put("members", balance.members());
			latest.put("stakeholderGroups", balance.distinctStakeholderGroups());
			latest.put("balanceMet", balance.ruleMet());
			latest.put("byStakeholderGroup", balance.byStakeholderGroup());
			latest.put("byRegion", balance.byRegion());
			latest.put("developingCountryMembers", balance.developingCountryMembers());
		}
		else if (event.data() instanceof ReportingStatusChanged reporting) {
			latest.put("reportingCycle", reporting.cycle());
			latest.put("reportingStatus", reporting.status());
			latest.put("reportingDeadline", reporting.deadline() == null ? null : reporting.deadline().toString());
			latest.put("reportingCycles." + reporting.cycle(), new org.bson.Document("status", reporting.status())
				.append("deadline", reporting.deadline() == null ? null : reporting.deadline().toString()));
		}
		return this;
	}

	Update toUpdate() {
		Update update = new Update().inc("events", events);
		if (lastActivityAt != null) {
			update.max("lastActivityAt", lastActivityAt);
		}
		eventsByDay.forEach((day, count) -> update.inc("eventsByDay." + day, count));
		// no stored PROPOSED for a proposal: whether it would be stored depends on which topic created the document
		// first (a balance may come before the proposal, in a replay above all); a proposed coalition without a
		// status event reads as PROPOSED (CoalitionActivity.currentStatus)
		latest.forEach(update::set);
		return update;
	}
}
