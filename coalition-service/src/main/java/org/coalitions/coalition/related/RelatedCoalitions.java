package org.coalitions.coalition.related;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coalitions.coalition.coordination.ThreadTitles;
import org.coalitions.coalition.registry.Coalition;
import org.coalitions.coalition.registry.CoalitionRegistry;
import org.coalitions.coalition.related.RelatedIndex.RelatedCoalition;
import org.coalitions.coalition.related.RelatedIndex.RelatedPair;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.StatementRevised;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Keeps the {@link RelatedIndex} of this instance: built from the store at start and every
 * {@code coalitions.related.rebuild-interval}, and updated from events in a consumer group of its own. An event
 * about a coalition's texts or status makes it read the coalition and its thread titles from the store again, so
 * a redelivered or late event finds the same state; members follow the membership events as the roster projection
 * does (the proposer, then whoever joins or leaves), since that projection may not have applied them yet. A
 * rebuild takes the projection as it is: a change it has not applied at that moment waits for the next rebuild.
 */
@Service
class RelatedCoalitions implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RelatedCoalitions.class);

	private final RelatedIndex index = new RelatedIndex();

	private final CoalitionRegistry registry;

	private final ThreadTitles threadTitles;

	private final Rosters rosters;

	private final EventHandlers handlers;

	private boolean built;

	RelatedCoalitions(CoalitionRegistry registry, ThreadTitles threadTitles, Rosters rosters) {
		this.registry = registry;
		this.threadTitles = threadTitles;
		this.rosters = rosters;
		this.handlers = EventHandlers.builder()
			.on(CoalitionProposed.class, event -> {
				reindex(event.coalitionId());
				index.memberJoined(event.coalitionId(), event.data().proposerId());
			})
			.on(CharterEdited.class, event -> reindex(event.coalitionId()))
			.on(StatementRevised.class, event -> reindex(event.coalitionId()))
			.on(ThreadStarted.class, event -> reindex(event.coalitionId()))
			.on(CoalitionStatusChanged.class, event -> reindex(event.coalitionId()))
			.on(MemberJoined.class, event -> index.memberJoined(event.coalitionId(), event.data().memberId()))
			.on(MemberLeft.class, event -> index.memberLeft(event.coalitionId(), event.data().memberId()))
			.build();
	}

	@EventSubscription(id = "coalition-related", groupSuffix = "related",
			topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS })
	EventHandlers handlers() {
		return handlers;
	}

	/** The coalitions closest to this one; 404 for an unknown coalition. */
	List<RelatedCoalition> relatedTo(String coalitionId) {
		registry.get(coalitionId);
		buildOnce();
		return index.relatedTo(coalitionId);
	}

	/** Every related pair, strongest first. */
	List<RelatedPair> pairs() {
		buildOnce();
		return index.pairs();
	}

	/** Reads every coalition, its thread titles and its members from the store into a fresh index. */
	synchronized void rebuild() {
		Map<String, List<String>> titles = threadTitles.ofEveryCoalition(IndexedCoalition.MAX_THREAD_TITLES);
		List<IndexedCoalition> coalitions = new ArrayList<>();
		for (String id : registry.ids()) {
			try {
				Coalition coalition = registry.get(id);
				coalitions.add(IndexedCoalition.of(coalition, titles.getOrDefault(id, List.of())));
			}
			catch (NotFoundException gone) {
				// deleted since the ids were read
			}
		}
		index.replaceAll(coalitions, rosters.membersOfEveryCoalition());
		built = true;
		log.debug("Related coalitions: {} coalitions indexed", coalitions.size());
	}

	private synchronized void buildOnce() {
		if (!built) {
			rebuild();
		}
	}

	private synchronized void reindex(String coalitionId) {
		try {
			Coalition coalition = registry.get(coalitionId);
			index.put(IndexedCoalition.of(coalition,
					threadTitles.of(coalitionId, IndexedCoalition.MAX_THREAD_TITLES)));
		}
		catch (NotFoundException unknown) {
			index.remove(coalitionId);
		}
	}

	@Override
	public void destroy() throws Exception {
		index.close();
	}
}
