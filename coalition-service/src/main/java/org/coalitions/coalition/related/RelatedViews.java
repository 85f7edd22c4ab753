package org.coalitions.coalition.related;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.coalitions.coalition.related.RelatedIndex.RelatedCoalition;
import org.coalitions.coalition.related.RelatedIndex.RelatedPair;
import org.coalitions.coalition.related.Relatedness.Reason;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.Theme;

/** Related coalitions as the API shows them. */
final class RelatedViews {

	private RelatedViews() {
	}

	/** A coalition related to the one asked about, with how close and why. */
	record RelatedView(String id, String name, Theme theme, String themeName, CoalitionStatus status, double score,
			List<ReasonView> reasons) {

		static RelatedView of(RelatedCoalition related) {
			IndexedCoalition coalition = related.coalition();
			return new RelatedView(coalition.id(), coalition.name(), coalition.theme(), coalition.themeName(),
					coalition.status(), related.relation().score(), views(related.relation().reasons()));
		}
	}

	/** One row of the table: two related coalitions, how close and why. */
	record PairView(CoalitionRef first, CoalitionRef second, double score, List<ReasonView> reasons) {

		static PairView of(RelatedPair pair) {
			return new PairView(CoalitionRef.of(pair.first()), CoalitionRef.of(pair.second()), pair.relation().score(),
					views(pair.relation().reasons()));
		}
	}

	record CoalitionRef(String id, String name, Theme theme, String themeName, CoalitionStatus status) {

		static CoalitionRef of(IndexedCoalition coalition) {
			return new CoalitionRef(coalition.id(), coalition.name(), coalition.theme(), coalition.themeName(),
					coalition.status());
		}
	}

	/** {@code {kind: SHARED_MEMBERS, count}}, {@code {kind: SAME_THEME}} or {@code {kind: SIMILAR_TEXT, terms}}. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ReasonView(Reason.Kind kind, Integer count, List<String> terms) {
	}

	private static List<ReasonView> views(List<Reason> reasons) {
		return reasons.stream().map(reason -> new ReasonView(reason.kind(), reason.count(), reason.terms())).toList();
	}
}
