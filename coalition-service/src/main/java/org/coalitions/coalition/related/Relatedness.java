package org.coalitions.coalition.related;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.CoordinationGroup;

/**
 * How close two coalitions are, and why: the one home of the ranking. Three parts, each between 0 and 1:
 * <ul>
 * <li><b>text</b>: Lucene's MoreLikeThis over name, summary, charter, formation statement and thread titles. Each
 * coalition's MoreLikeThis query scores the other one, divided by the score it gives the coalition itself (1 is
 * "as alike as itself"; coalitions on one subject come to about 0.3, unrelated ones sharing a word or two stay
 * near 0.1); the two directions are averaged, so the relation is symmetric.</li>
 * <li><b>members</b>: the people in both, divided by the members of the smaller one (two small coalitions with the
 * same people overlap a lot, two large ones that share a few hardly), once at least {@value #MIN_SHARED_MEMBERS}
 * are in both: one person in two coalitions is that person's interests, not an overlap (a new coalition's only
 * member, its proposer, is in all the proposer's other coalitions).</li>
 * <li><b>theme</b>: 1 for the same theme (for OTHER, the same theme name too).</li>
 * </ul>
 * What they have in common is {@value #TEXT_WEIGHT} × text + {@value #MEMBERS_WEIGHT} × members; two coalitions
 * are related when it reaches {@value #THRESHOLD} (text alone from about 0.18, members alone from about 30 % of
 * the smaller coalition). Their score, which orders them, adds {@value #THEME_WEIGHT} for the same theme: a theme
 * alone never relates two coalitions, most coalitions share one with some other. Each coalition shows its
 * {@value #MAX_RELATED} closest. Declined proposals and the coordination group relate to nothing.
 */
final class Relatedness {

	static final double TEXT_WEIGHT = 0.55;

	static final double MEMBERS_WEIGHT = 0.35;

	static final double THEME_WEIGHT = 0.1;

	static final double THRESHOLD = 0.1;

	static final int MIN_SHARED_MEMBERS = 2;

	/** Below this, text in common is too thin to be named as a reason (it may still add to the score). */
	static final double SIMILAR_TEXT = 0.15;

	static final int MAX_RELATED = 5;

	/** Terms named as the reason "similar text". */
	static final int MAX_TERMS = 5;

	private Relatedness() {
	}

	static boolean compared(String coalitionId, CoalitionStatus status) {
		return !CoordinationGroup.ID.equals(coalitionId) && status != CoalitionStatus.DECLINED;
	}

	/**
	 * @param text the symmetric text similarity, 0 to 1
	 * @param commonTerms the terms MoreLikeThis found interesting in one and present in the other, most
	 * interesting first
	 * @param sharedMembers people in both
	 * @param smallerRoster members of the smaller of the two
	 */
	static Optional<Relation> assess(double text, List<String> commonTerms, int sharedMembers, int smallerRoster,
			boolean sameTheme) {
		double members = sharedMembers < MIN_SHARED_MEMBERS ? 0 : Math.min(1, (double) sharedMembers / smallerRoster);
		double inCommon = TEXT_WEIGHT * text + MEMBERS_WEIGHT * members;
		if (inCommon < THRESHOLD) {
			return Optional.empty();
		}
		double score = inCommon + (sameTheme ? THEME_WEIGHT : 0);
		List<Reason> reasons = new ArrayList<>();
		if (sharedMembers > 0) {
			reasons.add(Reason.sharedMembers(sharedMembers));
		}
		if (sameTheme) {
			reasons.add(Reason.sameTheme());
		}
		if (text >= SIMILAR_TEXT && !commonTerms.isEmpty()) {
			reasons.add(Reason.similarText(commonTerms.subList(0, Math.min(MAX_TERMS, commonTerms.size()))));
		}
		return Optional.of(new Relation(Math.round(score * 1000) / 1000.0, reasons));
	}

	/** How close two coalitions are (0 to 1, rounded to three places) and why. */
	record Relation(double score, List<Reason> reasons) {

		Relation {
			reasons = List.copyOf(reasons);
		}
	}

	/** One reason: people in both ({@code count}), the same theme, or text alike ({@code terms} in common). */
	record Reason(Kind kind, Integer count, List<String> terms) {

		enum Kind {
			SHARED_MEMBERS, SAME_THEME, SIMILAR_TEXT
		}

		static Reason sharedMembers(int count) {
			return new Reason(Kind.SHARED_MEMBERS, count, null);
		}

		static Reason sameTheme() {
			return new Reason(Kind.SAME_THEME, null, null);
		}

		static Reason similarText(List<String> terms) {
			return new Reason(Kind.SIMILAR_TEXT, null, List.copyOf(terms));
		}
	}
}
