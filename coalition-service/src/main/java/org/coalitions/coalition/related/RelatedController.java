package org.coalitions.coalition.related;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.coalitions.coalition.related.RelatedViews.PairView;
import org.coalitions.coalition.related.RelatedViews.RelatedView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Related coalitions: public, like the coalitions they name. */
@RestController
class RelatedController {

	private final RelatedCoalitions related;

	RelatedController(RelatedCoalitions related) {
		this.related = related;
	}

	@GetMapping("/api/coalitions/{id}/related")
	@Operation(summary = "The coalitions closest to this one, closest first (at most 5)",
			description = "By text (MoreLikeThis over name, summary, charter, statement and thread titles), shared "
					+ "members and theme; each with its score (0 to 1) and reasons. None when nothing is in common.")
	List<RelatedView> relatedTo(@PathVariable String id) {
		return related.relatedTo(id).stream().map(RelatedView::of).toList();
	}

	@GetMapping("/api/related")
	@Operation(summary = "Every pair of related coalitions, strongest first",
			description = "The overlaps table for the secretariat and the coordination group.")
	List<PairView> pairs() {
		return related.pairs().stream().map(PairView::of).toList();
	}
}
