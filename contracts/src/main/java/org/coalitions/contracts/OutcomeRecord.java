package org.coalitions.contracts;

import java.util.Map;

/**
 * The one-line record a published outcome carries, in English: who supported it, from how many stakeholder groups,
 * and how many dissents and concerns its annex holds ("Supported by 14 members from 5 stakeholder groups;
 * 2 dissents (see annex)."), or that it was published without a comment window. Members with concerns still
 * support; members without a stakeholder group ({@code UNSPECIFIED}) count as supporters but add no group.
 */
public final class OutcomeRecord {

	private static final String UNSPECIFIED = "UNSPECIFIED";

	private OutcomeRecord() {
	}

	public static String of(boolean commentWindowHeld, OutcomeTally tally) {
		if (!commentWindowHeld || tally == null) {
			return "Published without a comment window.";
		}
		Map<String, Integer> byPosition = tally.byPosition() == null ? Map.of() : tally.byPosition();
		int supporters = supporters(byPosition);
		long groups = tally.byStakeholderGroup() == null ? 0
				: tally.byStakeholderGroup()
					.entrySet()
					.stream()
					.filter(group -> !UNSPECIFIED.equals(group.getKey()) && group.getValue() != null
							&& supporters(group.getValue()) > 0)
					.count();
		int dissents = count(byPosition, Position.DISSENT);
		int concerns = count(byPosition, Position.SUPPORT_WITH_CONCERNS);
		StringBuilder record = new StringBuilder("Supported by ").append(plural(supporters, "member"))
			.append(" from ")
			.append(plural((int) groups, "stakeholder group"));
		if (dissents > 0) {
			record.append("; ").append(plural(dissents, "dissent"));
		}
		if (concerns > 0) {
			record.append(dissents > 0 ? ", " : "; ").append(concerns).append(" with concerns");
		}
		return record.append(dissents + concerns > 0 ? " (see annex)." : ".").toString();
	}

	private static int supporters(Map<String, Integer> byPosition) {
		return count(byPosition, Position.SUPPORT) + count(byPosition, Position.SUPPORT_WITH_CONCERNS);
	}

	private static int count(Map<String, Integer> byPosition, Position position) {
		Integer count = byPosition.get(position.name());
		return count == null ? 0 : count;
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
