package org.coalitions.membership.roster;

import java.util.List;
import java.util.UUID;

import org.coalitions.membership.MembershipIntegrationTests;
import org.coalitions.membership.profile.Profiles;
import org.coalitions.membership.profile.SignIn;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.JoinRequestDecided;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.RoleChanged;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Joining, deciding, leaving, roles and balance over HTTP, with coalition events coming from the real broker
 * and membership events read back from it as the other services would read them.
 */
class RosterIntegrationTests extends MembershipIntegrationTests {

	@Autowired
	Profiles profiles;

	@Test
	void theProposerBecomesTheFirstCoordinator() {
		String pat = unique("pat");
		String id = proposed(pat, "OPEN");

		List<MemberJoined> joined = awaitEvents(id, MemberJoined.class, 1);
		assertThat(joined).singleElement().satisfies(event -> {
			assertThat(event.memberId()).isEqualTo(pat);
			assertThat(event.role()).isEqualTo("COORDINATOR");
			assertThat(event.displayName()).isEqualTo("Name of " + pat);
		});
		JsonNode members = json(get(members(id), token(pat)));
		assertThat(members).hasSize(1);
		assertThat(member(members, pat).path("role").asString()).isEqualTo("COORDINATOR");
		assertThat(json(get("/api/me", token(pat))).path("effectiveDigest").asString()).isEqualTo("DAILY");
	}

	@Test
	void aRedeliveredProposalMakesNoSecondCoordinatorMembership() {
		String pat = unique("pat");
		String ana = unique("ana");
		String id = UUID.randomUUID().toString();
		PendingEvent proposal = publishProposal(id, pat, "OPEN");
		awaitMember(id, pat, "COORDINATOR");
		profile(ana, "GOVERNMENT", "BR", false);
		assertThat(post(members(id), token(ana), "{}").statusCode()).isEqualTo(201);
		assertThat(delete(members(id) + "/me?successor=" + ana, token(pat)).statusCode()).isEqualTo(204);

		coalitionEvents().publish(proposal);
		coalitionEvents().publish(proposal);

		List<MemberJoined> joined = settledEvents(id, MemberJoined.class);
		assertThat(joined).filteredOn(event -> event.memberId().equals(pat)).hasSize(1);
		JsonNode members = json(get(members(id), token(ana)));
		assertThat(members).hasSize(1);
		assertThat(member(members, pat)).as("the proposer left; the redelivery must not bring them back").isNull();
	}

	@Test
	void membersOfThreeStakeholderGroupsMeetTheMultistakeholderRule() {
		String id = proposed(unique("pat"), "OPEN");
		String[][] joiners = { { unique("wanjiru"), "CIVIL_SOCIETY", "KE" }, { unique("bruno"), "GOVERNMENT", "BR" },
				{ unique("chen"), "PRIVATE_SECTOR", "CN" } };
		for (String[] joiner : joiners) {
			profile(joiner[0], joiner[1], joiner[2], false);
			ApiResponse joined = post(members(id), token(joiner[0]), "{}");
			assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
			assertThat(json(joined).path("role").asString()).isEqualTo("MEMBER");
		}

		List<BalanceChanged> balances = awaitEvents(id, BalanceChanged.class, 4);
		assertThat(balances).extracting(BalanceChanged::members).containsExactly(1, 2, 3, 4);
		assertThat(balances).extracting(BalanceChanged::ruleMet).containsExactly(false, false, false, true);
		BalanceChanged met = balances.get(3);
		assertThat(met.distinctStakeholderGroups()).isEqualTo(3);
		assertThat(met.developingCountryMembers()).isEqualTo(3);
		assertThat(met.byStakeholderGroup()).containsEntry("UNKNOWN", 1).containsEntry("CIVIL_SOCIETY", 1);
		assertThat(met.byRegion()).containsEntry("AFRICAN_STATES", 1)
			.containsEntry("LATIN_AMERICAN_AND_CARIBBEAN_STATES", 1)
			.containsEntry("ASIA_PACIFIC_STATES", 1)
			.containsEntry("UNKNOWN", 1);

		ApiResponse balance = get("/api/coalitions/" + id + "/balance", null);
		assertThat(balance.statusCode()).isEqualTo(200);
		JsonNode view = json(balance);
		assertThat(view.path("ruleMet").asBoolean()).isTrue();
		assertThat(view.path("minStakeholderGroups").asInt()).isEqualTo(3);
		assertThat(view.path("developingCountryParticipation").asBoolean()).isTrue();
		assertThat(view.path("byRegion").path("AFRICAN_STATES").asInt()).isEqualTo(1);
	}

	@Test
	void completingTheProposersProfileMovesTheBalanceWithoutAJoin() {
		String pat = unique("pat");
		String id = proposed(pat, "OPEN");
		awaitEvents(id, BalanceChanged.class, 1);

		profile(pat, "TECHNICAL_COMMUNITY", "US", false);

		List<BalanceChanged> balances = awaitEvents(id, BalanceChanged.class, 2);
		assertThat(balances.get(1).byStakeholderGroup()).containsEntry("TECHNICAL_COMMUNITY", 1)
			.doesNotContainKey("UNKNOWN");
		assertThat(balances.get(1).byRegion()).containsEntry("WESTERN_EUROPEAN_AND_OTHER_STATES", 1);
		// a change that does not touch the balance publishes none
		profile(pat, "TECHNICAL_COMMUNITY", "US", true);
		assertThat(settledEvents(id, BalanceChanged.class)).hasSize(2);
	}

	@Test
	void aModeratedJoinWaitsForThisCoalitionsCoordinator() {
		PatsCoalition coalition = patsCoalition("MODERATED");
		String mia = unique("mia");
		profile(mia, "ACADEMIC_COMMUNITY", "IN", false);

		ApiResponse asked = post(members(coalition.id()), token(mia), "{\"message\": \"I teach Internet law.\"}");
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
		String requestId = json(asked).path("requestId").asString();
		assertThat(json(asked).path("status").asString()).isEqualTo("PENDING");
		assertThat(post(members(coalition.id()), token(mia), "{}").statusCode()).as("already pending").isEqualTo(409);

		JsonNode pending = json(get(requests(coalition.id()), token(coalition.pat())));
		assertThat(pending).singleElement()
			.satisfies(request -> assertThat(request.path("requestId").asString()).isEqualTo(requestId))
			.satisfies(request -> assertThat(request.path("message").asString()).isEqualTo("I teach Internet law."));
		assertThat(get(requests(coalition.id()), token(coalition.quinn())).statusCode()).isEqualTo(403);
		assertThat(get(requests(coalition.id()), token(mia)).statusCode()).isEqualTo(403);

		String approve = "{\"approve\": true, \"message\": \"Welcome!\"}";
		ApiResponse foreign = post(decision(coalition.id(), requestId), token(coalition.quinn()), approve);
		assertThat(foreign.statusCode()).as("a coordinator of another coalition has no power here").isEqualTo(403);
		assertThat(contentType(foreign)).isEqualTo("application/problem+json");
		assertThat(post(decision(coalition.id(), requestId), token(mia), approve).statusCode()).isEqualTo(403);
		assertThat(member(json(get(members(coalition.id()), token(mia))), mia)).as("not a member yet").isNull();

		ApiResponse decided = post(decision(coalition.id(), requestId), token(coalition.pat()), approve);
		assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
		assertThat(json(decided).path("status").asString()).isEqualTo("APPROVED");
		assertThat(post(decision(coalition.id(), requestId), token(coalition.pat()), approve).statusCode())
			.isEqualTo(409);

		assertThat(member(json(get(members(coalition.id()), token(mia))), mia).path("role").asString())
			.isEqualTo("MEMBER");
		assertThat(json(get(requests(coalition.id()), token(coalition.pat())))).isEmpty();
		assertThat(json(get(requests(coalition.id()) + "?status=APPROVED", token(coalition.pat())))).hasSize(1);
		assertThat(awaitEvents(coalition.id(), JoinRequested.class, 1)).singleElement()
			.satisfies(event -> assertThat(event.stakeholderGroup()).isEqualTo("ACADEMIC_COMMUNITY"));
		assertThat(awaitEvents(coalition.id(), JoinRequestDecided.class, 1)).singleElement().satisfies(event -> {
			assertThat(event.approved()).isTrue();
			assertThat(event.decidedBy()).isEqualTo(coalition.pat());
			assertThat(event.message()).isEqualTo("Welcome!");
		});
		assertThat(awaitEvents(coalition.id(), MemberJoined.class, 2)).extracting(MemberJoined::memberId)
			.containsExactly(coalition.pat(), mia);
		assertThat(post(members(coalition.id()), token(mia), "{}").statusCode()).as("already a member").isEqualTo(409);
	}

	@Test
	void theLastCoordinatorLeavesOnlyByNamingASuccessor() {
		String pat = unique("pat");
		String ana = unique("ana");
		String id = proposed(pat, "OPEN");
		profile(ana, "GOVERNMENT", "FR", false);
		assertThat(post(members(id), token(ana), "{}").statusCode()).isEqualTo(201);

		ApiResponse refused = delete(members(id) + "/me", token(pat));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(contentType(refused)).isEqualTo("application/problem+json");
		assertThat(json(refused).path("detail").asString()).contains("successor");
		ApiResponse stepDown = put(members(id) + "/" + pat + "/role", token(pat), "{\"role\": \"MEMBER\"}");
		assertThat(stepDown.statusCode()).isEqualTo(422);

		assertThat(delete(members(id) + "/me?successor=" + ana, token(pat)).statusCode()).isEqualTo(204);

		JsonNode members = json(get(members(id), token(ana)));
		assertThat(members).hasSize(1);
		assertThat(member(members, ana).path("role").asString()).isEqualTo("COORDINATOR");
		assertThat(member(json(get(members(id), token(pat))), pat)).isNull();
		assertThat(awaitEvents(id, RoleChanged.class, 1)).singleElement().satisfies(event -> {
			assertThat(event.memberId()).isEqualTo(ana);
			assertThat(event.role()).isEqualTo("COORDINATOR");
			assertThat(event.changedBy()).isEqualTo(pat);
		});
		assertThat(awaitEvents(id, MemberLeft.class, 1)).singleElement().satisfies(event -> {
			assertThat(event.memberId()).isEqualTo(pat);
			assertThat(event.removedBy()).isNull();
		});
	}

	@Test
	void coordinatorsChangeRolesAndRemoveMembersOfTheirOwnCoalitionOnly() {
		PatsCoalition coalition = patsCoalition("OPEN");
		String ana = joined(coalition.id(), "ana", "CIVIL_SOCIETY", "GH", false);
		String bo = joined(coalition.id(), "bo", "CIVIL_SOCIETY", "GH", false);

		String coordinatorRole = "{\"role\": \"COORDINATOR\"}";
		assertThat(put(members(coalition.id()) + "/" + ana + "/role", token(coalition.quinn()), coordinatorRole)
			.statusCode()).isEqualTo(403);
		assertThat(put(members(coalition.id()) + "/" + bo + "/role", token(bo), coordinatorRole).statusCode())
			.isEqualTo(403);
		assertThat(delete(members(coalition.id()) + "/" + bo, token(coalition.quinn())).statusCode()).isEqualTo(403);
		assertThat(delete(members(coalition.id()) + "/" + bo, token(ana)).statusCode()).isEqualTo(403);

		ApiResponse promoted = put(members(coalition.id()) + "/" + ana + "/role", token(coalition.pat()),
				coordinatorRole);
		assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
		assertThat(json(promoted).path("role").asString()).isEqualTo("COORDINATOR");
		assertThat(delete(members(coalition.id()) + "/" + bo, token(ana)).statusCode()).isEqualTo(204);
		assertThat(delete(members(coalition.id()) + "/" + bo, token(ana)).statusCode()).isEqualTo(404);

		assertThat(awaitEvents(coalition.id(), RoleChanged.class, 1)).singleElement()
			.satisfies(event -> assertThat(event.changedBy()).isEqualTo(coalition.pat()));
		assertThat(awaitEvents(coalition.id(), MemberLeft.class, 1)).singleElement().satisfies(event -> {
			assertThat(event.memberId()).isEqualTo(bo);
			assertThat(event.removedBy()).isEqualTo(ana);
		});
		assertThat(member(json(get(members(coalition.id()), token(coalition.pat()))), bo)).isNull();
	}

	@Test
	void aRejectionNeedsAReasonWhichReachesTheRequester() {
		PatsCoalition coalition = patsCoalition("MODERATED");
		String mia = unique("mia");
		profile(mia, "ACADEMIC_COMMUNITY", "IN", false);
		String requestId = json(post(members(coalition.id()), token(mia), "{\"message\": \"Buy cheap watches\"}"))
			.path("requestId")
			.asString();

		for (String withoutReason : List.of("{\"approve\": false}", "{\"approve\": false, \"message\": \"  \"}")) {
			ApiResponse refused = post(decision(coalition.id(), requestId), token(coalition.pat()), withoutReason);
			assertThat(refused.assertProblem(400).path("errors").findValuesAsString("field")).containsExactly("message");
		}
		assertThat(json(get(requests(coalition.id()), token(coalition.pat())))).as("still pending").hasSize(1);

		ApiResponse rejected = post(decision(coalition.id(), requestId), token(coalition.pat()),
				"{\"approve\": false, \"message\": \"This coalition works on spam, not for it.\"}");
		assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
		assertThat(json(rejected).path("status").asString()).isEqualTo("REJECTED");
		assertThat(awaitEvents(coalition.id(), JoinRequestDecided.class, 1)).singleElement().satisfies(event -> {
			assertThat(event.approved()).isFalse();
			assertThat(event.memberId()).isEqualTo(mia);
			assertThat(event.message()).isEqualTo("This coalition works on spam, not for it.");
		});
		assertThat(member(json(get(members(coalition.id()), null)), mia)).isNull();
	}

	@Test
	void anyoneSeesTheMembersWithoutAddressesAndOnlyInsidersTheirOrganisations() {
		PatsCoalition coalition = patsCoalition("OPEN");
		String ana = joined(coalition.id(), "ana", "CIVIL_SOCIETY", "KE", true);
		String bo = joined(coalition.id(), "bo", "PRIVATE_SECTOR", "DE", false);

		for (String viewer : new String[] { null, token(coalition.quinn()) }) {
			ApiResponse outside = get(members(coalition.id()), viewer);
			assertThat(outside.statusCode()).as(outside.body()).isEqualTo(200);
			assertThat(outside.body()).as("no address, even of a member who lets coordinators see it")
				.doesNotContain("@")
				.doesNotContain("\"email\"")
				.doesNotContain("\"organisation\"");
			JsonNode members = json(outside);
			assertThat(members).hasSize(3);
			assertThat(member(members, ana).path("displayName").asString()).isEqualTo("Name of " + ana);
			assertThat(member(members, ana).path("stakeholderGroup").asString()).isEqualTo("CIVIL_SOCIETY");
			assertThat(member(members, ana).path("country").asString()).isEqualTo("KE");
			assertThat(member(members, bo).path("role").asString()).isEqualTo("MEMBER");
			assertThat(member(members, coalition.pat()).path("role").asString()).isEqualTo("COORDINATOR");
		}
		assertThat(member(json(get(members(coalition.id()), token(bo))), bo).path("organisation").asString())
			.as("members see each other's organisations").isEqualTo("Org");
		assertThat(get("/api/coalitions/no-such-coalition/members", null).assertProblem(404)).isNotNull();
	}

	@Test
	void emailsGoOnlyToThisCoalitionsCoordinatorsAndOnlyWithConsent() {
		PatsCoalition coalition = patsCoalition("OPEN");
		String ana = joined(coalition.id(), "ana", "CIVIL_SOCIETY", "KE", true);
		String bo = joined(coalition.id(), "bo", "PRIVATE_SECTOR", "DE", false);

		JsonNode asCoordinator = json(get(members(coalition.id()), token(coalition.pat())));
		assertThat(asCoordinator).hasSize(3);
		assertThat(member(asCoordinator, ana).path("email").asString()).isEqualTo(ana + "@coalitions.example");
		assertThat(member(asCoordinator, bo).has("email")).isFalse();
		assertThat(member(asCoordinator, bo).path("organisation").asString()).isEqualTo("Org");
		assertThat(member(asCoordinator, bo).path("country").asString()).isEqualTo("DE");
		assertThat(member(asCoordinator, bo).path("joinedAt").isMissingNode()).isFalse();

		ApiResponse asMember = get(members(coalition.id()), token(bo));
		assertThat(asMember.statusCode()).isEqualTo(200);
		assertThat(asMember.body()).doesNotContain("@coalitions.example");
		ApiResponse asSecretariat = get(members(coalition.id()), token(unique("sam"), "secretariat"));
		assertThat(asSecretariat.statusCode()).isEqualTo(200);
		assertThat(asSecretariat.body()).contains(ana).doesNotContain("@coalitions.example");

		ApiResponse outsider = get(members(coalition.id()), token(coalition.quinn()));
		assertThat(outsider.statusCode()).isEqualTo(200);
		assertThat(outsider.body()).contains(ana).doesNotContain("@coalitions.example");
	}

	@Test
	void joiningNeedsAKnownOpenCoalitionAndACompleteProfile() {
		String pat = unique("pat");
		String id = proposed(pat, "OPEN");

		String newcomer = unique("newcomer");
		ApiResponse incomplete = post(members(id), token(newcomer), "{}");
		assertThat(incomplete.statusCode()).isEqualTo(422);
		assertThat(contentType(incomplete)).isEqualTo("application/problem+json");
		assertThat(json(incomplete).path("detail").asString()).contains("Complete your profile");

		profile(newcomer, "TECHNICAL_COMMUNITY", "NG", false);
		ApiResponse unknown = post("/api/coalitions/no-such-coalition/members", token(newcomer), "{}");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(contentType(unknown)).isEqualTo("application/problem+json");
		assertThat(get("/api/coalitions/no-such-coalition/balance", null).statusCode()).isEqualTo(404);

		coalitionEvents().publish(new CoalitionStatusChanged(id, "PROPOSED", "CLOSED", "closed"), pat);
		awaitDirectory(id, "status", "CLOSED");
		ApiResponse closed = post(members(id), token(newcomer), null);
		assertThat(closed.statusCode()).isEqualTo(409);
		assertThat(json(closed).path("detail").asString()).contains("closed");
	}

	/**
	 * As infra/demo-data.sh does it: the first request a demo user makes here is the join, with {@code {}}; their
	 * token's stakeholderGroup and country claims (read by {@code SignIn.of}, see MemberProfileTests) make the
	 * profile complete. TestTokens cannot carry those claims, so the sign-in is handed to the service directly.
	 */
	@Test
	void aPersonWhoseTokenNamesGroupAndCountryJoinsWithAnEmptyBody() {
		String id = proposed(unique("dana"), "OPEN");
		String bruno = unique("bruno");
		profiles.signIn(new SignIn(new CurrentUser(bruno, "Bruno Carvalho", bruno + "@coalitions.example", false),
				"GOVERNMENT", "BR"));

		ApiResponse joined = post(members(id), token(bruno), "{}");

		assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
		assertThat(awaitEvents(id, MemberJoined.class, 2)).filteredOn(event -> event.memberId().equals(bruno))
			.singleElement()
			.satisfies(event -> assertThat(event.stakeholderGroup()).isEqualTo("GOVERNMENT"))
			.satisfies(event -> assertThat(event.country()).isEqualTo("BR"));
		assertThat(post(members(id), token(bruno), "{}").statusCode()).as("again: already a member").isEqualTo(409);
	}

	@Test
	void invalidRequestsAreProblemsNamingTheFields() {
		String pat = unique("pat");
		String id = proposed(pat, "MODERATED");

		ApiResponse role = put(members(id) + "/" + pat + "/role", token(pat), "{\"role\": \"KING\"}");
		assertThat(role.statusCode()).isEqualTo(400);
		assertThat(contentType(role)).isEqualTo("application/problem+json");
		assertThat(json(role).path("errors").findValuesAsString("field")).containsExactly("role");

		ApiResponse decision = post(decision(id, "some-request"), token(pat), "{\"message\": \"x\"}");
		assertThat(decision.statusCode()).isEqualTo(400);
		assertThat(json(decision).path("errors").findValuesAsString("field")).containsExactly("approve");

		String longMessage = "{\"message\": \"" + "m".repeat(1001) + "\"}";
		ApiResponse join = post(members(id), token(pat), longMessage);
		assertThat(join.statusCode()).isEqualTo(400);
		assertThat(json(join).path("errors").findValuesAsString("field")).containsExactly("message");

		assertThat(get(requests(id) + "?status=BOGUS", token(pat)).statusCode()).isEqualTo(400);
		assertThat(delete(members(id) + "/me?successor=" + "s".repeat(201), token(pat)).statusCode()).isEqualTo(400);
		ApiResponse rejection = post(decision(id, "some-request"), token(pat), "{\"approve\": false}");
		assertThat(rejection.assertProblem(400).path("errors").findValuesAsString("field")).containsExactly("message");
		assertThat(post(decision(id, "no-such-request"), token(pat), "{\"approve\": false, \"message\": \"No\"}")
			.statusCode()).isEqualTo(404);
	}

	/** A coalition proposed by Pat, and Quinn, who coordinates another one and so has no power in Pat's. */
	private record PatsCoalition(String pat, String id, String quinn) {
	}

	private PatsCoalition patsCoalition(String joinPolicy) {
		String pat = unique("pat");
		String quinn = unique("quinn");
		String id = proposed(pat, joinPolicy);
		proposed(quinn, "OPEN");
		return new PatsCoalition(pat, id, quinn);
	}

	/** A fresh person with this profile who joined the (open) coalition. */
	private String joined(String coalitionId, String name, String group, String country,
			boolean emailVisibleToCoordinators) {
		String person = unique(name);
		profile(person, group, country, emailVisibleToCoordinators);
		assertThat(post(members(coalitionId), token(person), "{}").statusCode()).isEqualTo(201);
		return person;
	}

	private static String members(String coalitionId) {
		return "/api/coalitions/" + coalitionId + "/members";
	}

	private static String requests(String coalitionId) {
		return "/api/coalitions/" + coalitionId + "/join-requests";
	}

	private static String decision(String coalitionId, String requestId) {
		return requests(coalitionId) + "/" + requestId + "/decision";
	}
}
