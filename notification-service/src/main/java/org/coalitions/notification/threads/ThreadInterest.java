package org.coalitions.notification.threads;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thread as its events and its followers made it: {@code posters} by person id, when each first posted (the
 * starter included), so a redelivered reply tells the same people as the first time; {@code followers}, who asked
 * to hear of its replies. Mutes live on the person ({@code Person.mutedThreads}): their feed reads them.
 */
@Document(ThreadInterest.COLLECTION)
record ThreadInterest(@Id String threadId, String coalitionId, Map<String, Instant> posters, List<String> followers) {

	static final String COLLECTION = "thread_interest";

	ThreadInterest {
		posters = posters == null ? Map.of() : Map.copyOf(posters);
		followers = followers == null ? List.of() : List.copyOf(followers);
	}
}
