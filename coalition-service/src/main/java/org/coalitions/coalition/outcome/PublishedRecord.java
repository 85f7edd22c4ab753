package org.coalitions.coalition.outcome;

import java.util.Map;

import org.coalitions.contracts.OutcomeTally;
import org.coalitions.contracts.Position;

/**
 * The one-line record of a published outcome, in English, from its tally: "Supported by 14 members from 5
 * stakeholder groups (2 with concerns); 1 abstention; 2 dissents (see annex)." or "Published without a comment
 * window." Members with concerns support; a stakeholder group counts when at least one of its members supports
 * (members without a group, {@code UNSPECIFIED}, count as supporters but add no group).
 */
final class PublishedRecord {

	private static final String NO_GROUP = "UNSPECIFIED";

	private PublishedRecord() {
	}

	static String of(boolean commentWindowHeld, OutcomeTally tally) {
		if (!commentWindowHeld || tally == null) {
			return "Published without a comment window.";
		}
		Map<String, Integer> byPosition = tally.byPosition() == null ? Map.of() : tally.byPosition();
		int concerns = count(byPosition, Position.SUPPORT_WITH_CONCERNS);
		int abstentions = count(byPosition, Position.ABSTAIN);
		int dissents = count(byPosition, Position.DISSENT);
		int supporters = supporters(byPosition);
		if (supporters + abstentions + dissents == 0) {
			return "No member took a position in the comment window.";
		}
		long groups = tally.byStakeholderGroup() == null ? 0
				: tally.byStakeholderGroup()
					.entrySet()
					.stream()
					.filter(group -> !NO_GROUP.equals(group.getKey()) && group.getValue() != null
							&& supporters(group.getValue()) > 0)
					.count();
		StringBuilder record = new StringBuilder(supporters == 0 ? "Supported by no member"
				: "Supported by " + plural(supporters, "member") + " from " + plural(groups, "stakeholder group"));
		if (concerns > 0) {
			record.append(" (").append(concerns).append(" with concerns)");
		}
		if (abstentions > 0) {
			record.append("; ").append(plural(abstentions, "abstention"));
		}
		if (dissents > 0) {
			record.append("; ").append(plural(dissents, "dissent"));
		}
		return record.append(concerns + dissents > 0 ? " (see annex)." : ".").toString();
	}

	private static int supporters(Map<String, Integer> byPosition) {
		return count(byPosition, Position.SUPPORT) + count(byPosition, Position.SUPPORT_WITH_CONCERNS);
	}

	private static int count(Map<String, Integer> byPosition, Position position) {
		Integer count = byPosition.get(position.name());
		return count == null ? 0 : count;
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
