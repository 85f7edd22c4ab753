package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's "done when" for languages, on the local stack: the digest of a French-speaking member is in French,
 * with French plurals, and so are her feed, whatever her browser asks for, the page her unsubscribe link opens
 * and the mail and feed line of a meeting changed in her coalition;
 * a problem detail is in French for {@code Accept-Language: fr}.
 */
@ExtendWith(SharedLocalStack.class)
class LanguagesSystemTests {

	private static final Duration WAIT = Duration.ofSeconds(120);

	/** A count and its noun, which must agree: "1 membre", "3 membres", never "1 membres" or "3 membre". */
	private static final Pattern COUNTED = Pattern.compile("(\\d+) (nouveautés?|coalitions?|membres?)\\b");

	private final LocalStack stack;

	private final Mailboxes mailboxes;

	LanguagesSystemTests(LocalStack stack) {
		this.stack = stack;
		this.mailboxes = new Mailboxes(stack);
	}

	@Test
	void aFrenchSpeakingMembersDigestFeedMeetingMailAndUnsubscribePageAreInFrench() throws Exception {
		String dana = stack.token("dana");
		String bruno = stack.token("bruno");
		String name = "Coalition des langues " + UUID.randomUUID().toString().substring(0, 8);
		try {
			expect(stack.request("PUT", stack.url("MEMBERSHIP", "/api/me/language"), dana, "{\"language\": \"fr\"}",
					Map.of()), 200);
			String coalition = propose(bruno, name);
			for (String member : new String[] { dana, stack.token("chen"), stack.token("farah") }) {
				expect(stack.request("POST", stack.url("MEMBERSHIP", "/api/coalitions/" + coalition + "/members"),
						member, "{}", Map.of()), 201);
			}

			// her feed, asked for by a browser that wants English, is in her profile's language
			String joined = awaitFeedLine(dana, coalition, "a rejoint la coalition comme membre");
			assertThat(joined).doesNotContain("joined as");

			// a preview is made at most once a minute; one asked for the moment the joins are in the feed has been
			// seen to miss the new coalition (on a busy machine), so ask again a minute later if it did
			AtomicReference<MimeMessage> found = new AtomicReference<>();
			for (int attempt = 1; found.get() == null; attempt++) {
				Ports.await("dana's preview digest queued", WAIT, () -> LocalStack
					.json(expect(stack.post(stack.url("NOTIFICATION", "/api/digests/preview"), dana, "{}"), 202).body())
					.path("queued")
					.asBoolean());
				try {
					Ports.await("dana's French digest about " + name, Duration.ofSeconds(70), () -> {
						mailboxes.mails("dana@coalitions.example").stream()
							.filter(mail -> Mailboxes.subjectOf(mail).startsWith("Votre résumé "))
							.filter(mail -> text(mail).contains("== " + name + " =="))
							.findFirst()
							.ifPresent(found::set);
						return found.get() != null;
					});
				}
				catch (IllegalStateException timedOut) {
					if (attempt == 3) {
						throw new AssertionError("dana's mails: " + mailboxes.mails("dana@coalitions.example").stream()
							.map(mail -> Mailboxes.subjectOf(mail) + " / " + text(mail).lines().limit(6).toList())
							.toList(), timedOut);
					}
				}
			}
			MimeMessage digest = found.get();
			String subject = digest.getSubject();
			String text = text(digest);
			String html = Mailboxes.part(digest, "text/html");

			assertThat(subject).matches(
					"Votre résumé (quotidien|hebdomadaire) Coalitions : \\d+ nouveautés? dans \\d+ coalitions?");
			assertThat(text).startsWith("Bonjour ")
				.contains("Voici ce qui s’est passé dans vos coalitions jusqu’au ")
				.containsSubsequence("== " + name + " ==", "Nouveaux membres:", "a rejoint la coalition comme membre")
				.containsPattern("Vous recevez ce résumé (quotidien|hebdomadaire) en tant que membre de ces coalitions.")
				.doesNotContain("Hello", "New members", "joined as");
			assertThat(html).contains("lang=\"fr\"").contains("Se désabonner du résumé");
			assertPluralsAgree(subject);
			assertPluralsAgree(text);

			// her unsubscribe link's page, opened by a browser that asks for English, is in her language too
			String header = digest.getHeader("List-Unsubscribe")[0];
			HttpResponse<String> page = stack.request("GET", header.substring(1, header.length() - 1), null, null,
					Map.of("Accept-Language", "en"));
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("lang=\"fr\"")
				.contains("Ne plus recevoir le résumé Coalitions par courriel ?")
				.doesNotContain("Stop receiving");

			// a meeting's change reaches her in French: her feed's line and the mail, the time in the meeting's zone
			String meetings = stack.url("COALITION", "/api/coalitions/" + coalition + "/meetings");
			AtomicReference<String> meeting = new AtomicReference<>();
			Ports.await("bruno coordinates it in coalition-service", WAIT, () -> {
				HttpResponse<String> created = stack.post(meetings, bruno, """
						{"title": "Lancement", "startsAt": "2031-03-05T18:00:00", "timeZone": "Pacific/Auckland"}""");
				if (created.statusCode() == 201) {
					meeting.set(LocalStack.json(created.body()).get("id").asString());
				}
				return meeting.get() != null;
			});
			expect(stack.request("PUT", meetings + "/" + meeting.get(), bruno,
					"{\"title\": \"Lancement\", \"startsAt\": \"2031-03-05T18:30:00\", \"timeZone\": \"Pacific/Auckland\"}",
					Map.of()), 200);
			assertThat(awaitFeedLine(dana, coalition, "R\u00e9union \u00ab Lancement \u00bb modifi\u00e9e"))
				.isEqualTo("R\u00e9union \u00ab Lancement \u00bb modifi\u00e9e : d\u00e9sormais le 5 mars 2031 18:30 "
						+ "(Pacific/Auckland)");
			AtomicReference<MimeMessage> changed = new AtomicReference<>();
			Ports.await("dana's French mail of the change", WAIT, () -> {
				mailboxes.mails("dana@coalitions.example").stream()
					.filter(mail -> Mailboxes.subjectOf(mail).equals("R\u00e9union modifi\u00e9e : Lancement (" + name + ")"))
					.findFirst()
					.ifPresent(changed::set);
				return changed.get() != null;
			});
			assertThat(text(changed.get())).startsWith("Bonjour ")
				.contains("La r\u00e9union \u00ab Lancement \u00bb de " + name
						+ " a chang\u00e9 : elle a d\u00e9sormais lieu le 5 mars 2031 18:30 (Pacific/Auckland).")
				.contains("Mettre \u00e0 jour votre agenda (.ics)")
				.doesNotContain("Hello", "The meeting");
		}
		finally {
			// dana's mails in the other system tests stay English
			stack.request("PUT", stack.url("MEMBERSHIP", "/api/me/language"), dana, "{\"language\": null}", Map.of());
		}
	}

	@Test
	void aProblemDetailIsInTheLanguageTheRequestAsksFor() {
		String dana = stack.token("dana");
		HttpResponse<String> french = stack.request("PUT", stack.url("MEMBERSHIP", "/api/me/language"), dana,
				"{\"language\": \"de\"}", Map.of("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.5"));
		HttpResponse<String> unknown = stack.request("GET", stack.url("COALITION", "/api/coalitions/" + UUID.randomUUID()),
				dana, null, Map.of("Accept-Language", "fr"));
		HttpResponse<String> german = stack.request("PUT", stack.url("MEMBERSHIP", "/api/me/language"), dana,
				"{\"language\": \"de\"}", Map.of("Accept-Language", "de"));

		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = LocalStack.json(french.body());
		assertThat(problem.path("title").asString()).isEqualTo("Requête invalide");
		assertThat(problem.path("detail").asString()).isEqualTo("Certains champs sont manquants ou invalides.");
		assertThat(LocalStack.json(unknown.body()).path("title").asString()).isEqualTo("Introuvable");
		assertThat(LocalStack.json(german.body()).path("title").asString()).as("none of the six: English")
			.isEqualTo("Invalid request");
	}

	private String propose(String token, String name) {
		HttpResponse<String> created = expect(stack.post(stack.url("COALITION", "/api/coalitions"), token,
				"{\"name\": \"" + name + "\", \"theme\": \"OTHER\", \"themeName\": \"Langues\", \"summary\": \"Langues.\", "
						+ "\"statement\": {\"rationale\": \"Langues.\", \"actionPlan\": \"Traduire.\", "
						+ "\"contactPersons\": [\"Bruno\"]}, \"joinPolicy\": \"OPEN\"}"),
				201);
		String id = LocalStack.json(created.body()).get("id").asString();
		Ports.await(name + " in membership-service", WAIT, () -> stack
			.get(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/membership-info"), null)
			.statusCode() == 200);
		return id;
	}

	/** The first line of the person's feed about the coalition that contains the text, once there is one. */
	private String awaitFeedLine(String token, String coalition, String text) {
		AtomicReference<String> line = new AtomicReference<>();
		Ports.await("a line about " + coalition + " with \u201c" + text + "\u201d", WAIT, () -> {
			HttpResponse<String> feed = stack.request("GET", stack.url("NOTIFICATION", "/api/feed?size=100"), token,
					null, Map.of("Accept-Language", "en"));
			if (feed.statusCode() == 200) {
				LocalStack.json(feed.body()).get("items").forEach(item -> {
					if (coalition.equals(item.path("coalitionId").asString())
							&& item.path("title").asString().contains(text)) {
						line.set(item.path("title").asString());
					}
				});
			}
			return line.get() != null;
		});
		return line.get();
	}

	private static String text(MimeMessage mail) {
		try {
			return Mailboxes.part(mail, "text/plain");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void assertPluralsAgree(String text) {
		Matcher counted = COUNTED.matcher(text);
		int found = 0;
		while (counted.find()) {
			found++;
			boolean plural = counted.group(2).endsWith("s");
			assertThat(plural).as(counted.group() + " in: " + text).isEqualTo(Integer.parseInt(counted.group(1)) > 1);
		}
		assertThat(found).as("counts in: " + text).isPositive();
	}

	private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return response;
	}
}
