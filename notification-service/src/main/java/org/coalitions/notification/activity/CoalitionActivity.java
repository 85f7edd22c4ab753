package org.coalitions.notification.activity;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What happened in one coalition: {@code events} counts every event applied, {@code eventsByDay} per UTC day
 * ({@code yyyy-MM-dd}); status and balance as their latest events said.
 */
@Document(CoalitionActivity.COLLECTION)
public record CoalitionActivity(@Id String coalitionId, String name, String theme, String status,
		Instant proposedAt, Instant lastActivityAt, long events, Map<String, Long> eventsByDay, Integer members,
		Integer stakeholderGroups, Boolean balanceMet) {

	static final String COLLECTION = "coalition_activity";
}
