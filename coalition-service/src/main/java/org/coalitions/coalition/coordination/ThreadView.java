package org.coalitions.coalition.coordination;

import java.time.Instant;
import java.util.List;

/** A discussion thread as the API shows it: its posts, without the document's version and outbox. */
record ThreadView(String id, String coalitionId, String title, PostView opening, List<PostView> replies,
		Instant lastPostAt) {

	static ThreadView of(DiscussionThread thread) {
		return new ThreadView(thread.getId(), thread.getCoalitionId(), thread.getTitle(),
				PostView.of(thread.getOpening()), thread.getReplies().stream().map(PostView::of).toList(),
				thread.getLastPostAt());
	}
}
