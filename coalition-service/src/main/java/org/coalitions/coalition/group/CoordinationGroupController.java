package org.coalitions.coalition.group;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coalitions.coalition.group.GroupRoster.Representative;
import org.coalitions.coalition.group.GroupRoster.Seat;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The coordination group's members (public) and each coalition's representatives in it. */
@RestController
class CoordinationGroupController {

	private final CoordinationGroupMembership group;

	CoordinationGroupController(CoordinationGroupMembership group) {
		this.group = group;
	}

	/** Who is in the group, each with the coalitions they represent; names only, never addresses. */
	@GetMapping("/api/coordination-group")
	@Operation(summary = "The coordination group: its members with the coalition each represents")
	GroupView group() {
		Map<String, MemberView> members = new LinkedHashMap<>();
		List<CoalitionSeatView> coalitions = new ArrayList<>();
		group.seats().forEach((coalitionId, seat) -> {
			coalitions.add(CoalitionSeatView.of(coalitionId, seat));
			for (Representative representative : seat.representatives()) {
				members
					.computeIfAbsent(representative.id(),
							id -> new MemberView(id, representative.name(), new ArrayList<>()))
					.coalitions()
					.add(new CoalitionRef(coalitionId, seat.coalitionName()));
			}
		});
		List<MemberView> sortedMembers = members.values()
			.stream()
			.map(member -> new MemberView(member.id(), member.name(),
					member.coalitions().stream().sorted(Comparator.comparing(CoalitionRef::name)).toList()))
			.sorted(Comparator.comparing((MemberView member) -> member.name() == null ? member.id() : member.name()))
			.toList();
		coalitions.sort(Comparator.comparing(CoalitionSeatView::name));
		return new GroupView(sortedMembers, coalitions);
	}

	/** The representatives a coalition's coordinators named (empty: its coordinators) and those it has now. */
	@GetMapping("/api/coalitions/{id}/representatives")
	@Operation(summary = "The coalition's representatives in the coordination group")
	RepresentativesView representatives(@PathVariable String id) {
		List<String> named = group.named(id);
		Seat seat = group.seats().get(id);
		return new RepresentativesView(id, named,
				seat == null ? List.of() : seat.representatives().stream().map(PersonView::of).toList());
	}

	@PutMapping("/api/coalitions/{id}/representatives")
	@Operation(summary = "Name the coalition's representatives (coordinators; 0-2 members, none means its coordinators)")
	RepresentativesView name(@PathVariable String id, @Valid @RequestBody NameRepresentatives naming,
			@AuthenticationPrincipal Jwt jwt) {
		group.name(id, naming.representativeIds(), CurrentUser.of(jwt));
		return representatives(id);
	}

	/** Someone named who is not a member, or named twice: an invalid field, as Bean Validation's are answered. */
	@ExceptionHandler
	ProblemDetail invalid(RepresentativesInvalid ex) {
		ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
		problem.setProperty("errors", ex.problems()
			.stream()
			.map(message -> Map.of("field", "representativeIds", "message", message))
			.toList());
		return problem;
	}

	/** 0 to 2 member ids; none: the coalition's coordinators represent it. */
	record NameRepresentatives(
			@NotNull @Size(max = CoordinationGroupRules.MAX_REPRESENTATIVES) List<@NotBlank String> representativeIds) {
	}

	record GroupView(List<MemberView> members, List<CoalitionSeatView> coalitions) {
	}

	record MemberView(String id, String name, List<CoalitionRef> coalitions) {
	}

	record CoalitionRef(String id, String name) {
	}

	record PersonView(String id, String name) {

		static PersonView of(Representative representative) {
			return new PersonView(representative.id(), representative.name());
		}
	}

	record CoalitionSeatView(String id, String name, List<PersonView> representatives) {

		static CoalitionSeatView of(String id, Seat seat) {
			return new CoalitionSeatView(id, seat.coalitionName(),
					seat.representatives().stream().map(PersonView::of).toList());
		}
	}

	record RepresentativesView(String coalitionId, List<String> named, List<PersonView> representatives) {
	}
}
