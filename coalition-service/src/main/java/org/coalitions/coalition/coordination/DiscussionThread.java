package org.coalitions.coalition.coordination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.coalitions.contracts.PostHidden;
import org.coalitions.contracts.PostRestored;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.domain.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A discussion thread; its replies live in its document, so a reply and its event are one write. Its rules for a
 * post: only its author edits it (each earlier text kept on the post, for the coordinators and the secretariat),
 * and only from the text as it was last ({@code revision}: a stale edit is a conflict, never a lost update); only
 * its author removes it (text and earlier texts gone, a mark stays so the thread still reads); a post removed
 * stays removed; moderators hide a post with a reason and show it again. The thread's title is the thread's, not
 * its opening post's: it stays whatever happens to that post, since replies were written under it.
 */
@Document("threads")
public class DiscussionThread extends OutboxAggregate {

	static final int MAX_REPLIES = 2000;

	private String coalitionId;

	private String title;

	private Post opening;

	private List<Post> replies = new ArrayList<>();

	private Instant lastPostAt;

	protected DiscussionThread() {
	}

	static DiscussionThread start(String coalitionId, String title, String body, String authorId, String authorName,
			List<String> mentionedIds, Instant now) {
		DiscussionThread thread = new DiscussionThread();
		thread.id = UUID.randomUUID().toString();
		thread.coalitionId = coalitionId;
		thread.title = title.strip();
		thread.opening = Post.written(UUID.randomUUID().toString(), authorId, authorName, body.strip(), now);
		thread.lastPostAt = now;
		thread.record(new ThreadStarted(coalitionId, thread.id, thread.title, authorId, authorName, mentionedIds), authorId, now);
		return thread;
	}

	Post reply(String body, String authorId, String authorName, List<String> mentionedIds, Instant now) {
		if (replies.size() >= MAX_REPLIES) {
			throw RuleViolationException.unprocessable("This thread is full; please start a new one.");
		}
		Post reply = Post.written(UUID.randomUUID().toString(), authorId, authorName, body.strip(), now);
		replies.add(reply);
		lastPostAt = now;
		record(new ReplyPosted(coalitionId, id, reply.postId(), title, authorId, authorName, mentionedIds), authorId, now);
		return reply;
	}

	/** The author's new text, based on {@code basedOn} (the revision they edited): 409 when it is not the latest. */
	Post edit(String postId, String body, int basedOn, String editorId, Instant now) {
		Post post = post(postId);
		requireAuthor(post, editorId, "edit");
		if (post.isRemoved()) {
			throw RuleViolationException.conflict("This post was removed by its author; it cannot be edited.");
		}
		if (post.currentRevision() != basedOn) {
			throw RuleViolationException.conflict("This post was edited meanwhile (now revision "
					+ post.currentRevision() + "); reload it and edit that text.");
		}
		String text = body.strip();
		if (text.equals(post.body())) {
			return post;
		}
		List<Version> earlier = new ArrayList<>(post.earlierVersionsOrNone());
		earlier.add(new Version(post.currentRevision(), post.body(),
				post.editedAt() == null ? post.postedAt() : post.editedAt()));
		return replace(new Post(post.postId(), post.authorId(), post.authorName(), text, post.postedAt(), now,
				post.currentRevision() + 1, earlier, null, post.hidden()));
	}

	/** Its author removes it: the text and its earlier versions go; a mark stays in the thread. */
	Post remove(String postId, String authorId, Instant now) {
		Post post = post(postId);
		requireAuthor(post, authorId, "remove");
		if (post.isRemoved()) {
			return post;
		}
		return replace(new Post(post.postId(), post.authorId(), post.authorName(), null, post.postedAt(),
				post.editedAt(), post.currentRevision(), List.of(), now, null));
	}

	/** A moderator hides it from members, with the reason the author is told. */
	Post hide(String postId, String reason, String moderatorId, Instant now) {
		Post post = post(postId);
		if (post.isRemoved()) {
			throw RuleViolationException.conflict("This post was removed by its author; there is nothing to hide.");
		}
		if (post.isHidden()) {
			throw RuleViolationException.conflict("This post is hidden already.");
		}
		Post hidden = replace(post.withHidden(new Hiding(moderatorId, now, reason.strip())));
		record(new PostHidden(coalitionId, id, postId, title, post.authorId(), reason.strip()), moderatorId, now);
		return hidden;
	}

	/** A moderator shows a hidden post again. */
	Post unhide(String postId, String moderatorId, Instant now) {
		Post post = post(postId);
		if (!post.isHidden()) {
			throw RuleViolationException.conflict("This post is not hidden.");
		}
		Post shown = replace(post.withHidden(null));
		record(new PostRestored(coalitionId, id, postId, title, post.authorId()), moderatorId, now);
		return shown;
	}

	Post post(String postId) {
		if (opening.postId().equals(postId)) {
			return opening;
		}
		return replies.stream()
			.filter(reply -> reply.postId().equals(postId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No post " + postId + " in thread " + id));
	}

	private static void requireAuthor(Post post, String personId, String what) {
		if (!post.authorId().equals(personId)) {
			throw new ForbiddenException("Only its author may " + what + " a post.");
		}
	}

	private Post replace(Post changed) {
		if (opening.postId().equals(changed.postId())) {
			opening = changed;
		}
		else {
			replies.replaceAll(reply -> reply.postId().equals(changed.postId()) ? changed : reply);
		}
		return changed;
	}

	public String getCoalitionId() {
		return coalitionId;
	}

	public String getTitle() {
		return title;
	}

	public Post getOpening() {
		return opening;
	}

	public List<Post> getReplies() {
		return List.copyOf(replies);
	}

	public Instant getLastPostAt() {
		return lastPostAt;
	}

	/**
	 * One post: the opening one or a reply. Text is stored as given and escaped wherever it is shown.
	 * {@code revision} counts its texts (1 as written; null in posts stored before editing existed, read as 1);
	 * {@code earlierVersions} are the texts an edit replaced, oldest first; {@code removedAt} says its author
	 * removed it (its text is gone); {@code hidden} says a moderator hid it, when and why.
	 */
	public record Post(String postId, String authorId, String authorName, String body, Instant postedAt,
			Instant editedAt, Integer revision, List<Version> earlierVersions, Instant removedAt, Hiding hidden) {

		static Post written(String postId, String authorId, String authorName, String body, Instant now) {
			return new Post(postId, authorId, authorName, body, now, null, 1, List.of(), null, null);
		}

		public int currentRevision() {
			return revision == null ? 1 : revision;
		}

		public List<Version> earlierVersionsOrNone() {
			return earlierVersions == null ? List.of() : earlierVersions;
		}

		public boolean isRemoved() {
			return removedAt != null;
		}

		public boolean isHidden() {
			return hidden != null;
		}

		Post withHidden(Hiding hiding) {
			return new Post(postId, authorId, authorName, body, postedAt, editedAt, revision, earlierVersions,
					removedAt, hiding);
		}
	}

	/** A text a post had before an edit, and since when it had it. */
	public record Version(int revision, String body, Instant writtenAt) {
	}

	/** Who hid a post, when, and the reason they gave. */
	public record Hiding(String by, Instant at, String reason) {
	}
}
