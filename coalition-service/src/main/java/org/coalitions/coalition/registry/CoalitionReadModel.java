package org.coalitions.coalition.registry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.Topics;
import org.coalitions.contracts.Theme;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coalition list and a coalition's page as this instance serves them: every coalition in memory (the forum has
 * hundreds at most, thousands is fine), each with its page already rendered as JSON with its {@code ETag}, and each
 * list asked for rendered once until something changes, so that a read touches neither the store nor the object
 * mapper. What is in it always comes from the store, never from an event's fields nor from a command's object, so
 * every instance holds the same bytes for the same stored state (and so the same ETags):
 * <ul>
 * <li>loaded whole at start (or at the first read, if the store was away then);</li>
 * <li>each coalition an event of either topic names is read again, by a consumer of this instance's own
 * ({@link EventSubscription#perInstance()}: every instance must see every event);</li>
 * <li>a coalition this instance writes ({@link CoalitionRegistry}) is read again right after the write, so a command
 * is seen by the next read on the same instance;</li>
 * <li>a sweep compares every coalition's stored {@code version} (which every write raises, the conditional write of
 * last activity too) with the one held, every {@link ReadModelProperties#sweepInterval()} and before answering a
 * request that names the positions it must see ({@link #catchUp()}): this catches writes made by another instance
 * from an event this one had read before the write landed (last activity, the balance), and whatever the consumer
 * missed in the moment between the load and its first position.</li>
 * </ul>
 */
@Component
class CoalitionReadModel {

	private static final Logger log = LoggerFactory.getLogger(CoalitionReadModel.class);

	/**
	 * Rendered lists kept at most (a list of 100 is about 40 KB); all go when the model changes. Searches make the
	 * keys many.
	 */
	static final int LISTS_KEPT = 200;

	private static final Comparator<Entry> NAME_ORDER = Comparator.comparing(Entry::nameKey,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	private final MongoOperations mongo;

	private final JsonMapper json;

	private final Object sweeping = new Object();

	/** Null until loaded. */
	private volatile Model model;

	private final Map<ListQuery, RenderedList> lists = new ConcurrentHashMap<>();

	/** When the latest sweep began ({@link System#nanoTime()}); guarded by {@link #sweeping}. */
	private long lastSweepStarted = Long.MIN_VALUE;

	CoalitionReadModel(MongoOperations mongo, JsonMapper json) {
		this.mongo = mongo;
		this.json = json;
	}

	/** A body as sent, with its strong entity tag (quoted). */
	record Rendered(byte[] body, String etag) {
	}

	/** One coalition as the model holds it: what lists filter and sort by, its summary, and its rendered page. */
	record Entry(String id, String nameKey, Theme theme, CoalitionStatus status, List<String> terms, long version,
			CoalitionSummary summary, Rendered page) {
	}

	private record Model(long version, Map<String, Entry> byId, List<Entry> inNameOrder) {
	}

	private record ListQuery(Theme theme, CoalitionStatus status, List<String> terms, int page, int size) {
	}

	private record RenderedList(long modelVersion, Rendered rendered) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadAtStart() {
		try {
			model();
		}
		catch (RuntimeException ex) {
			// the first read loads it then (and answers 503 while the store is away)
			log.warn("Coalition read model not loaded at start: {}", ex.toString());
		}
	}

	/**
	 * Reads again each coalition the events name. A failure to read the store is left to the next sweep rather than
	 * retried and dead-lettered: the store, not the event, is what this model copies.
	 */
	@EventSubscription(id = "coalition-read-model", groupSuffix = "read-model", perInstance = true, batch = true,
			topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS })
	void apply(List<ReceivedEvent<?>> events) {
		Set<String> named = new HashSet<>();
		events.forEach(event -> {
			if (event.coalitionId() != null) {
				named.add(event.coalitionId());
			}
		});
		if (named.isEmpty() || model == null) {
			return;
		}
		try {
			refresh(named);
		}
		catch (RuntimeException ex) {
			log.warn("Coalition read model not refreshed from events, the next sweep will: {}", ex.toString());
		}
	}

	/**
	 * Reads the coalition again after this instance wrote it. The write stands whatever happens here: a store that
	 * cannot be read just now is left to the next sweep.
	 */
	void written(String id) {
		if (model == null) {
			return;
		}
		try {
			refresh(Set.of(id));
		}
		catch (RuntimeException ex) {
			log.debug("Coalition read model not refreshed after a write, the next sweep will: {}", ex.toString());
		}
	}

	/** The sweep on its interval ({@link ReadModelSweeps}); the store being away is left to the next one. */
	void sweepNow() {
		try {
			synchronized (sweeping) {
				sweep();
			}
		}
		catch (RuntimeException ex) {
			log.debug("Coalition read model not swept: {}", ex.toString());
		}
	}

	/**
	 * Brings the model up to what the store holds now, with one sweep begun after this call (concurrent callers
	 * share it): for a request that named positions its answer must reflect, once this service has applied them.
	 */
	void catchUp() {
		long asked = System.nanoTime();
		synchronized (sweeping) {
			if (model != null && lastSweepStarted - asked > 0) {
				return;
			}
			sweep();
		}
	}

	/**
	 * One page of coalitions in name order, as summaries ({@code {items, page, size, total}}); {@code words} must
	 * each begin a word of the name or summary ({@link Coalition#terms}).
	 */
	Rendered list(Theme theme, CoalitionStatus status, String words, int page, int size) {
		Model current = model();
		ListQuery query = new ListQuery(theme, status, words == null ? List.of() : Coalition.terms(words), page, size);
		RenderedList cached = lists.get(query);
		if (cached != null && cached.modelVersion() == current.version()) {
			return cached.rendered();
		}
		List<Entry> matching = current.inNameOrder().stream().filter(entry -> matches(entry, query)).toList();
		long offset = (long) page * size;
		List<CoalitionSummary> items = offset >= matching.size() ? List.of()
				: matching.subList((int) offset, (int) Math.min(matching.size(), offset + size))
					.stream()
					.map(Entry::summary)
					.toList();
		byte[] body = json.writeValueAsBytes(new PageView<>(items, page, size, matching.size()));
		Rendered rendered = new Rendered(body, "\"" + digest(body) + "\"");
		if (lists.size() >= LISTS_KEPT) {
			lists.clear();
		}
		lists.put(query, new RenderedList(current.version(), rendered));
		return rendered;
	}

	/**
	 * A coalition's page; one the model does not hold (yet) is looked for in the store, so that a coalition
	 * proposed through another instance a moment ago is no 404 here.
	 */
	Optional<Rendered> page(String id) {
		Entry entry = model().byId().get(id);
		if (entry == null) {
			refresh(Set.of(id));
			entry = model.byId().get(id);
		}
		return Optional.ofNullable(entry).map(Entry::page);
	}

	private static boolean matches(Entry entry, ListQuery query) {
		return (query.theme() == null || query.theme() == entry.theme())
				&& (query.status() == null || query.status() == entry.status())
				&& query.terms().stream().allMatch(term -> entry.terms().stream().anyMatch(word -> word.startsWith(term)));
	}

	private Model model() {
		Model current = model;
		if (current == null) {
			synchronized (sweeping) {
				if (model == null) {
					sweep();
				}
				current = model;
			}
		}
		return current;
	}

	/** Guarded by {@link #sweeping}. */
	private void sweep() {
		lastSweepStarted = System.nanoTime();
		// taken before the store is read: a coalition this instance adds meanwhile is then not mistaken for one gone
		Model current = model;
		Query all = new Query();
		all.fields().include("_id").include(OutboxAggregate.VERSION_FIELD);
		Map<String, Long> stored = new HashMap<>();
		mongo.find(all, Document.class, mongo.getCollectionName(Coalition.class))
			.forEach(found -> stored.put(found.get("_id").toString(), version(found.get(OutboxAggregate.VERSION_FIELD))));
		Set<String> stale = new HashSet<>();
		stored.forEach((id, version) -> {
			Entry held = current == null ? null : current.byId().get(id);
			if (held == null || held.version() != version) {
				stale.add(id);
			}
		});
		Set<String> gone = current == null ? new HashSet<>() : new HashSet<>(current.byId().keySet());
		gone.removeAll(stored.keySet());
		if (current == null || !stale.isEmpty() || !gone.isEmpty()) {
			replace(load(stale), gone, current == null);
		}
	}

	private void refresh(Collection<String> ids) {
		List<Entry> loaded = load(ids);
		Set<String> gone = new HashSet<>(ids);
		loaded.forEach(entry -> gone.remove(entry.id()));
		replace(loaded, gone, false);
	}

	private List<Entry> load(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return mongo.find(Query.query(Criteria.where("_id").in(ids)), Coalition.class)
			.stream()
			.map(this::entry)
			.toList();
	}

	/**
	 * Puts what was read into a new model. Of two readers of the same coalition the later write wins whoever
	 * finishes first: versions only grow, so an entry never replaces a newer one.
	 */
	private synchronized void replace(List<Entry> loaded, Set<String> gone, boolean first) {
		Model current = model;
		if (current == null && !first) {
			return;
		}
		Map<String, Entry> byId = current == null ? new HashMap<>() : new HashMap<>(current.byId());
		boolean changed = current == null;
		for (Entry entry : loaded) {
			Entry held = byId.get(entry.id());
			if (held == null || held.version() < entry.version()) {
				byId.put(entry.id(), entry);
				changed = true;
			}
		}
		for (String id : gone) {
			changed |= byId.remove(id) != null;
		}
		if (!changed) {
			return;
		}
		List<Entry> inNameOrder = new ArrayList<>(byId.values());
		inNameOrder.sort(NAME_ORDER);
		model = new Model(current == null ? 1 : current.version() + 1, Map.copyOf(byId), List.copyOf(inNameOrder));
		lists.clear();
	}

	private Entry entry(Coalition coalition) {
		CoalitionSummary summary = new CoalitionSummary(coalition.getId(), coalition.getName(), coalition.getTheme(),
				coalition.getThemeName(), coalition.getSummary(), coalition.getJoinPolicy(), coalition.getStatus(),
				coalition.getProposedAt(), coalition.getLastActivityAt());
		byte[] page = json.writeValueAsBytes(CoalitionView.of(coalition));
		// the charter version first: it is what a charter edit's If-Match must name (CoalitionController)
		Rendered rendered = new Rendered(page, "\"" + coalition.getCharterVersion() + "-" + digest(page) + "\"");
		return new Entry(coalition.getId(), coalition.nameKey(), coalition.getTheme(), coalition.getStatus(),
				coalition.searchTerms(), coalition.getVersion() == null ? 0 : coalition.getVersion(), summary,
				rendered);
	}

	private static long version(Object stored) {
		return stored instanceof Number number ? number.longValue() : 0;
	}

	/** 96 bits of the body's SHA-256, base64url: the same bytes give the same tag on every instance. */
	static String digest(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 12));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
