package org.coalitions.coalition.outcome;

import java.time.Instant;

/** A file of an outcome as the API shows it: no ids of people, the name of who added it. */
record DocumentView(String id, String fileName, String contentType, long size, Instant addedAt, String addedByName) {

	static DocumentView of(OutcomeDocument document) {
		return new DocumentView(document.id(), document.fileName(), document.contentType(), document.size(),
				document.addedAt(), document.addedByName());
	}
}
