package org.coalitions.membership.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.coalitions.contracts.InvitationSent;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.membership.MembershipIntegrationTests;
import org.coalitions.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations over HTTP against the real broker and store: coordinators invite, the link's holder accepts and is a
 * member at once, and every used, revoked, expired or forged link is refused clearly.
 */
class InvitationIntegrationTests extends MembershipIntegrationTests {

	@Autowired
	MongoOperations mongo;

	@Autowired
	InvitationTokens tokens;

	@Test
	void onlyTheCoalitionsCoordinatorsInviteSeeAndRevoke() {
		String alice = unique("alice");
		String id = moderatedCoalitionOf(alice);
		String bob = unique("bob");

		assertThat(post(invitations(id), token(bob), body("x@example.org")).statusCode()).isEqualTo(403);
		assertThat(get(invitations(id), token(bob)).statusCode()).isEqualTo(403);
		assertThat(post(invitations(id), null, body("x@example.org")).statusCode()).isEqualTo(401);
		assertThat(post(invitations(UUID.randomUUID().toString()), token(alice), body("x@example.org")).statusCode())
			.isIn(404, 503);

		ApiResponse made = post(invitations(id), token(alice), body("X@Example.org", "x@example.org", "y@example.org"));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		assertThat(json(made).path("invited")).hasSize(2);
		ApiResponse again = post(invitations(id), token(alice), body("x@example.org"));
		assertThat(json(again).path("invited")).isEmpty();
		assertThat(json(again).path("alreadyInvited").get(0).asString()).isEqualTo("x@example.org");

		JsonNode pending = json(get(invitations(id), token(alice)));
		assertThat(pending).hasSize(2);
		String invitationId = pending.get(0).path("invitationId").asString();
		assertThat(delete(invitations(id) + "/" + invitationId, token(bob)).statusCode()).isEqualTo(403);
		assertThat(delete(invitations(id) + "/" + invitationId, token(alice)).statusCode()).isEqualTo(204);
		assertThat(json(get(invitations(id), token(alice)))).hasSize(1);
		assertThat(settledEvents(id, InvitationSent.class)).as("no second mail for x").hasSize(2);
	}

	@Test
	void acceptingMakesAMemberAtOnceInAModeratedCoalitionAndTheLinkIsUsedOnce() {
		String alice = unique("alice");
		String id = moderatedCoalitionOf(alice);
		String gita = unique("gita");
		profile(gita, "CIVIL_SOCIETY", "IN", false);
		String email = gita + "@example.org";

		ApiResponse made = post(invitations(id), token(alice), """
				{"emails": ["%s"], "message": "Join our work on spam."}""".formatted(email));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		InvitationSent sent = awaitEvents(id, InvitationSent.class, 1).get(0);
		assertThat(sent.email()).isEqualTo(email);
		assertThat(sent.message()).isEqualTo("Join our work on spam.");
		assertThat(sent.inviterName()).isEqualTo("Name of " + alice);
		assertThat(sent.coalitionName()).isEqualTo("Coalition " + id);
		assertThat(sent.link()).isEqualTo("/#/invitations/" + sent.invitationId() + "?token="
				+ tokens.sign(sent.invitationId()));
		String token = tokens.sign(sent.invitationId());

		JsonNode lookup = json(get(link(sent.invitationId(), token), null));
		assertThat(lookup.path("state").asString()).isEqualTo("PENDING");
		assertThat(lookup.path("coalitionName").asString()).isEqualTo("Coalition " + id);
		assertThat(lookup.has("email")).isFalse();
		assertThat(post(accept(sent.invitationId()), null, tokenBody(token)).statusCode()).isEqualTo(401);

		ApiResponse accepted = post(accept(sent.invitationId()), token(gita), tokenBody(token));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		assertThat(json(accepted).path("coalitionId").asString()).isEqualTo(id);
		assertThat(member(json(get("/api/coalitions/" + id + "/members", null)), gita)).isNotNull();
		List<MemberJoined> joined = settledEvents(id, MemberJoined.class);
		assertThat(joined).filteredOn(event -> event.memberId().equals(gita)).singleElement()
			.satisfies(event -> assertThat(event.role()).isEqualTo("MEMBER"));
		assertThat(settledEvents(id, JoinRequested.class)).isEmpty();

		ApiResponse second = post(accept(sent.invitationId()), token(gita), tokenBody(token));
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(json(second).path("detail").asString()).contains("used already");
		assertThat(json(get(link(sent.invitationId(), token), null)).path("state").asString()).isEqualTo("ACCEPTED");
		assertThat(delete(invitations(id) + "/" + sent.invitationId(), token(alice)).statusCode()).isEqualTo(409);
	}

	@Test
	void revokedExpiredAndForgedLinksAreRefused() {
		String alice = unique("alice");
		String id = moderatedCoalitionOf(alice);
		String gita = unique("gita");
		profile(gita, "CIVIL_SOCIETY", "IN", false);
		String invitationId = json(post(invitations(id), token(alice), body("someone@example.org"))).path("invited")
			.get(0)
			.path("invitationId")
			.asString();
		String token = tokens.sign(invitationId);

		String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
		assertThat(get(link(invitationId, tampered), null).statusCode()).isEqualTo(404);
		assertThat(post(accept(invitationId), token(gita), tokenBody(tampered)).statusCode()).isEqualTo(404);
		String unknown = UUID.randomUUID().toString();
		ApiResponse noSuch = get(link(unknown, tokens.sign(unknown)), null);
		assertThat(noSuch.statusCode()).isEqualTo(404);
		assertThat(json(noSuch).path("detail").asString())
			.isEqualTo(json(get(link(invitationId, tampered), null)).path("detail").asString());

		assertThat(delete(invitations(id) + "/" + invitationId, token(alice)).statusCode()).isEqualTo(204);
		ApiResponse revoked = post(accept(invitationId), token(gita), tokenBody(token));
		assertThat(revoked.statusCode()).isEqualTo(409);
		assertThat(json(revoked).path("detail").asString()).contains("revoked");
		assertThat(json(get(link(invitationId, token), null)).path("state").asString()).isEqualTo("REVOKED");

		String old = UUID.randomUUID().toString();
		mongo.insert(Invitation.send(old, id, "Coalition " + id, "late@example.org", null, alice, "Alice",
				tokens.linkPath(old), Instant.now().minus(Duration.ofDays(15))));
		ApiResponse expired = post(accept(old), token(gita), tokenBody(tokens.sign(old)));
		assertThat(expired.statusCode()).isEqualTo(409);
		assertThat(json(expired).path("detail").asString()).contains("expired");
		assertThat(json(get(link(old, tokens.sign(old)), null)).path("state").asString()).isEqualTo("EXPIRED");
		assertThat(member(json(get("/api/coalitions/" + id + "/members", null)), gita)).isNull();
	}

	@Test
	void anIncompleteProfileCannotAcceptAndTheInvitationStaysPending() {
		String alice = unique("alice");
		String id = moderatedCoalitionOf(alice);
		String ravi = unique("ravi");
		String invitationId = json(post(invitations(id), token(alice), body(ravi + "@example.org"))).path("invited")
			.get(0)
			.path("invitationId")
			.asString();
		String token = tokens.sign(invitationId);

		ApiResponse refused = post(accept(invitationId), token(ravi), tokenBody(token));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(json(refused).path("detail").asString()).contains("Complete your profile");
		assertThat(json(get(link(invitationId, token), null)).path("state").asString()).isEqualTo("PENDING");

		profile(ravi, "GOVERNMENT", "BR", false);
		assertThat(post(accept(invitationId), token(ravi), tokenBody(token)).statusCode()).isEqualTo(200);
	}

	private String moderatedCoalitionOf(String coordinator) {
		String id = proposed(coordinator, "MODERATED");
		awaitDirectory(id, "joinPolicy", "MODERATED");
		return id;
	}

	private static String invitations(String coalitionId) {
		return "/api/coalitions/" + coalitionId + "/invitations";
	}

	private static String link(String invitationId, String token) {
		return "/api/invitations/" + invitationId + "?token=" + token;
	}

	private static String accept(String invitationId) {
		return "/api/invitations/" + invitationId + "/accept";
	}

	private static String tokenBody(String token) {
		return "{\"token\": \"" + token + "\"}";
	}

	private static String body(String... emails) {
		return "{\"emails\": [" + String.join(", ", java.util.Arrays.stream(emails).map(e -> "\"" + e + "\"").toList())
				+ "], \"message\": \"Welcome\"}";
	}
}
