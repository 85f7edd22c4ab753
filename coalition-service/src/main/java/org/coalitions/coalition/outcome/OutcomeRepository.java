package org.coalitions.coalition.outcome;

import java.util.List;

import org.coalitions.contracts.OutcomeKind;

import org.springframework.data.mongodb.repository.MongoRepository;

interface OutcomeRepository extends MongoRepository<Outcome, String> {

	List<Outcome> findByCoalitionIdOrderByCreatedAtDesc(String coalitionId);

	List<Outcome> findByCoalitionIdAndKindAndPublishedTrue(String coalitionId, OutcomeKind kind);
}
