package org.coalitions.platform.replay;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionComparisonTests {

	final Projections.Projection people = Projections.Projection.alsoWrittenByTheService("people", "readIds");

	final Projections.Projection feed = Projections.Projection.of("feed");

	@Test
	void documentsThatDifferOnlyInBookkeepingLiveOnlyFieldsAndArrayOrderAreEqual() {
		Document live = new Document("_id", "p1").append("name", "Ana")
			.append("coalitions", List.of("c1", "c2"))
			.append("appliedEvents", List.of("e1", "e2"))
			.append("readIds", List.of("f1"));
		Document rebuilt = new Document("_id", "p1").append("coalitions", List.of("c2", "c1"))
			.append("name", "Ana")
			.append("appliedEvents", List.of("e2"));

		ProjectionComparison comparison = ProjectionComparison.compare(people, List.of(live), List.of(rebuilt));

		assertThat(comparison.equal()).isTrue();
		assertThat(comparison.summary()).isEqualTo("people: equal (1 documents)");
	}

	@Test
	void missingExtraAndDifferingDocumentsAreNamedByIdAndFieldWithoutValues() {
		List<Document> live = List.of(new Document("_id", "p1").append("name", "Ana").append("since", 1),
				new Document("_id", "p2").append("name", "Bo"));
		List<Document> rebuilt = List.of(new Document("_id", "p1").append("name", "Ana").append("since", 2)
			.append("role", "MEMBER"), new Document("_id", "p3").append("name", "Cy"));

		ProjectionComparison comparison = ProjectionComparison.compare(feed, live, rebuilt);

		assertThat(comparison.equal()).isFalse();
		assertThat(comparison.onlyLive()).containsExactly("p2");
		assertThat(comparison.onlyRebuilt()).containsExactly("p3");
		assertThat(comparison.differing()).isEqualTo(Map.of("p1", Set.of("role", "since")));
		assertThat(comparison.summary()).doesNotContain("Ana", "Bo", "Cy");
	}

	@Test
	void aLiveDocumentTheServiceMadeItselfIsNoDifference() {
		List<Document> live = List.of(new Document("_id", "signed-in-only").append("readIds", List.of()));

		assertThat(ProjectionComparison.compare(people, live, List.of()).equal()).isTrue();
		assertThat(ProjectionComparison.compare(feed, live, List.of()).onlyLive()).containsExactly("signed-in-only");
	}

	@Test
	void documentsToldAtTheTimeAreLeftOutOnBothSidesAndNoOthers() {
		Projections.Projection notices = feed.toldAtTheTime("type", "mentioned");
		List<Document> live = List.of(new Document("_id", "e1").append("type", "posted"),
				new Document("_id", "e1:p1").append("type", "mentioned"));
		List<Document> rebuilt = List.of(new Document("_id", "e1").append("type", "posted"),
				new Document("_id", "e1:p2").append("type", "mentioned"));

		assertThat(ProjectionComparison.compare(notices, live, rebuilt).equal()).isTrue();
		ProjectionComparison plain = ProjectionComparison.compare(feed, live, rebuilt);
		assertThat(plain.onlyLive()).containsExactly("e1:p1");
		assertThat(plain.onlyRebuilt()).containsExactly("e1:p2");
		assertThat(ProjectionComparison.compare(notices, List.of(new Document("_id", "e2").append("type", "posted")),
				List.of()).onlyLive()).containsExactly("e2");
	}

	@Test
	void nestedDocumentsCompareByContentNotByKeyOrder() {
		Document live = new Document("_id", 7).append("counts", new Document("a", 1).append("b", 2));
		Document rebuilt = new Document("_id", 7).append("counts", new Document("b", 2).append("a", 1));

		assertThat(ProjectionComparison.compare(people, List.of(live), List.of(rebuilt)).equal()).isTrue();
	}
}
