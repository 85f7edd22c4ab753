package org.coalitions.coalition.group;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.coalitions.coalition.roster.Rosters.Member;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.Role;

/**
 * Who is in the coordination group, in this one class:
 * <ul>
 * <li>only ACTIVE coalitions have a seat; a coalition that becomes anything else loses its representatives;</li>
 * <li>a coalition's coordinators name 0 to 2 of its members as its representatives; none named means its
 * coordinators;</li>
 * <li>named representatives count while they are members; when none of them is any more, the coalition is
 * represented by its coordinators again (until its coordinators name others);</li>
 * <li>the group is everyone who represents at least one coalition; the secretariat belongs by role and is not
 * listed.</li>
 * </ul>
 */
public final class CoordinationGroupRules {

	/** The most representatives one coalition may name. */
	public static final int MAX_REPRESENTATIVES = 2;

	private CoordinationGroupRules() {
	}

	/** The coalition's representatives now. */
	public static List<Member> representatives(CoalitionStatus status, List<String> named, List<Member> roster) {
		if (status != CoalitionStatus.ACTIVE) {
			return List.of();
		}
		List<Member> stillMembers = named.stream()
			.flatMap(id -> roster.stream().filter(member -> member.id().equals(id)))
			.toList();
		if (!stillMembers.isEmpty()) {
			return stillMembers;
		}
		return roster.stream().filter(member -> member.role() == Role.COORDINATOR).toList();
	}

	/**
	 * What is wrong with naming these representatives (more than two, a repeated id, or someone who is not a
	 * member); empty when the naming is valid.
	 */
	public static List<String> problems(List<String> named, List<Member> roster) {
		if (named.size() > MAX_REPRESENTATIVES) {
			return List.of("name at most " + MAX_REPRESENTATIVES + " representatives");
		}
		if (new LinkedHashSet<>(named).size() != named.size()) {
			return List.of("name each representative once");
		}
		Set<String> members = roster.stream().map(Member::id).collect(Collectors.toSet());
		return named.stream()
			.filter(id -> !members.contains(id))
			.map(id -> id + " is not a member of this coalition")
			.toList();
	}

	/** The group's members: everyone who represents a coalition, each once, in id order. */
	public static List<String> members(Collection<List<String>> representativesOfEachCoalition) {
		return representativesOfEachCoalition.stream().flatMap(List::stream).distinct().sorted().toList();
	}
}
