package org.coalitions.coalition.roster;

import java.util.Map;

import org.coalitions.contracts.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The members of one coalition and their roles, keyed by member id, with their names as they joined (for pages
 * that list people, such as the coordination group's).
 */
@Document(Roster.COLLECTION)
record Roster(@Id String coalitionId, Map<String, Role> members, Map<String, String> names) {

	static final String COLLECTION = "coalition_roster";
}
