package org.coalitions.coalition.outcome;

import java.time.Instant;

/**
 * A file attached to an outcome, as the outcome's document lists it; the bytes are the GridFS file of the same id.
 *
 * @param contentType the type read from the content ({@link DocumentType}), never the one the client sent
 * @param addedByName the name of who attached it, as their token named them
 */
public record OutcomeDocument(String id, String fileName, String contentType, long size, Instant addedAt,
		String addedById, String addedByName) {

	/** Each entry lives in the outcome's own document; a few dozen files per outcome is plenty. */
	static final int MAX_PER_OUTCOME = 50;
}
