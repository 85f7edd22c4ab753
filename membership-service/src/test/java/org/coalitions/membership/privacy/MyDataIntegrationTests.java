package org.coalitions.membership.privacy;

import org.coalitions.membership.MembershipIntegrationTests;
import org.coalitions.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Download my data", membership-service's part, over HTTP against the real broker and store: it holds the person's
 * profile, memberships, join requests and invitations, and nothing of anyone else.
 */
class MyDataIntegrationTests extends MembershipIntegrationTests {

	@Test
	void holdsWhatThePersonDidAndNothingOfAnotherPerson() {
		String alice = unique("alice");
		String id = proposed(alice, "MODERATED");
		String bob = unique("bob");
		profile(bob, "CIVIL_SOCIETY", "KE", false);
		ApiResponse asked = post("/api/coalitions/" + id + "/members", token(bob),
				"{\"message\": \"I run a spam trap in Nairobi.\"}");
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
		String requestId = json(asked).path("requestId").asString();
		ApiResponse decided = post("/api/coalitions/" + id + "/join-requests/" + requestId + "/decision", token(alice),
				"{\"approve\": true, \"message\": \"Welcome aboard.\"}");
		assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
		ApiResponse invited = post("/api/coalitions/" + id + "/invitations", token(alice), """
				{"emails": ["%s@coalitions.example", "carol-%s@example.org"], "message": "Come along."}"""
			.formatted(bob.toUpperCase(), alice));
		assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);

		ApiResponse bobs = get("/api/me/data", token(bob));
		assertThat(bobs.statusCode()).as(bobs.body()).isEqualTo(200);
		JsonNode data = json(bobs);
		assertThat(data.path("service").asString()).isEqualTo("membership-service");
		assertThat(data.path("generatedAt").asString()).isNotBlank();
		assertThat(data.path("personId").asString()).isEqualTo(bob);
		assertThat(data.path("profile").path("email").asString()).isEqualTo(bob + "@coalitions.example");
		assertThat(data.path("profile").path("country").asString()).isEqualTo("KE");
		assertThat(data.path("profile").path("organisation").asString()).isEqualTo("Org");
		assertThat(data.path("profile").path("actionMails").asBoolean()).isTrue();
		assertThat(data.path("memberships")).singleElement().satisfies(membership -> {
			assertThat(membership.path("coalitionId").asString()).isEqualTo(id);
			assertThat(membership.path("coalitionName").asString()).isEqualTo("Coalition " + id);
			assertThat(membership.path("role").asString()).isEqualTo("MEMBER");
		});
		assertThat(data.path("joinRequests")).singleElement().satisfies(request -> {
			assertThat(request.path("message").asString()).isEqualTo("I run a spam trap in Nairobi.");
			assertThat(request.path("status").asString()).isEqualTo("APPROVED");
			assertThat(request.path("decisionMessage").asString()).isEqualTo("Welcome aboard.");
		});
		assertThat(data.path("invitationsReceived")).singleElement().satisfies(invitation -> {
			assertThat(invitation.path("email").asString()).isEqualTo(bob.toLowerCase() + "@coalitions.example");
			assertThat(invitation.path("inviterName").asString()).isEqualTo("Name of " + alice);
			assertThat(invitation.path("message").asString()).isEqualTo("Come along.");
		});
		assertThat(data.path("invitationsSent")).isEmpty();
		assertThat(bobs.body()).doesNotContain(alice + "@coalitions.example").doesNotContain("carol-");

		JsonNode alices = json(get("/api/me/data", token(alice)));
		assertThat(alices.path("memberships")).singleElement()
			.satisfies(membership -> assertThat(membership.path("role").asString()).isEqualTo("COORDINATOR"));
		assertThat(alices.path("joinRequests")).isEmpty();
		assertThat(alices.path("invitationsSent")).hasSize(2)
			.allSatisfy(invitation -> assertThat(invitation.path("message").asString()).isEqualTo("Come along."));
		assertThat(alices.toString()).doesNotContain("I run a spam trap")
			.doesNotContain(bob.toLowerCase() + "@coalitions.example")
			.doesNotContain("carol-");
	}

	@Test
	void onlyASignedInPersonDownloadsAndOnlyTheirOwn() {
		assertThat(get("/api/me/data", null).statusCode()).isEqualTo(401);
		String dora = unique("dora");
		JsonNode data = json(get("/api/me/data", token(dora)));
		assertThat(data.path("personId").asString()).isEqualTo(dora);
		assertThat(data.path("memberships")).isEmpty();
	}
}
