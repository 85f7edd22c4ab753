package org.coalitions.coalition.outcome;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the comment round's endpoints answer. */
final class RoundViews {

	private RoundViews() {
	}

	record VersionView(int version, String title, String body, String revisedById, String revisedByName,
			Instant revisedAt) {

		static VersionView of(OutcomeVersion version) {
			return new VersionView(version.number(), version.title(), version.body(), version.revisedById(),
					version.revisedByName(), version.revisedAt());
		}
	}

	record DiffView(int from, int to, List<LineDiff.Line> lines) {
	}

	record CommentView(String id, String authorId, String authorName, String text, String quote, String inReplyTo,
			Instant createdAt) {

		static CommentView of(OutcomeComment comment) {
			return new CommentView(comment.getId(), comment.getAuthorId(), comment.getAuthorName(), comment.getText(),
					comment.getQuote(), comment.getInReplyTo(), comment.getCreatedAt());
		}
	}

	record PositionView(String position, String reason, boolean anonymous, String stakeholderGroup,
			Instant recordedAt) {

		static PositionView of(MemberPosition taken) {
			return taken == null || taken.getPosition() == null ? null
					: new PositionView(taken.getPosition().name(), taken.getReason(), taken.isAnonymous(),
							taken.getStakeholderGroup(), taken.getRecordedAt());
		}
	}

	/** Live while the window is open, the fixed one once published; {@code mine} is the caller's own position. */
	record TallyView(Map<String, Integer> byPosition, Map<String, Map<String, Integer>> byStakeholderGroup, int total,
			PositionView mine) {
	}
}
