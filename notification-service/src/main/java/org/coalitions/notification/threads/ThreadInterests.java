package org.coalitions.notification.threads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.messaging.AppliedEvents;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
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

	/** Someone a post concerns, and why. */
	public record Told(Post post, Person person, Reason reason) {
	}

	/**
	 * The people each of these posts concerns, with why, post after post, and records each author as a poster in
	 * the thread (the earliest post counts, so applying the same posts again finds the same people). A poll's worth
	 * of posts costs one read of their threads, one of the people concerned and one unordered bulk write, however
	 * many posts it holds: the feed's batch listener calls this once per poll.
	 */
	public List<Told> posted(List<Post> posts) {
		if (posts.isEmpty()) {
			return List.of();
		}
		Set<String> threadIds = new LinkedHashSet<>();
		posts.forEach(post -> threadIds.add(post.threadId()));
		Map<String, ThreadInterest> stored = new HashMap<>();
		mongo.find(Query.query(Criteria.where("_id").in(threadIds)), ThreadInterest.class)
			.forEach(thread -> stored.put(thread.threadId(), thread));

		// each thread's posters as the posts before the one at hand leave them, and what this poll adds
		Map<String, Map<String, Instant>> posters = new HashMap<>();
		Map<String, Map<String, Instant>> firstPosts = new LinkedHashMap<>();
		Map<String, String> coalitionOf = new HashMap<>();
		List<Map<String, Reason>> candidates = new ArrayList<>(posts.size());
		Set<String> concerned = new LinkedHashSet<>();
		for (Post post : posts) {
			ThreadInterest thread = stored.get(post.threadId());
			Map<String, Instant> known = posters.computeIfAbsent(post.threadId(),
					id -> new HashMap<>(thread == null ? Map.of() : thread.posters()));
			Map<String, Reason> told = new LinkedHashMap<>();
			post.mentionedIds().forEach(id -> told.putIfAbsent(id, Reason.MENTIONED));
			if (post.reply()) {
				known.forEach((id, since) -> {
					if (since.isBefore(post.at())) {
						told.putIfAbsent(id, Reason.PARTICIPANT);
					}
				});
				if (thread != null) {
					thread.followers().forEach(id -> told.putIfAbsent(id, Reason.FOLLOWER));
				}
			}
			if (post.authorId() != null) {
				known.merge(post.authorId(), post.at(), ThreadInterests::earlier);
				firstPosts.computeIfAbsent(post.threadId(), id -> new LinkedHashMap<>())
					.merge(post.authorId(), post.at(), ThreadInterests::earlier);
				coalitionOf.putIfAbsent(post.threadId(), post.coalitionId());
				told.remove(post.authorId());
			}
			candidates.add(told);
			concerned.addAll(told.keySet());
		}
		recordPosters(firstPosts, coalitionOf);

		Map<String, Person> byId = new HashMap<>();
		people.findAll(concerned).forEach(person -> byId.put(person.id(), person));
		List<Told> result = new ArrayList<>();
		for (int i = 0; i < posts.size(); i++) {
			Post post = posts.get(i);
			candidates.get(i).forEach((id, reason) -> {
				Person person = byId.get(id);
				if (person != null && tellable(person, post.coalitionId(), post.threadId(), post.authorId())) {
					result.add(new Told(post, person, reason));
				}
			});
		}
		return result;
	}

	/**
	 * Each thread's new posters ({@code $min}: a redelivered or older post never moves a first post later) in one
	 * unordered bulk upsert. A duplicate key is a thread's first write made at the same moment by a follow or mute:
	 * the document exists now, so the same write again updates it.
	 */
	private void recordPosters(Map<String, Map<String, Instant>> firstPosts, Map<String, String> coalitionOf) {
		if (firstPosts.isEmpty()) {
			return;
		}
		try {
			postersWrite(firstPosts, coalitionOf).execute();
		}
		catch (BulkOperationException partly) {
			AppliedEvents.alreadyApplied(partly); // rethrows unless every failure is such a duplicate key
			postersWrite(firstPosts, coalitionOf).execute();
		}
	}

	private BulkOperations postersWrite(Map<String, Map<String, Instant>> firstPosts, Map<String, String> coalitionOf) {
		BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, ThreadInterest.COLLECTION);
		firstPosts.forEach((threadId, authors) -> {
			Update update = new Update().setOnInsert("coalitionId", coalitionOf.get(threadId));
			authors.forEach((authorId, at) -> update.min("posters." + authorId, at));
			bulk.upsert(Query.query(Criteria.where("_id").is(threadId)), update);
		});
		return bulk;
	}

	private static Instant earlier(Instant one, Instant other) {
		return one.isBefore(other) ? one : other;
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

	/** One thread the person has a stake in: posted in (since when), follows or muted. */
	public record Stake(String threadId, String coalitionId, Interest interest, Instant postedSince) {
	}

	/**
	 * Every thread the person posted in, follows or muted ("download my data"): one read of the threads they posted
	 * in or follow, besides the muted ids the person's record holds; at most {@code limit}.
	 */
	public List<Stake> stakesOf(Person person, int limit) {
		Query query = Query.query(new Criteria().orOperator(Criteria.where("followers").is(person.id()),
				Criteria.where("posters." + person.id()).exists(true), Criteria.where("_id").in(person.mutedThreads())))
			.limit(limit);
		List<Stake> stakes = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (ThreadInterest thread : mongo.find(query, ThreadInterest.class)) {
			seen.add(thread.threadId());
			Interest interest = person.muted(thread.threadId()) ? Interest.MUTED
					: thread.followers().contains(person.id()) ? Interest.FOLLOWING : Interest.NONE;
			stakes.add(new Stake(thread.threadId(), thread.coalitionId(), interest, thread.posters().get(person.id())));
		}
		person.mutedThreads().stream().filter(id -> !seen.contains(id)).limit(Math.max(0, limit - stakes.size()))
			.forEach(id -> stakes.add(new Stake(id, null, Interest.MUTED, null)));
		return stakes;
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
