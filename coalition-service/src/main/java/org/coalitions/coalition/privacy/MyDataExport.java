package org.coalitions.coalition.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.coalitions.coalition.audit.PersonalAudit;
import org.coalitions.coalition.coordination.DiscussionThread;
import org.coalitions.coalition.moderation.PostingSuspension;
import org.coalitions.coalition.outcome.MemberPosition;
import org.coalitions.coalition.outcome.Outcome;
import org.coalitions.coalition.outcome.OutcomeComment;
import org.coalitions.coalition.outcome.OutcomeDocument;
import org.coalitions.coalition.registry.Coalition;
import org.coalitions.coalition.registry.Statement;
import org.coalitions.contracts.OutcomeKind;
import org.coalitions.contracts.Position;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * What coalition-service holds about one person: the coalitions they proposed and the formation statements they
 * wrote, their posts (current text, earlier versions, removal and hiding), their comments on outcomes and their
 * positions (anonymous ones too: they are theirs), the outcomes they wrote and the files they attached, their
 * suspensions, and what the audit trail records as done by them.
 * <p>
 * One query per kind of thing, each bounded by {@link #LIMIT} items, whatever the number of coalitions or threads:
 * the embedded store scans a collection for any query not by id. Other people appear only by the names the
 * person's own threads and coalitions show; a statement's contact entries are kept only when they name the
 * person (their name or address), since the others are someone else's.
 */
@Service
class MyDataExport {

	static final String SERVICE = "coalition-service";

	/** Far more than any one person writes; a bound so that one export cannot read without end. */
	static final int LIMIT = 10_000;

	private final MongoOperations mongo;

	private final PersonalAudit audit;

	private final Clock clock;

	MyDataExport(MongoOperations mongo, PersonalAudit audit, Clock clock) {
		this.mongo = mongo;
		this.audit = audit;
		this.clock = clock;
	}

	CoalitionData of(CurrentUser person) {
		Instant generatedAt = clock.instant();
		String me = person.id();
		List<Coalition> coalitions = find(new Criteria().orOperator(Criteria.where("proposerId").is(me),
				Criteria.where("statementVersions.authorId").is(me)), Coalition.class, "proposedAt");
		List<DiscussionThread> threads = find(new Criteria().orOperator(Criteria.where("opening.authorId").is(me),
				Criteria.where("replies.authorId").is(me)), DiscussionThread.class, "lastPostAt");
		List<OutcomeComment> comments = find(Criteria.where("authorId").is(me), OutcomeComment.class, "createdAt");
		List<MemberPosition> positions = find(Criteria.where("memberId").is(me), MemberPosition.class, "recordedAt");
		List<Outcome> outcomes = find(new Criteria().orOperator(Criteria.where("authorId").is(me),
				Criteria.where("documents.addedById").is(me)), Outcome.class, "createdAt");
		List<PostingSuspension> suspensions = find(Criteria.where("memberId").is(me), PostingSuspension.class,
				"suspendedAt");

		Set<String> named = new HashSet<>();
		threads.forEach(thread -> named.add(thread.getCoalitionId()));
		comments.forEach(comment -> named.add(comment.getCoalitionId()));
		positions.forEach(position -> named.add(position.getCoalitionId()));
		outcomes.forEach(outcome -> named.add(outcome.getCoalitionId()));
		suspensions.forEach(suspension -> named.add(suspension.getCoalitionId()));
		Map<String, String> names = names(named);
		Map<String, String> titles = outcomeTitles(outcomes, comments, positions);

		List<Proposal> proposed = new ArrayList<>();
		List<StatementVersion> statements = new ArrayList<>();
		for (Coalition coalition : coalitions) {
			if (me.equals(coalition.getProposerId())) {
				proposed.add(new Proposal(coalition.getId(), coalition.getName(), coalition.getSummary(),
						coalition.getStatus().name(), coalition.getProposedAt()));
			}
			for (Statement statement : coalition.getStatementVersions() == null ? List.<Statement>of()
					: coalition.getStatementVersions()) {
				if (me.equals(statement.authorId())) {
					statements.add(new StatementVersion(coalition.getId(), coalition.getName(), statement.version(),
							statement.rationale(), statement.actionPlan(),
							aboutThem(statement.contactPersons(), person), statement.writtenAt()));
				}
			}
		}
		List<Post> posts = new ArrayList<>();
		for (DiscussionThread thread : threads) {
			addIfTheirs(posts, thread, thread.getOpening(), true, me, names);
			thread.getReplies().forEach(reply -> addIfTheirs(posts, thread, reply, false, me, names));
		}
		List<Comment> commentsOut = comments.stream()
			.map(comment -> new Comment(comment.getCoalitionId(), names.get(comment.getCoalitionId()),
					comment.getOutcomeId(), titles.get(comment.getOutcomeId()), comment.getId(), comment.getText(),
					comment.getQuote(), comment.getInReplyTo(), comment.getCreatedAt()))
			.toList();
		List<PositionTaken> positionsOut = positions.stream()
			.map(position -> new PositionTaken(position.getCoalitionId(), names.get(position.getCoalitionId()),
					position.getOutcomeId(), titles.get(position.getOutcomeId()), position.getPosition(),
					position.getReason(), position.isAnonymous(), position.getStakeholderGroup(),
					position.getRecordedAt()))
			.toList();
		List<OutcomeWritten> written = new ArrayList<>();
		List<DocumentAdded> documents = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			if (me.equals(outcome.getAuthorId())) {
				written.add(new OutcomeWritten(outcome.getCoalitionId(), names.get(outcome.getCoalitionId()),
						outcome.getId(), outcome.getKind(), outcome.getTitle(), outcome.isPublished(),
						outcome.getCreatedAt(), outcome.getPublishedAt()));
			}
			for (OutcomeDocument document : outcome.getDocuments()) {
				if (me.equals(document.addedById())) {
					documents.add(new DocumentAdded(outcome.getCoalitionId(), outcome.getId(), outcome.getTitle(),
							document.id(), document.fileName(), document.contentType(), document.size(),
							document.addedAt()));
				}
			}
		}
		List<Suspension> suspensionsOut = suspensions.stream()
			.map(suspension -> new Suspension(suspension.getCoalitionId(), names.get(suspension.getCoalitionId()),
					suspension.getSuspendedAt(), suspension.getUntil(), suspension.getReason(),
					suspension.getLiftedAt()))
			.toList();
		return new CoalitionData(SERVICE, generatedAt, me, proposed, statements, posts, commentsOut, positionsOut,
				written, documents, suspensionsOut, audit.actsOf(me, LIMIT));
	}

	private <T> List<T> find(Criteria criteria, Class<T> type, String oldestFirstBy) {
		return mongo.find(Query.query(criteria).with(Sort.by(oldestFirstBy)).limit(LIMIT), type);
	}

	/** The names of these coalitions, in one query (the coordination group's space is no coalition: none). */
	private Map<String, String> names(Collection<String> coalitionIds) {
		if (coalitionIds.isEmpty()) {
			return Map.of();
		}
		Query query = Query.query(Criteria.where("_id").in(coalitionIds));
		query.fields().include("name");
		return mongo.find(query, org.bson.Document.class, "coalitions")
			.stream()
			.filter(coalition -> coalition.getString("name") != null)
			.collect(Collectors.toMap(coalition -> coalition.get("_id").toString(),
					coalition -> coalition.getString("name")));
	}

	/** The titles of the outcomes the person commented on or took a position on, in one query. */
	private Map<String, String> outcomeTitles(List<Outcome> known, List<OutcomeComment> comments,
			List<MemberPosition> positions) {
		Map<String, String> titles = new java.util.HashMap<>();
		known.forEach(outcome -> titles.put(outcome.getId(), outcome.getTitle()));
		Set<String> missing = new HashSet<>();
		comments.forEach(comment -> missing.add(comment.getOutcomeId()));
		positions.forEach(position -> missing.add(position.getOutcomeId()));
		missing.removeAll(titles.keySet());
		if (!missing.isEmpty()) {
			Query query = Query.query(Criteria.where("_id").in(missing));
			query.fields().include("title");
			mongo.find(query, org.bson.Document.class, "outcomes")
				.forEach(outcome -> titles.put(outcome.get("_id").toString(), outcome.getString("title")));
		}
		return titles;
	}

	private static void addIfTheirs(List<Post> posts, DiscussionThread thread, DiscussionThread.Post post,
			boolean opening, String me, Map<String, String> names) {
		if (post == null || !me.equals(post.authorId())) {
			return;
		}
		posts.add(new Post(thread.getCoalitionId(), names.get(thread.getCoalitionId()), thread.getId(),
				thread.getTitle(), post.postId(), opening, post.body(), post.postedAt(), post.editedAt(),
				post.currentRevision(), post.earlierVersionsOrNone(), post.removedAt(),
				post.hidden() == null ? null : new Hiding(post.hidden().at(), post.hidden().reason())));
	}

	/** The contact entries that name the person: by their address or their name, in any case. */
	private static List<String> aboutThem(List<String> contacts, CurrentUser person) {
		if (contacts == null) {
			return List.of();
		}
		List<String> marks = new ArrayList<>();
		if (person.email() != null && !person.email().isBlank()) {
			marks.add(person.email().toLowerCase(Locale.ROOT));
		}
		if (person.name() != null && !person.name().isBlank()) {
			marks.add(person.name().toLowerCase(Locale.ROOT));
		}
		return contacts.stream()
			.filter(contact -> marks.stream().anyMatch(mark -> contact.toLowerCase(Locale.ROOT).contains(mark)))
			.toList();
	}

	/** coalition-service's part of the file. */
	record CoalitionData(String service, Instant generatedAt, String personId, List<Proposal> coalitionsProposed,
			List<StatementVersion> statementsWritten, List<Post> posts, List<Comment> outcomeComments,
			List<PositionTaken> positions, List<OutcomeWritten> outcomesWritten, List<DocumentAdded> documentsAdded,
			List<Suspension> postingSuspensions, List<PersonalAudit.Act> auditTrail) {
	}

	record Proposal(String coalitionId, String name, String summary, String status, Instant proposedAt) {
	}

	/** A formation statement version they wrote; {@code contactEntriesAboutThem}: only the entries naming them. */
	record StatementVersion(String coalitionId, String coalitionName, int version, String rationale,
			String actionPlan, List<String> contactEntriesAboutThem, Instant writtenAt) {
	}

	/**
	 * One of their posts: the text as it is now (null once they removed it), its earlier versions, and a
	 * moderator's hiding of it, with the reason they gave.
	 */
	record Post(String coalitionId, String coalitionName, String threadId, String threadTitle, String postId,
			boolean openingPost, String body, Instant postedAt, Instant editedAt, int revision,
			List<DiscussionThread.Version> earlierVersions, Instant removedAt, Hiding hidden) {
	}

	record Hiding(Instant at, String reason) {
	}

	record Comment(String coalitionId, String coalitionName, String outcomeId, String outcomeTitle,
			String commentId, String text, String quote, String inReplyTo, Instant createdAt) {
	}

	record PositionTaken(String coalitionId, String coalitionName, String outcomeId, String outcomeTitle,
			Position position, String reason, boolean anonymous, String stakeholderGroup, Instant recordedAt) {
	}

	record OutcomeWritten(String coalitionId, String coalitionName, String outcomeId, OutcomeKind kind, String title,
			boolean published, Instant createdAt, Instant publishedAt) {
	}

	record DocumentAdded(String coalitionId, String outcomeId, String outcomeTitle, String documentId,
			String fileName, String contentType, long size, Instant addedAt) {
	}

	record Suspension(String coalitionId, String coalitionName, Instant suspendedAt, Instant until, String reason,
			Instant liftedAt) {
	}
}
