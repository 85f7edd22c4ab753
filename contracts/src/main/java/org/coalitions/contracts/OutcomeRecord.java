package org.coalitions.contracts;

import java.util.Map;

/**
 * The one-line record a published outcome carries, in English, from its tally: who supported it (concerns still
 * support), from how many stakeholder groups (members without one, {@code UNSPECIFIED}, add none), abstentions,
 * and the dissents, pointing to the annex when it holds dissents or concerns — "Supported by 14 members from
 * 5 stakeholder groups (3 with concerns); 1 abstention; 2 dissents (see annex)." — or that it was published
 * without a comment window. The published outcome's page and notification-service's feed line say the same.
 */
public final class OutcomeRecord {

	public static final String WITHOUT_WINDOW = "Published without a comment window.";

	private static final String NO_GROUP = "UNSPECIFIED";

	private OutcomeRecord() {
	}

	public static String of(boolean commentWindowHeld, OutcomeTally tally) {
		if (!commentWindowHeld || tally == null) {
			return WITHOUT_WINDOW;
		}
		int support = count(tally.byPosition(), Position.SUPPORT);
		int concerns = count(tally.byPosition(), Position.SUPPORT_WITH_CONCERNS);
		int abstain = count(tally.byPosition(), Position.ABSTAIN);
		int dissent = count(tally.byPosition(), Position.DISSENT);
		if (support + concerns + abstain + dissent == 0) {
			return "No member took a position during the comment window.";
		}
		StringBuilder record = new StringBuilder("Supported by ").append(plural(support + concerns, "member"));
		long groups = tally.byStakeholderGroup() == null ? 0
				: tally.byStakeholderGroup()
					.entrySet()
					.stream()
					.filter(group -> !NO_GROUP.equals(group.getKey()))
					.filter(group -> count(group.getValue(), Position.SUPPORT)
							+ count(group.getValue(), Position.SUPPORT_WITH_CONCERNS) > 0)
					.count();
		if (groups > 0) {
			record.append(" from ").append(plural((int) groups, "stakeholder group"));
		}
		if (concerns > 0) {
			record.append(" (").append(concerns).append(" with concerns)");
		}
		if (abstain > 0) {
			record.append("; ").append(plural(abstain, "abstention"));
		}
		record.append("; ").append(dissent == 0 ? "no dissent" : plural(dissent, "dissent"));
		if (dissent + concerns > 0) {
			record.append(" (see annex)");
		}
		return record.append('.').toString();
	}

	private static int count(Map<String, Integer> byPosition, Position position) {
		Integer count = byPosition == null ? null : byPosition.get(position.name());
		return count == null ? 0 : count;
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
