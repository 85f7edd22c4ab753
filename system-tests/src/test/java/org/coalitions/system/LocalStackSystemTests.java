package org.coalitions.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command brings up the whole platform on real servers with demo data; a coalition proposed
 * through coalition-service's API then shows up, through Kafka, in membership-service's directory and in
 * notification-service's activity data (the walking skeleton).
 */
@ExtendWith(SharedLocalStack.class)
class LocalStackSystemTests {

	final LocalStack stack;

	LocalStackSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void everyServiceReportsUp() {
		for (String service : List.of("COALITION", "MEMBERSHIP", "NOTIFICATION")) {
			HttpResponse<String> health = stack.get(stack.url(service, "/actuator/health"), null);
			assertThat(health.statusCode()).as(service).isEqualTo(200);
			assertThat(LocalStack.json(health.body()).get("status").asString()).as(service).isEqualTo("UP");
		}
	}

	/**
	 * {@code infra/stack up} made each application's class-data archive from its built jar, and the running JVM
	 * mapped it (a JVM that finds its archive stale or unusable runs without it, only slower): the start-up and
	 * memory the benchmark measures are those of this path (infra/README.md, "The services' JVMs").
	 */
	@Test
	void everyApplicationRunsOnItsClassDataArchive() throws IOException {
		for (String application : List.of("coalition-service", "membership-service", "notification-service", "web")) {
			String pid = Files.readString(Path.of(stack.env.get("STACK_DIR"), "pids", application + ".pid")).trim();
			String maps = Files.readString(Path.of("/proc", pid, "maps"));
			assertThat(maps).as(application + "'s mapped files").containsPattern("/target/cds/[0-9]+/app\\.jsa");
		}
	}

	@Test
	void theDemoCoalitionsCanBeListed() {
		JsonNode page = LocalStack.json(stack.get(stack.url("COALITION", "/api/coalitions?size=100"), null).body());
		List<String> names = new ArrayList<>();
		page.get("items").forEach(item -> names.add(item.get("name").asString()));
		assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(6);
		assertThat(String.join("|", names)).containsIgnoringCase("spam").containsIgnoringCase("privacy");
	}

	@Test
	void aProposedCoalitionReachesTheOtherServicesThroughKafka() {
		String token = stack.token("dana");
		HttpResponse<String> created = stack.post(stack.url("COALITION", "/api/coalitions"), token, """
				{"name": "Walking Skeleton Coalition", "theme": "OPEN_STANDARDS",
				 "summary": "Proves the event backbone end to end.", "statement": {"rationale": "Needed.", "actionPlan": "Meet monthly.", "contactPersons": ["Contact Person"]},
				 "joinPolicy": "MODERATED"}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = LocalStack.json(created.body()).get("id").asString();

		Ports.await("membership-service's directory entry", Duration.ofSeconds(60),
				() -> stack.get(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/membership-info"), token)
					.statusCode() == 200);
		assertThat(stack.get(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/membership-info"), token).body())
			.contains("\"joinPolicy\":\"MODERATED\"");

		String secretariat = stack.token("sam");
		Ports.await("notification-service's activity data", Duration.ofSeconds(60),
				() -> stack.get(stack.url("NOTIFICATION", "/api/activity/coalitions/" + id), secretariat)
					.statusCode() == 200);
		assertThat(stack.get(stack.url("NOTIFICATION", "/api/activity/coalitions/" + id), secretariat).body())
			.contains("\"name\":\"Walking Skeleton Coalition\"");
		assertThat(stack.get(stack.url("NOTIFICATION", "/api/activity/coalitions/" + id), token).statusCode())
			.as("only the secretariat sees activity data")
			.isEqualTo(403);
	}

	/**
	 * The domain issue's "done when", through the APIs alone: a coalition is proposed, members from three
	 * stakeholder groups join and, approved by the secretariat, it becomes ACTIVE; a join request to a moderated coalition is approved; a
	 * thread and a meeting are posted; an annual report is published and publicly visible; reporting status
	 * and balance read correctly.
	 */
	@Test
	void aCoalitionsWholeJourneyThroughTheApis() {
		String alice = stack.token("alice");
		String bruno = stack.token("bruno");
		String chen = stack.token("chen");
		for (String token : List.of(alice, bruno, chen)) {
			assertThat(stack.get(stack.url("MEMBERSHIP", "/api/me"), token).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> created = stack.post(stack.url("COALITION", "/api/coalitions"), alice, """
				{"name": "Journey Coalition on Internet Rights", "theme": "INTERNET_RIGHTS_AND_PRINCIPLES",
				 "summary": "Rights and principles online.", "statement": {"rationale": "Needed.", "actionPlan": "Meet monthly.", "contactPersons": ["Contact Person"]},
				 "joinPolicy": "OPEN"}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = LocalStack.json(created.body()).get("id").asString();
		Ports.await("alice as the first coordinator", Duration.ofSeconds(60), () -> stack
			.get(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/members"), alice)
			.body()
			.contains("COORDINATOR"));

		for (String token : List.of(bruno, chen)) {
			HttpResponse<String> joined = stack.post(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/members"), token, "{}");
			assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
		}
		HttpResponse<String> approved = stack.post(stack.url("COALITION", "/api/coalitions/" + id + "/review"),
				stack.token("sam"), "{\"decision\": \"APPROVED\"}");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		Ports.await("the coalition to become ACTIVE", Duration.ofSeconds(60), () -> "ACTIVE"
			.equals(LocalStack.json(stack.get(stack.url("COALITION", "/api/coalitions/" + id), null).body())
				.get("status")
				.asString()));
		JsonNode balance = LocalStack.json(stack.get(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/balance"), null).body());
		assertThat(balance.toString()).contains("CIVIL_SOCIETY").contains("GOVERNMENT").contains("PRIVATE_SECTOR");

		String dana = stack.token("dana");
		String emeka = stack.token("emeka");
		stack.get(stack.url("MEMBERSHIP", "/api/me"), dana);
		stack.get(stack.url("MEMBERSHIP", "/api/me"), emeka);
		String moderated = LocalStack.json(stack.post(stack.url("COALITION", "/api/coalitions"), dana, """
				{"name": "Journey Coalition on Security", "theme": "SECURITY", "summary": "Secure infrastructure.",
				 "statement": {"rationale": "Needed.", "actionPlan": "Meet monthly.", "contactPersons": ["Contact Person"]}, "joinPolicy": "MODERATED"}""").body()).get("id").asString();
		Ports.await("the moderated coalition in membership-service", Duration.ofSeconds(60), () -> stack
			.get(stack.url("MEMBERSHIP", "/api/coalitions/" + moderated + "/membership-info"), null)
			.statusCode() == 200);
		Ports.await("dana as coordinator", Duration.ofSeconds(60), () -> stack
			.get(stack.url("MEMBERSHIP", "/api/coalitions/" + moderated + "/join-requests"), dana)
			.statusCode() == 200);
		HttpResponse<String> requested = stack.post(stack.url("MEMBERSHIP", "/api/coalitions/" + moderated + "/members"),
				emeka, "{\"message\": \"I teach Internet governance.\"}");
		assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
		JsonNode pending = LocalStack.json(
				stack.get(stack.url("MEMBERSHIP", "/api/coalitions/" + moderated + "/join-requests"), dana).body());
		String requestId = (pending.isArray() ? pending : pending.get("items")).get(0).get("requestId").asString();
		HttpResponse<String> decided = stack.post(
				stack.url("MEMBERSHIP", "/api/coalitions/" + moderated + "/join-requests/" + requestId + "/decision"), dana,
				"{\"approve\": true, \"message\": \"Welcome\"}");
		assertThat(decided.statusCode()).as(decided.body()).isBetween(200, 201);
		assertThat(stack.get(stack.url("MEMBERSHIP", "/api/coalitions/" + moderated + "/members"), dana).body())
			.contains("Emeka");

		Ports.await("bruno may post", Duration.ofSeconds(60), () -> stack
			.post(stack.url("COALITION", "/api/coalitions/" + id + "/threads"), bruno,
					"{\"title\": \"Our first statement\", \"body\": \"A draft for comments.\"}")
			.statusCode() == 201);
		HttpResponse<String> meeting = stack.post(stack.url("COALITION", "/api/coalitions/" + id + "/meetings"), alice, """
				{"title": "Annual meeting", "startsAt": "2027-01-15T14:00:00", "timeZone": "Africa/Nairobi",
				 "agenda": "The year's work"}""");
		assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);

		int cycle = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();
		HttpResponse<String> draft = stack.post(stack.url("COALITION", "/api/coalitions/" + id + "/outcomes"), alice,
				"{\"kind\": \"ANNUAL_REPORT\", \"title\": \"Annual report\", \"body\": \"What we did.\", \"reportingCycle\": "
						+ cycle + "}");
		assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
		String outcome = "/api/coalitions/" + id + "/outcomes/" + LocalStack.json(draft.body()).get("id").asString();
		assertThat(stack.post(stack.url("COALITION", outcome + "/publish"), alice, "").statusCode()).isEqualTo(200);
		assertThat(stack.get(stack.url("COALITION", outcome), null).body()).contains("PUBLISHED");
		JsonNode reporting = LocalStack.json(stack.get(stack.url("COALITION", "/api/coalitions/" + id + "/reporting"), null).body());
		assertThat(reporting.get("cycles").get(0).get("cycle").asInt()).isEqualTo(cycle);
		assertThat(reporting.get("cycles").get(0).get("state").asString()).isEqualTo("REPORTED");
	}

	/**
	 * The realm's clients put the {@code coalitions-api} audience into their access tokens, which the services
	 * require; each service's health shows its components to the secretariat only.
	 */
	@Test
	void realTokensAreMeantForTheApiAndHealthDetailsAreForTheSecretariat() {
		String alice = stack.token("alice");
		JsonNode audience = LocalStack.json(new String(java.util.Base64.getUrlDecoder().decode(alice.split("\\.")[1]),
				java.nio.charset.StandardCharsets.UTF_8)).get("aud");
		assertThat(audience.isArray() ? audience.toString() : audience.asString()).contains("coalitions-api");

		String sam = stack.token("sam");
		for (String service : List.of("COALITION", "MEMBERSHIP", "NOTIFICATION")) {
			JsonNode anonymous = LocalStack.json(stack.get(stack.url(service, "/actuator/health"), null).body());
			JsonNode member = LocalStack.json(stack.get(stack.url(service, "/actuator/health"), alice).body());
			JsonNode secretariat = LocalStack.json(stack.get(stack.url(service, "/actuator/health"), sam).body());
			assertThat(anonymous.has("components")).as(service + ", anonymous").isFalse();
			assertThat(member.has("components")).as(service + ", a member").isFalse();
			assertThat(secretariat.path("components").path("store").path("status").asString()).as(service)
				.isEqualTo("UP");
		}
	}

	@Test
	void realKeycloakTokensAreAcceptedAndForgedOnesRefused() {
		String token = stack.token("alice");
		// one's own profile: for a signed-in person only (threads, once the example here, are open archives now)
		String protectedUrl = stack.url("MEMBERSHIP", "/api/me");
		assertThat(stack.get(protectedUrl, null).statusCode()).isEqualTo(401);
		assertThat(stack.get(protectedUrl, token).statusCode()).as("accepted").isEqualTo(200);

		String[] parts = token.split("\\.");
		String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
		String forgedClaims = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(claims.replace("\"alice\"", "\"sam\"").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(stack.get(protectedUrl, parts[0] + "." + forgedClaims + "." + parts[2]).statusCode())
			.as("tampered").isEqualTo(401);
		String none = java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(stack.get(protectedUrl, none + "." + parts[1] + ".").statusCode()).as("alg none").isEqualTo(401);
	}
}
