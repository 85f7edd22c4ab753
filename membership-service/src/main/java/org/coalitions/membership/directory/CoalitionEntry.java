package org.coalitions.membership.directory;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A coalition as membership-service knows it, projected from coalition events. */
@Document(CoalitionEntry.COLLECTION)
public record CoalitionEntry(@Id String coalitionId, String name, String theme, String joinPolicy, String status,
		String proposerId, Instant updatedAt) {

	static final String COLLECTION = "coalition_directory";
}
