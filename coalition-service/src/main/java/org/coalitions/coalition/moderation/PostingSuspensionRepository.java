package org.coalitions.coalition.moderation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PostingSuspensionRepository extends MongoRepository<PostingSuspension, String> {

	List<PostingSuspension> findByCoalitionIdAndUntilAfterAndLiftedAtIsNullOrderByUntilAsc(String coalitionId,
			Instant now);
}
