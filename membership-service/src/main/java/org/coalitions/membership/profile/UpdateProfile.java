package org.coalitions.membership.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coalitions.contracts.DigestPreference;
import org.coalitions.contracts.StakeholderGroup;

/**
 * The editable part of a profile, replaced as a whole. Stakeholder group and country are required: a profile
 * without them cannot join coalitions. {@code digest} null means the default for the person's role;
 * {@code language} null, the language the browser asks for.
 */
record UpdateProfile(@NotBlank @Size(max = MemberProfile.NAME_MAX) String displayName,
		@NotNull @Size(max = 40) @OneOf(StakeholderGroup.class) String stakeholderGroup,
		@NotNull @Size(min = 2, max = 2) @CountryCode String country, @Size(max = 200) String organisation,
		@NotBlank @Size(max = 64) @ZoneName String timeZone, @Size(max = 10) @OneOf(DigestPreference.class) String digest,
		@NotNull Boolean actionMails, @NotNull Boolean emailVisibleToCoordinators, @LanguageTag String language) {
}
