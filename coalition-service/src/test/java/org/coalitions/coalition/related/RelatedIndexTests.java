package org.coalitions.coalition.related;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coalitions.coalition.related.RelatedIndex.RelatedCoalition;
import org.coalitions.coalition.related.RelatedIndex.RelatedPair;
import org.coalitions.coalition.related.Relatedness.Reason;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.CoordinationGroup;
import org.coalitions.contracts.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The index and the ranking together, on real Lucene: which coalitions relate, and the reasons given. */
class RelatedIndexTests {

	final RelatedIndex index = new RelatedIndex();

	static final IndexedCoalition SPAM = coalition("spam", "Dynamic Coalition on Spam", Theme.SPAM,
			"Fighting unsolicited bulk email across borders.",
			"We share spam filtering techniques, blocklists and reports of spam campaigns between mail providers.");

	static final IndexedCoalition FILTERS = coalition("filters", "Mailbox Protection Coalition", Theme.SECURITY,
			"Better spam filters for small mail providers.",
			"Open source spam filtering, shared blocklists and training data for filters against phishing email.");

	static final IndexedCoalition RURAL = coalition("rural", "Community Connectivity", Theme.ACCESS_FOR_RURAL_COMMUNITIES,
			"Community networks bring connectivity to villages.",
			"Spectrum licensing, solar power and local operators for remote regions.");

	/**
	 * The forum's other coalitions, none related to another: a realistic corpus, in which words on one subject are
	 * rare enough to tell (in a corpus of three coalitions that all mention spam, "spam" tells nothing).
	 */
	static final List<IndexedCoalition> OTHERS = List.of(
			coalition("child", "Child Online Safety", Theme.CHILD_ONLINE_SAFETY,
					"Protecting children online from abuse and harmful content.",
					"We work with platforms, schools and parents on age-appropriate design, reporting tools and education."),
			coalition("privacy", "Privacy and Data Protection", Theme.PRIVACY_AND_DATA_PROTECTION,
					"Personal data protection laws and their enforcement online.",
					"We compare data protection regimes, cross-border data flows and the rights of users to access and "
							+ "delete their personal data."),
			coalition("access", "Accessibility and Disability", Theme.ACCESSIBILITY,
					"An accessible web for persons with disabilities.",
					"We promote accessibility standards, screen readers, captions and inclusive design in public services."),
			coalition("neutrality", "Net Neutrality", Theme.NET_NEUTRALITY,
					"Non-discriminatory treatment of traffic by operators.",
					"Zero rating, traffic management and the open network: we document regulation and its effects on users."),
			coalition("expression", "Freedom of Expression and Media", Theme.FREEDOM_OF_EXPRESSION,
					"Free speech and independent media online.",
					"We monitor content takedowns, platform moderation and shutdowns, and publish an annual report on "
							+ "press freedom."),
			coalition("rights", "Internet Rights and Principles", Theme.INTERNET_RIGHTS_AND_PRINCIPLES,
					"Human rights apply online as offline.",
					"The charter of human rights and principles for the Internet, translated into many languages."));

	@AfterEach
	void close() throws Exception {
		index.close();
	}

	@Test
	void twoCoalitionsAboutSpamFilteringRelateByTheTermsTheyShare() {
		index.replaceAll(corpus(SPAM, FILTERS, RURAL), Map.of());

		List<RelatedCoalition> related = index.relatedTo("spam");
		assertThat(related).extracting(r -> r.coalition().id()).containsExactly("filters");
		Reason text = reason(related.get(0), Reason.Kind.SIMILAR_TEXT);
		assertThat(text.terms()).contains("spam", "filtering").doesNotContain("coalition", "the", "and");
		assertThat(related.get(0).relation().reasons()).extracting(Reason::kind)
			.containsExactly(Reason.Kind.SIMILAR_TEXT);
		assertThat(related.get(0).relation().score()).isBetween(Relatedness.THRESHOLD, 1.0);
		assertThat(index.relatedTo("filters")).extracting(r -> r.coalition().id())
			.as("the relation is the same from either side")
			.containsExactly("spam");
	}

	@Test
	void aCoalitionWithNothingInCommonRelatesToNone() {
		index.replaceAll(corpus(SPAM, FILTERS, RURAL), Map.of());

		assertThat(index.relatedTo("rural")).isEmpty();
		assertThat(index.pairs()).extracting(pair -> Set.of(pair.first().id(), pair.second().id()))
			.containsExactly(Set.of("spam", "filters"));
	}

	@Test
	void sharedMembersAndTheSameThemeAreReasonsOfTheirOwn() {
		IndexedCoalition libraries = coalition("libraries", "Reading Rooms", Theme.ACCESS_FOR_RURAL_COMMUNITIES,
				"Books and libraries for everyone.", "Digitising archives.");
		index.replaceAll(corpus(SPAM, RURAL, libraries),
				Map.of("rural", Set.of("ana", "ben", "chloe"), "libraries", Set.of("ana", "ben", "dev", "eli")));

		List<RelatedCoalition> related = index.relatedTo("rural");
		assertThat(related).extracting(r -> r.coalition().id()).containsExactly("libraries");
		assertThat(related.get(0).relation().reasons()).extracting(Reason::kind)
			.containsExactly(Reason.Kind.SHARED_MEMBERS, Reason.Kind.SAME_THEME);
		assertThat(reason(related.get(0), Reason.Kind.SHARED_MEMBERS).count()).isEqualTo(2);
		assertThat(index.relatedTo("spam")).isEmpty();
	}

	@Test
	void theSameThemeAloneRelatesNothing() {
		IndexedCoalition libraries = coalition("libraries", "Reading Rooms", Theme.ACCESS_FOR_RURAL_COMMUNITIES,
				"Books and libraries for everyone.", "Digitising archives.");
		index.replaceAll(corpus(RURAL, libraries), Map.of("rural", Set.of("ana"), "libraries", Set.of("ben")));

		assertThat(index.relatedTo("rural")).isEmpty();
		assertThat(index.pairs()).isEmpty();
	}

	@Test
	void aFewPeopleInBothOfTwoLargeCoalitionsAreNotAnOverlap() {
		Set<String> many = new HashSet<>();
		Set<String> others = new HashSet<>();
		for (int i = 0; i < 20; i++) {
			many.add("person-" + i);
			others.add("other-" + i);
		}
		others.addAll(Set.of("person-0", "person-1"));
		index.replaceAll(corpus(SPAM, RURAL), Map.of("spam", many, "rural", others));

		assertThat(index.pairs()).isEmpty();
	}

	@Test
	void onePersonInBothIsThatPersonsInterestsNotAnOverlap() {
		// a new coalition's only member is its proposer, who is in the other one too
		index.replaceAll(corpus(SPAM, RURAL), Map.of("spam", Set.of("ana", "ben", "chloe"), "rural", Set.of("ana")));

		assertThat(index.pairs()).isEmpty();
	}

	@Test
	void eventsChangeTheResult() {
		index.replaceAll(corpus(SPAM, FILTERS, RURAL), Map.of());
		assertThat(index.relatedTo("rural")).isEmpty();

		// a thread about spam in the rural coalition
		index.put(withThreads(RURAL, "Spam filtering for community mail servers", "Blocklists and spam filters"));
		assertThat(index.relatedTo("rural")).extracting(r -> r.coalition().id()).contains("spam", "filters");

		// people join both, and one leaves again
		index.put(RURAL);
		assertThat(index.relatedTo("rural")).isEmpty();
		for (String person : List.of("ana", "ben")) {
			index.memberJoined("rural", person);
			index.memberJoined("spam", person);
		}
		assertThat(index.relatedTo("rural")).extracting(r -> r.coalition().id()).containsExactly("spam");
		assertThat(reason(index.relatedTo("rural").get(0), Reason.Kind.SHARED_MEMBERS).count()).isEqualTo(2);
		index.memberLeft("spam", "ana");
		assertThat(index.relatedTo("rural")).isEmpty();
	}

	@Test
	void declinedProposalsAndTheCoordinationGroupRelateToNothing() {
		index.replaceAll(corpus(SPAM, FILTERS,
				coalition(CoordinationGroup.ID, "Coordination group", Theme.OTHER, "Spam filtering overlaps.",
						"Spam filters and blocklists of every coalition.")),
				Map.of());
		assertThat(index.contains(CoordinationGroup.ID)).isFalse();
		assertThat(index.relatedTo("spam")).extracting(r -> r.coalition().id()).containsExactly("filters");

		index.put(new IndexedCoalition("filters", FILTERS.name(), FILTERS.theme(), null, CoalitionStatus.DECLINED,
				FILTERS.texts()));
		assertThat(index.contains("filters")).isFalse();
		assertThat(index.relatedTo("spam")).isEmpty();
	}

	@Test
	void eachCoalitionShowsItsFiveClosestStrongestFirst() {
		List<IndexedCoalition> all = new ArrayList<>(List.of(SPAM));
		for (String region : List.of("Africa", "Asia", "Europe", "Latin America", "Oceania", "Caribbean", "Arctic")) {
			IndexedCoalition regional = withThreads(FILTERS, "Spam filters in " + region);
			all.add(new IndexedCoalition(region, "Mailbox Protection " + region, regional.theme(), null,
					CoalitionStatus.ACTIVE, regional.texts()));
		}
		index.replaceAll(corpus(all.toArray(IndexedCoalition[]::new)), Map.of());

		List<RelatedCoalition> related = index.relatedTo("spam");
		assertThat(related).hasSize(Relatedness.MAX_RELATED).noneMatch(r -> r.coalition().id().equals("spam"));
		assertThat(related).extracting(r -> r.relation().score()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		List<RelatedPair> pairs = index.pairs();
		assertThat(pairs).hasSizeGreaterThan(Relatedness.MAX_RELATED);
		assertThat(pairs).extracting(pair -> pair.relation().score()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	static List<IndexedCoalition> corpus(IndexedCoalition... coalitions) {
		List<IndexedCoalition> corpus = new ArrayList<>(OTHERS);
		corpus.addAll(List.of(coalitions));
		return corpus;
	}

	private static Reason reason(RelatedCoalition related, Reason.Kind kind) {
		return related.relation().reasons().stream().filter(reason -> reason.kind() == kind).findFirst().orElseThrow();
	}

	static IndexedCoalition coalition(String id, String name, Theme theme, String summary, String charter) {
		return new IndexedCoalition(id, name, theme, null, CoalitionStatus.ACTIVE, List.of(name, summary, charter));
	}

	static IndexedCoalition withThreads(IndexedCoalition coalition, String... titles) {
		List<String> texts = new ArrayList<>(coalition.texts());
		texts.addAll(List.of(titles));
		return new IndexedCoalition(coalition.id(), coalition.name(), coalition.theme(), coalition.themeName(),
				coalition.status(), texts);
	}
}
