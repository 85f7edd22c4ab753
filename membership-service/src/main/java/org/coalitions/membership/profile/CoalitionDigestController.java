package org.coalitions.membership.profile;

import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.coalitions.contracts.DigestPreference;
import org.coalitions.platform.domain.ForbiddenException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's digest frequency per coalition, overriding their default digest there. */
@RestController
record CoalitionDigestController(Profiles profiles, CoalitionMemberships memberships, CoordinatorRoles roles) {

	@GetMapping("/api/me/digests")
	@Operation(summary = "The signed-in person's coalitions, each with the digest its news goes into")
	List<CoalitionDigestView> list(@AuthenticationPrincipal Jwt jwt) {
		MemberProfile profile = profiles.signIn(SignIn.of(jwt));
		DigestPreference byDefault = ProfileView.of(profile, roles.coordinatesAny(profile.getId())).effectiveDigest();
		return memberships.coalitionsOf(profile.getId()).entrySet().stream().map(coalition -> {
			DigestPreference chosen = profile.getCoalitionDigests().get(coalition.getKey());
			return new CoalitionDigestView(coalition.getKey(), coalition.getValue(), chosen,
					chosen == null ? byDefault : chosen);
		}).sorted(Comparator.comparing(CoalitionDigestView::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	@PutMapping("/api/me/digests/{coalitionId}")
	@Operation(summary = "Choose the digest of one of the signed-in person's coalitions (null: their default one)")
	ProfileView choose(@PathVariable String coalitionId, @Valid @RequestBody ChooseCoalitionDigest choice,
			@AuthenticationPrincipal Jwt jwt) {
		SignIn signIn = SignIn.of(jwt);
		if (!memberships.isMember(signIn.id(), coalitionId)) {
			throw new ForbiddenException("Only members of a coalition choose its digest.");
		}
		MemberProfile profile = profiles.chooseCoalitionDigest(signIn, coalitionId,
				choice.digest() == null ? null : DigestPreference.valueOf(choice.digest()));
		return ProfileView.of(profile, roles.coordinatesAny(profile.getId()));
	}
}
