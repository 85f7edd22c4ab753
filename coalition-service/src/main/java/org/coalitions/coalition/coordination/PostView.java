package org.coalitions.coalition.coordination;

import java.time.Instant;

/**
 * A post as the API shows it to one viewer: the opening one or a reply. A post its author removed has no text; a
 * hidden one shows its text and reason only to its author and to those who moderate ({@link Viewer}). {@code edited}
 * when its text changed after it was posted; {@code revision} is what an edit's {@code If-Match} names.
 */
record PostView(String postId, String authorId, String authorName, String body, Instant postedAt, boolean edited,
		Instant editedAt, int revision, boolean removed, boolean hidden, String hiddenReason, Instant hiddenAt) {

	/** Who looks: their id (null signed out), and whether they see what moderation keeps from members. */
	record Viewer(String personId, boolean moderates) {

		static final Viewer ANYONE = new Viewer(null, false);
	}

	static PostView of(DiscussionThread.Post post, Viewer viewer) {
		boolean hidden = post.isHidden();
		boolean seesHidden = viewer.moderates() || post.authorId().equals(viewer.personId());
		String body = post.isRemoved() || hidden && !seesHidden ? null : post.body();
		return new PostView(post.postId(), post.authorId(), post.authorName(), body, post.postedAt(),
				post.editedAt() != null, post.editedAt(), post.currentRevision(), post.isRemoved(), hidden,
				hidden && seesHidden ? post.hidden().reason() : null, hidden ? post.hidden().at() : null);
	}
}
