package org.coalitions.coalition.coordination;

import java.time.Instant;
import java.util.List;

/** A discussion thread as the API shows it to one viewer: its posts, without the document's version and outbox. */
record ThreadView(String id, String coalitionId, String title, PostView opening, List<PostView> replies,
		Instant lastPostAt) {

	static ThreadView of(DiscussionThread thread, PostView.Viewer viewer) {
		return new ThreadView(thread.getId(), thread.getCoalitionId(), thread.getTitle(),
				PostView.of(thread.getOpening(), viewer),
				thread.getReplies().stream().map(post -> PostView.of(post, viewer)).toList(), thread.getLastPostAt());
	}
}
