package org.coalitions.notification.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.coalitions.contracts.CoalitionStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What happened in one coalition, as stored: {@code events} counts the activity events applied
 * ({@link org.coalitions.contracts.Activity}), {@code eventsByDay} per UTC day ({@code yyyy-MM-dd}); status (and
 * since when), balance, quietness and the headline reporting status (cycle, status, deadline as
 * {@code yyyy-MM-dd}) as their latest events said; {@code reportingCycles} each cycle's latest reporting status by
 * year; {@code joinRequests} each join request's times and outcome by request id. The reporting status is coalition-service's, as published; figures that depend on today (windows,
 * risks) are not stored but computed when read ({@link CoalitionActivityView}), so they never go stale.
 */
@Document(CoalitionActivity.COLLECTION)
public record CoalitionActivity(@Id String coalitionId, String name, String theme, String status,
		Instant proposedAt, Instant lastActivityAt, long events, Map<String, Long> eventsByDay, Integer members,
		Integer stakeholderGroups, Boolean balanceMet, Map<String, Integer> byStakeholderGroup,
		Map<String, Integer> byRegion, Integer reportingCycle, String reportingStatus, String reportingDeadline,
		Instant statusSince, Boolean quiet, Integer developingCountryMembers, Map<String, CycleStatus> reportingCycles,
		Map<String, JoinRequest> joinRequests) {

	/** One reporting cycle's status as coalition-service last published it. */
	public record CycleStatus(String status, String deadline) {
	}

	/** One join request: when it came, and when and how it was decided (null while waiting). */
	public record JoinRequest(Instant requestedAt, Instant decidedAt, Boolean approved) {
	}

	static final String COLLECTION = "coalition_activity";

	/**
	 * The status; PROPOSED for a proposed coalition not yet told otherwise (only status events store a status: a
	 * membership event, on another topic, may create the document before the proposal).
	 */
	public String currentStatus() {
		return status == null && proposedAt != null ? CoalitionStatus.PROPOSED.name() : status;
	}

	/** Events on the days from {@code first} to {@code last}, both included. */
	long eventsBetween(LocalDate first, LocalDate last) {
		if (eventsByDay == null) {
			return 0;
		}
		long count = 0;
		for (Map.Entry<String, Long> day : eventsByDay.entrySet()) {
			LocalDate date = LocalDate.parse(day.getKey());
			if (!date.isBefore(first) && !date.isAfter(last)) {
				count += day.getValue();
			}
		}
		return count;
	}
}
