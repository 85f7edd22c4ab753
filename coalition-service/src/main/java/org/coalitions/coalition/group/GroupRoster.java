package org.coalitions.coalition.group;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coalitions.contracts.CoordinationGroup;
import org.coalitions.contracts.CoordinationGroupChanged;
import org.coalitions.contracts.RepresentativesNamed;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The coordination group as last worked out, in one document (so a change of one coalition's seat and the group's
 * list it leads to are one write, with their events): what each coalition's coordinators named, and each active
 * coalition's seat with its representatives now. Its events wait in its own outbox.
 */
@Document(GroupRoster.COLLECTION)
class GroupRoster extends OutboxAggregate {

	static final String COLLECTION = "coordination_group";

	/** Coalition id → the representatives its coordinators named (absent: its coordinators). */
	private Map<String, List<String>> named = new HashMap<>();

	/** Coalition id → its seat, for each coalition with representatives now. */
	private Map<String, Seat> seats = new HashMap<>();

	/** A coalition's place in the group: its name and its representatives. */
	record Seat(String coalitionName, List<Representative> representatives) {

		List<String> ids() {
			return representatives.stream().map(Representative::id).toList();
		}
	}

	/** A representative, with the name they joined their coalition under (may be null). */
	record Representative(String id, String name) {
	}

	protected GroupRoster() {
	}

	static GroupRoster empty() {
		GroupRoster group = new GroupRoster();
		group.id = CoordinationGroup.ID;
		return group;
	}

	List<String> named(String coalitionId) {
		return named.getOrDefault(coalitionId, List.of());
	}

	/** Records a new naming; the same naming again changes nothing. */
	boolean name(String coalitionId, List<String> representativeIds, String actor, Instant now) {
		if (named(coalitionId).equals(representativeIds)) {
			return false;
		}
		if (representativeIds.isEmpty()) {
			named.remove(coalitionId);
		}
		else {
			named.put(coalitionId, List.copyOf(representativeIds));
		}
		record(new RepresentativesNamed(coalitionId, List.copyOf(representativeIds)), actor, now);
		return true;
	}

	/**
	 * Takes the coalition's seat as it is now (empty: none); publishes the group's whole list if it changed.
	 * @return whether anything changed
	 */
	boolean seat(String coalitionId, Optional<Seat> seat, String actor, Instant now) {
		if (Optional.ofNullable(seats.get(coalitionId)).equals(seat)) {
			return false;
		}
		List<String> before = memberIds();
		seat.ifPresentOrElse(taken -> seats.put(coalitionId, taken), () -> seats.remove(coalitionId));
		List<String> after = memberIds();
		if (!after.equals(before)) {
			record(new CoordinationGroupChanged(CoordinationGroup.ID, after), actor, now);
		}
		return true;
	}

	List<String> memberIds() {
		return CoordinationGroupRules.members(seats.values().stream().map(Seat::ids).toList());
	}

	boolean isMember(String personId) {
		return seats.values().stream().anyMatch(seat -> seat.ids().contains(personId));
	}

	Map<String, Seat> seats() {
		return Map.copyOf(seats);
	}
}
