package org.coalitions.coalition.coordination;

import java.time.Instant;
import java.util.List;

import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a thread's posts, named as {@link DiscussionThread} lists them. */
class DiscussionThreadTests {

	static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

	final DiscussionThread thread = DiscussionThread.start("c1", "House rules", "Be kind.", "ana", "Ana", List.of(), NOW);

	final String reply = thread.reply("Draft one.", "bo", "Bo", List.of(), NOW).postId();

	@Test
	void onlyItsAuthorEditsAPostAndEachEarlierTextIsKept() {
		assertThatThrownBy(() -> thread.edit(reply, "Mine", 1, "ana", NOW)).isInstanceOf(ForbiddenException.class);
		DiscussionThread.Post edited = thread.edit(reply, " Draft two. ", 1, "bo", NOW.plusSeconds(60));
		thread.edit(reply, "Draft three.", 2, "bo", NOW.plusSeconds(120));

		DiscussionThread.Post post = thread.post(reply);
		assertThat(edited.body()).isEqualTo("Draft two.");
		assertThat(post.currentRevision()).isEqualTo(3);
		assertThat(post.editedAt()).isEqualTo(NOW.plusSeconds(120));
		assertThat(post.earlierVersionsOrNone()).extracting(DiscussionThread.Version::body)
			.containsExactly("Draft one.", "Draft two.");
		assertThat(post.earlierVersionsOrNone()).extracting(DiscussionThread.Version::writtenAt)
			.containsExactly(NOW, NOW.plusSeconds(60));
	}

	@Test
	void anEditFromAnOlderRevisionIsAConflictNotALostUpdate() {
		thread.edit(reply, "Draft two.", 1, "bo", NOW);
		assertThatThrownBy(() -> thread.edit(reply, "From an old page", 1, "bo", NOW))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).isConflict()).isTrue());
		assertThat(thread.post(reply).body()).isEqualTo("Draft two.");
	}

	@Test
	void onlyItsAuthorRemovesAPostWhoseTextsGoWhileAMarkStays() {
		thread.edit(reply, "Draft two.", 1, "bo", NOW);
		assertThatThrownBy(() -> thread.remove(reply, "ana", NOW)).isInstanceOf(ForbiddenException.class);
		thread.remove(reply, "bo", NOW.plusSeconds(5));

		DiscussionThread.Post post = thread.post(reply);
		assertThat(thread.getReplies()).hasSize(1);
		assertThat(post.isRemoved()).isTrue();
		assertThat(post.body()).isNull();
		assertThat(post.earlierVersionsOrNone()).isEmpty();
		assertThat(post.authorName()).isEqualTo("Bo");
		assertThatThrownBy(() -> thread.edit(reply, "Back", 2, "bo", NOW)).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> thread.hide(reply, "Rude", "ana", NOW)).isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aHiddenPostKeepsItsTextForModeratorsAndRecordsWhyAndTheThreadKeepsItsTitle() {
		thread.hide(thread.getOpening().postId(), " Off topic ", "mod", NOW);
		assertThatThrownBy(() -> thread.hide(thread.getOpening().postId(), "Again", "mod", NOW))
			.isInstanceOf(RuleViolationException.class);
		thread.unhide(thread.getOpening().postId(), "mod", NOW);

		assertThat(thread.getTitle()).isEqualTo("House rules");
		assertThat(thread.pendingEvents()).extracting(event -> event.type())
			.contains("org.coalitions.coalition.post-hidden.v1", "org.coalitions.coalition.post-restored.v1");
		assertThat(thread.getOpening().isHidden()).isFalse();
		assertThat(thread.getOpening().body()).isEqualTo("Be kind.");
	}

	@Test
	void aHiddenPostShowsItsTextAndReasonOnlyToItsAuthorAndModerators() {
		thread.hide(reply, "Personal attack", "ana", NOW);
		DiscussionThread.Post post = thread.post(reply);

		PostView member = PostView.of(post, new PostView.Viewer("cy", false));
		assertThat(member.body()).isNull();
		assertThat(member.hiddenReason()).isNull();
		assertThat(PostView.of(post, PostView.Viewer.ANYONE).body()).isNull();
		for (PostView.Viewer sees : new PostView.Viewer[] { new PostView.Viewer("bo", false),
				new PostView.Viewer("ana", true) }) {
			assertThat(PostView.of(post, sees).body()).isEqualTo("Draft one.");
			assertThat(PostView.of(post, sees).hiddenReason()).isEqualTo("Personal attack");
		}
	}
}
