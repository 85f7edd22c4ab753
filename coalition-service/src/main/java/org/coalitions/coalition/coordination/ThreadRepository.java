package org.coalitions.coalition.coordination;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ThreadRepository extends MongoRepository<DiscussionThread, String> {

	Page<DiscussionThread> findByCoalitionIdOrderByLastPostAtDesc(String coalitionId, Pageable page);
}
