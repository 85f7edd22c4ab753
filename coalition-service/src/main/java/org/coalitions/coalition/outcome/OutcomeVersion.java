package org.coalitions.coalition.outcome;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A past version of an outcome's text, under the id {@code outcomeId:number}, written from the outcome itself just
 * before a revision replaces it (the current version is the outcome's own title and body). Since a version's
 * content is fixed once the outcome has it, writing it again after a lost race writes the same thing: versions
 * live apart from the outcome so that a long, often revised text cannot outgrow one document.
 */
@Document(OutcomeVersion.COLLECTION)
record OutcomeVersion(@Id String id, String outcomeId, int number, String title, String body, String revisedById,
		String revisedByName, Instant revisedAt) {

	static final String COLLECTION = "outcome_versions";

	static String idOf(String outcomeId, int number) {
		return outcomeId + ":" + number;
	}
}
