package org.coalitions.coalition.outcome;

import java.time.Instant;

import org.coalitions.contracts.OutcomeKind;

record OutcomeView(String id, String coalitionId, OutcomeKind kind, String title, String body, Integer reportingCycle,
		String status, Instant createdAt, Instant publishedAt) {

	static OutcomeView of(Outcome outcome) {
		return new OutcomeView(outcome.getId(), outcome.getCoalitionId(), outcome.getKind(), outcome.getTitle(),
				outcome.getBody(), outcome.getReportingCycle(), outcome.isPublished() ? "PUBLISHED" : "DRAFT",
				outcome.getCreatedAt(), outcome.getPublishedAt());
	}
}
