package org.coalitions.coalition.coordination;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MeetingRepository extends MongoRepository<Meeting, String> {

	List<Meeting> findByCoalitionIdOrderByStartsAtDesc(String coalitionId);

	List<Meeting> findByCoalitionIdInOrderByStartsAtDesc(Collection<String> coalitionIds);
}
