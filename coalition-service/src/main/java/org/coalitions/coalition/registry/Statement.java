package org.coalitions.coalition.registry;

import java.time.Instant;
import java.util.List;

/**
 * One version of a coalition's formation statement, with who wrote it (their id) and when. Version 1 comes with
 * the proposal; each revision adds the next.
 */
public record Statement(int version, String rationale, String actionPlan, List<String> contactPersons,
		String mailingList, String authorId, Instant writtenAt) {

	static Statement of(int version, StatementText text, String authorId, Instant at) {
		return new Statement(version, text.rationale().strip(), text.actionPlan().strip(),
				text.contactPersons().stream().map(String::strip).toList(),
				text.mailingList() == null || text.mailingList().isBlank() ? null : text.mailingList().strip(),
				authorId, at);
	}
}
