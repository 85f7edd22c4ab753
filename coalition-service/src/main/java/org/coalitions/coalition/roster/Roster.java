package org.coalitions.coalition.roster;

import java.util.Map;

import org.coalitions.contracts.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The members of one coalition and their roles, keyed by member id. */
@Document(Roster.COLLECTION)
record Roster(@Id String coalitionId, Map<String, Role> members) {

	static final String COLLECTION = "coalition_roster";
}
