package org.coalitions.notification.threads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.platform.domain.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The rules of who a post concerns personally. A post tells the members it mentions, and a reply also those who
 * started or posted in its thread before it and those who follow it; never its author, never someone no longer a
 * member of its coalition, never someone who muted the thread (muting silences mentions too: it is the way out of
 * a thread that will not leave you alone). Each person is told once per post, for the first reason that applies.
 */
@Service
public class ThreadInterests {

	/** Why a post concerns someone, in the order that wins when several apply. */
	public enum Reason {
		MENTIONED, PARTICIPANT, FOLLOWER
	}

	/** What a member asked for a thread; NONE: neither following nor muting (posting in it still counts). */
	public enum Interest {
		FOLLOWING, MUTED, NONE
	}

	private final MongoOperations mongo;

	private final People people;

	ThreadInterests(MongoOperations mongo, People people) {
		this.mongo = mongo;
		this.people = people;
	}

	/**
	 * The people a post concerns, with why, and records its author as a poster in the thread (once: the earliest
	 * post counts, so applying the same post again finds the same people).
	 */
	/** Someone a post concerns, and why. */
	public record Told(Person person, Reason reason) {
	}

	public List<Told> posted(String coalitionId, String threadId, String authorId, Instant at,
			List<String> mentionedIds, boolean reply) {
		ThreadInterest thread = reply ? mongo.findById(threadId, ThreadInterest.class) : null;
		Map<String, Reason> candidates = new LinkedHashMap<>();
		mentionedIds.forEach(id -> candidates.putIfAbsent(id, Reason.MENTIONED));
		if (thread != null) {
			thread.posters().forEach((id, since) -> {
				if (since.isBefore(at)) {
					candidates.putIfAbsent(id, Reason.PARTICIPANT);
				}
			});
			thread.followers().forEach(id -> candidates.putIfAbsent(id, Reason.FOLLOWER));
		}
		if (authorId != null) {
			record(coalitionId, threadId, new Update().min("posters." + authorId, at));
		}
		candidates.remove(authorId);
		List<Told> told = new ArrayList<>();
		for (Person person : people.findAll(candidates.keySet())) {
			if (tellable(person, coalitionId, threadId, authorId)) {
				told.add(new Told(person, candidates.get(person.id())));
			}
		}
		return told;
	}

	/** Whether a post in this thread may be told to the person at all (see the class's rules). */
	public static boolean tellable(Person person, String coalitionId, String threadId, String authorId) {
		return !person.id().equals(authorId) && person.coalitions().containsKey(coalitionId)
				&& !person.muted(threadId);
	}

	/** The person's interest in the thread, and whether they posted in it (which tells them of replies). */
	public record State(Interest interest, boolean participating) {
	}

	public State stateOf(Person person, String coalitionId, String threadId) {
		ThreadInterest thread = known(coalitionId, threadId);
		Interest interest = person.muted(threadId) ? Interest.MUTED
				: thread != null && thread.followers().contains(person.id()) ? Interest.FOLLOWING : Interest.NONE;
		return new State(interest, thread != null && thread.posters().containsKey(person.id()));
	}

	/** Follows, mutes or neither: following and muting exclude each other. */
	public State set(Person person, String coalitionId, String threadId, Interest interest) {
		known(coalitionId, threadId);
		record(coalitionId, threadId, interest == Interest.FOLLOWING ? new Update().addToSet("followers", person.id())
				: new Update().pull("followers", person.id()));
		people.mute(person.id(), threadId, interest == Interest.MUTED);
		return stateOf(people.find(person.id()).orElse(person), coalitionId, threadId);
	}

	/** The thread's record; 404 for a thread this service knows in another coalition; null if not known yet. */
	private ThreadInterest known(String coalitionId, String threadId) {
		ThreadInterest thread = mongo.findById(threadId, ThreadInterest.class);
		if (thread != null && thread.coalitionId() != null && !thread.coalitionId().equals(coalitionId)) {
			throw new NotFoundException("No thread " + threadId + " in coalition " + coalitionId);
		}
		return thread;
	}

	private void record(String coalitionId, String threadId, Update update) {
		Query query = Query.query(Criteria.where("_id").is(threadId));
		update.setOnInsert("coalitionId", coalitionId);
		try {
			mongo.upsert(query, update, ThreadInterest.COLLECTION);
		}
		catch (DuplicateKeyException concurrentFirst) {
			mongo.updateFirst(query, update, ThreadInterest.COLLECTION);
		}
	}
}
