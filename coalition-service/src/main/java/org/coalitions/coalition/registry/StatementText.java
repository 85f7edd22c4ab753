package org.coalitions.coalition.registry;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The formation statement as founders write it, on proposal and on each revision: why the coalition is needed,
 * its first year's action plan, its contact persons (names only: addresses are never shown, so none are taken)
 * and optionally an outside mailing list or archive.
 */
record StatementText(@NotBlank @Size(max = 4000) String rationale, @NotBlank @Size(max = 4000) String actionPlan,
		@NotNull @Size(min = 1, max = 5) List<@NotBlank @Size(max = 120) @Pattern(regexp = NO_ADDRESS,
				message = "must be a name, not an address") String> contactPersons,
		@Size(max = 500) @Pattern(regexp = Links.WEB, message = "must be an http(s) address") String mailingList) {

	/** No mail address and no web address: a contact person is named, and reached through the platform. */
	static final String NO_ADDRESS = "^(?![\\s\\S]*@)(?![\\s\\S]*://)[\\s\\S]*$";
}
