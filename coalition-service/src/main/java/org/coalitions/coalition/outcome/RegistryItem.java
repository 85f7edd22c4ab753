package org.coalitions.coalition.outcome;

import java.time.Instant;

import org.bson.Document;
import org.coalitions.contracts.OutcomeKind;
import org.coalitions.contracts.OutcomeRecord;
import org.coalitions.contracts.OutcomeTally;

/**
 * A published outcome as the registry lists it: with its coalition's name and theme ({@code themeName} is the
 * coalition's own name for the theme OTHER), and its record (the positions held, in a sentence, and the tally).
 * Never the text: the coalition's page shows it.
 */
record RegistryItem(String coalitionId, String coalitionName, String theme, String themeName, String outcomeId,
		OutcomeKind kind, String title, Integer reportingCycle, Instant publishedAt, String record,
		OutcomeTally tally) {

	static RegistryItem of(Outcome outcome, Document coalition) {
		return new RegistryItem(outcome.getCoalitionId(), coalition == null ? null : coalition.getString("name"),
				coalition == null ? null : coalition.getString("theme"),
				coalition == null ? null : coalition.getString("themeName"), outcome.getId(), outcome.getKind(),
				outcome.getTitle(), outcome.getReportingCycle(), outcome.getPublishedAt(),
				OutcomeRecord.of(outcome.isCommentWindowHeld(), outcome.getTally()),
				outcome.isCommentWindowHeld() ? outcome.getTally() : null);
	}
}
