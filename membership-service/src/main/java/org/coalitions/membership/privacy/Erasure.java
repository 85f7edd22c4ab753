package org.coalitions.membership.privacy;

import java.util.LinkedHashSet;
import java.util.Set;

import org.coalitions.membership.invitation.Invitations;
import org.coalitions.membership.profile.MemberProfile;
import org.coalitions.membership.profile.Profiles;
import org.coalitions.membership.roster.Rosters;
import org.coalitions.platform.privacy.PersonalDataScrub;
import org.coalitions.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * "Delete my account", where it starts: the person's sign-in account goes first (Keycloak unreachable: nothing is
 * erased, the person tries again), then this service's data, and last the profile becomes a tombstone with {@code
 * PersonErased} in its outbox, in one write, for the other services. Every step is safe to repeat, so a request
 * that failed half-way is simply sent again: the account already gone is a 404 Keycloak answers and that is fine,
 * rosters without the person change nothing, a tombstone is erased again with no new event.
 * <p>
 * Names and addresses are learned from this service's own records (the profile, the rosters' copies of the name)
 * and the token, before anything is removed; the rosters lose the person's membership as a departure would
 * ({@code MemberLeft}, the balance, a successor named if they were the last coordinator), their join requests go,
 * invitations to their address are deleted, and {@link PersonalDataScrub} removes what is left anywhere in the
 * database (another member's join request quoting them, an invitation they sent, unsent events in outboxes).
 */
@Service
class Erasure {

	private static final Logger log = LoggerFactory.getLogger(Erasure.class);

	private final SignInAccounts accounts;

	private final Profiles profiles;

	private final Rosters rosters;

	private final Invitations invitations;

	private final MongoTemplate mongo;

	Erasure(SignInAccounts accounts, Profiles profiles, Rosters rosters, Invitations invitations, MongoTemplate mongo) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.rosters = rosters;
		this.invitations = invitations;
		this.mongo = mongo;
	}

	void erase(CurrentUser person) {
		accounts.remove(person.id());
		Set<String> names = new LinkedHashSet<>();
		Set<String> addresses = new LinkedHashSet<>();
		add(names, person.name());
		add(addresses, person.email());
		MemberProfile profile = profiles.find(person.id()).orElse(null);
		if (profile != null) {
			add(names, profile.getDisplayName());
			add(addresses, profile.getEmail());
		}
		rosters.erase(person.id()).forEach(name -> add(names, name));
		int invitationsRemoved = invitations.eraseAddressedTo(person.id(), addresses);
		int scrubbed = PersonalDataScrub.scrub(mongo.getDb(), names, addresses);
		profiles.erase(person.id());
		// no name, address or id: the log must not say who left
		log.info("Erased a person: {} invitations to them removed, {} documents scrubbed", invitationsRemoved,
				scrubbed);
	}

	private static void add(Set<String> values, String value) {
		if (value != null && !value.isBlank() && !PersonalDataScrub.FORMER_MEMBER.equalsIgnoreCase(value.strip())) {
			values.add(value.strip());
		}
	}
}
