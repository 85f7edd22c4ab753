package org.coalitions.coalition.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.coalitions.coalition.related.Relatedness.Relation;

/**
 * An in-memory Lucene index of the coalitions' texts, beside each coalition's members, and what
 * {@link Relatedness} makes of them. Each instance has its own index (a {@link ByteBuffersDirectory}); it is a
 * cache of the store, filled and kept up to date by {@link RelatedCoalitions}.
 * <p>
 * The relations of every pair are worked out together (one MoreLikeThis query per coalition) when first asked for
 * after a change, and kept until the next change. All methods are synchronized: changes come one event at a time.
 */
final class RelatedIndex implements AutoCloseable {

	private static final String ID = "id";

	private static final String TEXT = "text";

	/**
	 * Each coalition's MoreLikeThis query keeps its closest hits only (itself included): far more than a page
	 * shows, and it bounds the pairs worked out to this many per coalition however many coalitions there are.
	 */
	private static final int CLOSEST_BY_TEXT = 50;

	/** MoreLikeThis reads a coalition's terms from its term vector instead of analysing its text again. */
	private static final FieldType TEXT_WITH_TERM_VECTORS = textWithTermVectors();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Map<String, IndexedCoalition> coalitions = new HashMap<>();

	/** Member ids by coalition id, also of coalitions not (yet) indexed: membership events may come first. */
	private final Map<String, Set<String>> members = new HashMap<>();

	private long changes;

	private long pairsAsOf = -1;

	private List<RelatedPair> pairs = List.of();

	RelatedIndex() {
		try {
			writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(new CoalitionTextAnalyzer()));
			searchers = new SearcherManager(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Indexes a coalition as it is now, or drops it if it is no longer compared (declined). */
	synchronized void put(IndexedCoalition coalition) {
		if (!Relatedness.compared(coalition.id(), coalition.status())) {
			remove(coalition.id());
			return;
		}
		try {
			writer.updateDocument(new Term(ID, coalition.id()), document(coalition));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		coalitions.put(coalition.id(), coalition);
		changes++;
	}

	synchronized void remove(String coalitionId) {
		try {
			writer.deleteDocuments(new Term(ID, coalitionId));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		coalitions.remove(coalitionId);
		changes++;
	}

	synchronized void memberJoined(String coalitionId, String memberId) {
		if (members.computeIfAbsent(coalitionId, id -> new HashSet<>()).add(memberId)) {
			changes++;
		}
	}

	synchronized void memberLeft(String coalitionId, String memberId) {
		Set<String> of = members.get(coalitionId);
		if (of != null && of.remove(memberId)) {
			changes++;
		}
	}

	/** Replaces everything the index knows. */
	synchronized void replaceAll(Collection<IndexedCoalition> all, Map<String, Set<String>> membersByCoalition) {
		try {
			writer.deleteAll();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		coalitions.clear();
		members.clear();
		membersByCoalition.forEach((id, of) -> members.put(id, new HashSet<>(of)));
		all.forEach(this::put);
		changes++;
	}

	synchronized boolean contains(String coalitionId) {
		return coalitions.containsKey(coalitionId);
	}

	/** The coalitions closest to this one, closest first; none for a coalition the index does not compare. */
	synchronized List<RelatedCoalition> relatedTo(String coalitionId) {
		return pairs().stream()
			.filter(pair -> pair.concerns(coalitionId))
			.map(pair -> new RelatedCoalition(pair.other(coalitionId), pair.relation()))
			.limit(Relatedness.MAX_RELATED)
			.toList();
	}

	/** Every related pair, strongest first. */
	synchronized List<RelatedPair> pairs() {
		if (pairsAsOf != changes) {
			try {
				pairs = relate();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			pairsAsOf = changes;
		}
		return pairs;
	}

	@Override
	public synchronized void close() throws IOException {
		searchers.close();
		writer.close();
	}

	private List<RelatedPair> relate() throws IOException {
		searchers.maybeRefreshBlocking();
		IndexSearcher searcher = searchers.acquire();
		try {
			TextSimilarity text = textSimilarity(searcher);
			Set<List<String>> candidates = new HashSet<>();
			text.scores.forEach((from, row) -> row.keySet().forEach(to -> candidates.add(ordered(from, to))));
			candidates.addAll(pairsSharingMembers());
			List<RelatedPair> related = new ArrayList<>();
			for (List<String> candidate : candidates) {
				IndexedCoalition first = coalitions.get(candidate.get(0));
				IndexedCoalition second = coalitions.get(candidate.get(1));
				Set<String> shared = new HashSet<>(membersOf(first.id()));
				shared.retainAll(membersOf(second.id()));
				Relatedness
					.assess(text.between(first.id(), second.id()), text.commonTerms(first.id(), second.id()),
							shared.size(), Math.min(membersOf(first.id()).size(), membersOf(second.id()).size()),
							first.sameTheme(second))
					.ifPresent(relation -> related.add(new RelatedPair(first, second, relation)));
			}
			related.sort(Comparator.comparingDouble((RelatedPair pair) -> -pair.relation().score())
				.thenComparing(pair -> pair.first().name())
				.thenComparing(pair -> pair.second().name()));
			return List.copyOf(related);
		}
		finally {
			searchers.release(searcher);
		}
	}

	/** One MoreLikeThis query per coalition, each scored against the coalition's own score. */
	private TextSimilarity textSimilarity(IndexSearcher searcher) throws IOException {
		IndexReader reader = searcher.getIndexReader();
		Map<Integer, String> ids = liveIds(reader);
		MoreLikeThis moreLikeThis = new MoreLikeThis(reader);
		moreLikeThis.setAnalyzer(writer.getAnalyzer());
		moreLikeThis.setFieldNames(new String[] { TEXT });
		// a handful of coalitions is a small corpus: a word that occurs once in one of them still counts
		moreLikeThis.setMinTermFreq(1);
		moreLikeThis.setMinDocFreq(1);
		moreLikeThis.setMinWordLen(3);
		moreLikeThis.setMaxQueryTerms(25);
		TextSimilarity similarity = new TextSimilarity();
		for (Map.Entry<Integer, String> coalition : ids.entrySet()) {
			int doc = coalition.getKey();
			ScoreDoc[] hits = searcher.search(moreLikeThis.like(doc), Math.min(ids.size(), CLOSEST_BY_TEXT)).scoreDocs;
			float self = 0;
			for (ScoreDoc hit : hits) {
				if (hit.doc == doc) {
					self = hit.score;
				}
			}
			Map<String, Double> row = new HashMap<>();
			for (ScoreDoc hit : hits) {
				if (hit.doc != doc && self > 0) {
					row.put(ids.get(hit.doc), Math.min(1.0, hit.score / self));
				}
			}
			similarity.scores.put(coalition.getValue(), row);
			// MoreLikeThis lists them least interesting first
			List<String> interesting = new ArrayList<>(List.of(moreLikeThis.retrieveInterestingTerms(doc)));
			Collections.reverse(interesting);
			similarity.interesting.put(coalition.getValue(), interesting);
			similarity.terms.put(coalition.getValue(), terms(reader, doc));
		}
		return similarity;
	}

	/** Pairs of compared coalitions with at least one person in both. */
	private Set<List<String>> pairsSharingMembers() {
		Map<String, List<String>> coalitionsOfMember = new HashMap<>();
		members.forEach((coalitionId, of) -> {
			if (coalitions.containsKey(coalitionId)) {
				of.forEach(member -> coalitionsOfMember.computeIfAbsent(member, m -> new ArrayList<>()).add(coalitionId));
			}
		});
		Set<List<String>> pairs = new HashSet<>();
		for (List<String> theirs : coalitionsOfMember.values()) {
			for (int i = 0; i < theirs.size(); i++) {
				for (int j = i + 1; j < theirs.size(); j++) {
					pairs.add(ordered(theirs.get(i), theirs.get(j)));
				}
			}
		}
		return pairs;
	}

	private Set<String> membersOf(String coalitionId) {
		return members.getOrDefault(coalitionId, Set.of());
	}

	private static List<String> ordered(String one, String other) {
		return one.compareTo(other) < 0 ? List.of(one, other) : List.of(other, one);
	}

	private static Map<Integer, String> liveIds(IndexReader reader) throws IOException {
		Bits live = MultiBits.getLiveDocs(reader);
		StoredFields stored = reader.storedFields();
		Map<Integer, String> ids = new HashMap<>();
		for (int doc = 0; doc < reader.maxDoc(); doc++) {
			if (live == null || live.get(doc)) {
				ids.put(doc, stored.document(doc).get(ID));
			}
		}
		return ids;
	}

	private static Set<String> terms(IndexReader reader, int doc) throws IOException {
		Set<String> terms = new HashSet<>();
		Terms vector = reader.termVectors().get(doc, TEXT);
		if (vector != null) {
			TermsEnum each = vector.iterator();
			for (BytesRef term = each.next(); term != null; term = each.next()) {
				terms.add(term.utf8ToString());
			}
		}
		return terms;
	}

	private static Document document(IndexedCoalition coalition) {
		Document document = new Document();
		document.add(new StringField(ID, coalition.id(), Field.Store.YES));
		coalition.texts().forEach(text -> document.add(new Field(TEXT, text, TEXT_WITH_TERM_VECTORS)));
		return document;
	}

	private static FieldType textWithTermVectors() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setStoreTermVectors(true);
		type.freeze();
		return type;
	}

	/** The directed MoreLikeThis scores, and each coalition's interesting terms and all its terms. */
	private static final class TextSimilarity {

		final Map<String, Map<String, Double>> scores = new HashMap<>();

		final Map<String, List<String>> interesting = new HashMap<>();

		final Map<String, Set<String>> terms = new HashMap<>();

		/** Both directions averaged: how alike the two are, whichever page asks. */
		double between(String one, String other) {
			return (directed(one, other) + directed(other, one)) / 2;
		}

		/** The terms each finds interesting that the other has, the first one's first. */
		List<String> commonTerms(String one, String other) {
			Set<String> common = new LinkedHashSet<>();
			addCommon(common, one, other);
			addCommon(common, other, one);
			return List.copyOf(common);
		}

		private void addCommon(Set<String> common, String from, String to) {
			Set<String> theirs = terms.getOrDefault(to, Set.of());
			interesting.getOrDefault(from, List.of()).stream().filter(theirs::contains).forEach(common::add);
		}

		private double directed(String from, String to) {
			return scores.getOrDefault(from, Map.of()).getOrDefault(to, 0.0);
		}
	}

	/** Two related coalitions, the first by id order. */
	record RelatedPair(IndexedCoalition first, IndexedCoalition second, Relation relation) {

		boolean concerns(String coalitionId) {
			return first.id().equals(coalitionId) || second.id().equals(coalitionId);
		}

		IndexedCoalition other(String coalitionId) {
			return first.id().equals(coalitionId) ? second : first;
		}
	}

	/** A coalition related to the one asked about. */
	record RelatedCoalition(IndexedCoalition coalition, Relation relation) {
	}
}
