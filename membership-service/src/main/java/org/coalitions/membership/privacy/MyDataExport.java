package org.coalitions.membership.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.coalitions.contracts.DigestPreference;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.StakeholderGroup;
import org.coalitions.membership.directory.CoalitionDirectory;
import org.coalitions.membership.directory.CoalitionEntry;
import org.coalitions.membership.invitation.Invitations;
import org.coalitions.membership.invitation.InvitationsOfPerson;
import org.coalitions.membership.profile.MemberProfile;
import org.coalitions.membership.profile.Profiles;
import org.coalitions.membership.roster.JoinRequestStatus;
import org.coalitions.membership.roster.PersonInRoster;
import org.coalitions.membership.roster.Rosters;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * What membership-service holds about one person: their profile (with mail preferences and languages), their
 * memberships and roles, their join requests with messages and outcomes, the invitations addressed to them and
 * those they sent. A handful of queries whatever the number of coalitions (profile, rosters, directory names,
 * invitations). Nothing of other people but names they wrote or that wrote to them (an inviter's name); the
 * addresses of people they invited are left out.
 */
@Service
class MyDataExport {

	static final String SERVICE = "membership-service";

	private final Profiles profiles;

	private final Rosters rosters;

	private final CoalitionDirectory directory;

	private final Invitations invitations;

	private final Clock clock;

	MyDataExport(Profiles profiles, Rosters rosters, CoalitionDirectory directory, Invitations invitations,
			Clock clock) {
		this.profiles = profiles;
		this.rosters = rosters;
		this.directory = directory;
		this.invitations = invitations;
		this.clock = clock;
	}

	MembershipData of(CurrentUser person) {
		Instant generatedAt = clock.instant();
		MemberProfile profile = profiles.find(person.id()).orElse(null);
		List<PersonInRoster> places = rosters.about(person.id());
		Map<String, String> names = directory.findAll(places.stream().map(PersonInRoster::coalitionId).toList())
			.stream()
			.collect(Collectors.toMap(CoalitionEntry::coalitionId, CoalitionEntry::name, (a, b) -> a));
		List<Membership> memberships = new ArrayList<>();
		List<JoinRequest> requests = new ArrayList<>();
		for (PersonInRoster place : places) {
			String name = names.get(place.coalitionId());
			if (place.role() != null) {
				memberships.add(new Membership(place.coalitionId(), name, place.role(), place.joinedAt()));
			}
			place.joinRequests()
				.forEach(request -> requests.add(new JoinRequest(place.coalitionId(), name, request.requestId(),
						request.message(), request.requestedAt(), request.status(), request.decidedAt(),
						request.decisionMessage())));
		}
		String email = profile != null && profile.getEmail() != null ? profile.getEmail() : person.email();
		InvitationsOfPerson invited = invitations.about(person.id(), email);
		return new MembershipData(SERVICE, generatedAt, person.id(), profile == null ? null : Profile.of(profile),
				memberships, requests, invited.received(), invited.sent());
	}

	/** membership-service's part of the file. */
	record MembershipData(String service, Instant generatedAt, String personId, Profile profile,
			List<Membership> memberships, List<JoinRequest> joinRequests,
			List<InvitationsOfPerson.Received> invitationsReceived, List<InvitationsOfPerson.Sent> invitationsSent) {
	}

	/**
	 * The profile as stored: {@code digest} null means the default of the person's role; {@code language} the pages'
	 * language they chose, {@code browserLanguage} the one their browser asked for when the profile was made.
	 */
	record Profile(String displayName, String email, StakeholderGroup stakeholderGroup, String country,
			String organisation, String timeZone, DigestPreference digest, boolean actionMails,
			boolean emailVisibleToCoordinators, String language, String browserLanguage, Instant firstSignInAt,
			Instant createdAt, Instant updatedAt) {

		static Profile of(MemberProfile profile) {
			return new Profile(profile.getDisplayName(), profile.getEmail(), profile.getStakeholderGroup(),
					profile.getCountry(), profile.getOrganisation(), profile.getTimeZone(), profile.getDigest(),
					profile.isActionMails(), profile.isEmailVisibleToCoordinators(), profile.getLanguage(),
					profile.getBrowserLanguage(), profile.getFirstSignInAt(), profile.getCreatedAt(),
					profile.getUpdatedAt());
		}
	}

	record Membership(String coalitionId, String coalitionName, Role role, Instant joinedAt) {
	}

	record JoinRequest(String coalitionId, String coalitionName, String requestId, String message,
			Instant requestedAt, JoinRequestStatus status, Instant decidedAt, String decisionMessage) {
	}
}
