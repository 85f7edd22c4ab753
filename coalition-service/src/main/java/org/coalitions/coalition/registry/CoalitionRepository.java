package org.coalitions.coalition.registry;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CoalitionRepository extends MongoRepository<Coalition, String> {
}
