package org.coalitions.membership.profile;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.coalitions.contracts.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
record ProfileController(Profiles profiles, CoordinatorRoles roles) {

	/**
	 * The signed-in person's profile, made from their token the first time. The pages read it when they open, so a
	 * profile made here notes the language the browser asks for: the person's mails are in it while they chose
	 * none.
	 */
	@GetMapping
	@Operation(summary = "The signed-in person's profile")
	ProfileView get(@AuthenticationPrincipal Jwt jwt,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		return view(profiles.signIn(SignIn.of(jwt), Language.acceptedOf(acceptLanguage).orElse(null)));
	}

	@PutMapping
	@Operation(summary = "Update the signed-in person's profile")
	ProfileView update(@Valid @RequestBody UpdateProfile update, @AuthenticationPrincipal Jwt jwt) {
		return view(profiles.update(SignIn.of(jwt), update));
	}

	@PutMapping("/language")
	@Operation(summary = "Choose the language of the pages (the language switch)")
	ProfileView chooseLanguage(@Valid @RequestBody ChooseLanguage choice, @AuthenticationPrincipal Jwt jwt) {
		return view(profiles.chooseLanguage(SignIn.of(jwt), choice.language()));
	}

	private ProfileView view(MemberProfile profile) {
		return ProfileView.of(profile, roles.coordinatesAny(profile.getId()));
	}
}
