package org.coalitions.coalition.coordination;

import java.time.Instant;

/** A post as the API shows it: the opening one or a reply. */
record PostView(String postId, String authorId, String authorName, String body, Instant postedAt) {

	static PostView of(DiscussionThread.Post post) {
		return new PostView(post.postId(), post.authorId(), post.authorName(), post.body(), post.postedAt());
	}
}
