package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's "a script proposes a coalition and joins it at once": membership-service must never answer 404 for a
 * coalition coalition-service has just made. With the consistency token it waits until it has read the proposal;
 * without one it answers 503 with Retry-After while it is behind. Through the services' API, through the front
 * door's {@code /api} as the pages call it (the front door passing the session's token on by itself), and by
 * clicking through the pages.
 */
@BrowserSystemTest(screenshots = "ryow-")
class ReadYourWritesSystemTests {

	static final int TIMES = 100;

	static final String TOKEN = "Coalitions-Consistency";

	final LocalStack stack;

	final Browsers browsers;

	ReadYourWritesSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	/** What the joins were answered, and whether each 503 said when to try again. */
	static final class Tally {

		final List<Integer> statuses = new ArrayList<>();

		int unavailableWithoutRetryAfter;

		void add(int status, boolean retryAfter) {
			statuses.add(status);
			if (status == 503 && !retryAfter) {
				unavailableWithoutRetryAfter++;
			}
		}

		long count(int status) {
			return statuses.stream().filter(s -> s == status).count();
		}

		long serverErrorsBut503() {
			return statuses.stream().filter(s -> s >= 500 && s != 503).count();
		}

		void assertNever404AndEvery503SaysWhenToRetry() {
			assertThat(count(404)).as("404s among %s", statuses).isZero();
			assertThat(serverErrorsBut503()).as("5xx other than 503 among %s", statuses).isZero();
			assertThat(unavailableWithoutRetryAfter).as("503s without Retry-After").isZero();
		}
	}

	static String proposal(String name) {
		return """
				{"name": "%s", "theme": "OPEN_STANDARDS", "summary": "Standards everyone can use.",
				 "joinPolicy": "OPEN", "statement": {"rationale": "Overlapping standards work.",
				 "actionPlan": "A yearly review.", "contactPersons": ["Alice"]}}""".formatted(name);
	}

	@Test
	void proposeThenJoinAtOnceThroughTheServicesApiNeverA404() {
		String alice = stack.token("alice");
		String bruno = stack.token("bruno");
		stack.get(stack.url("MEMBERSHIP", "/api/me"), bruno); // his profile, before he joins anything
		String run = UUID.randomUUID().toString().substring(0, 8);

		// with the token the proposal answered with, passed on by the client: membership-service waits for it
		Tally withToken = new Tally();
		int tokens = 0;
		for (int i = 0; i < TIMES; i++) {
			HttpResponse<String> proposed = stack.post(stack.url("COALITION", "/api/coalitions"), alice,
					proposal("Read your writes " + run + " " + i));
			assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
			String id = LocalStack.json(proposed.body()).get("id").asString();
			Map<String, String> headers = proposed.headers().firstValue(TOKEN).map(token -> Map.of(TOKEN, token))
				.orElse(Map.of());
			tokens += headers.isEmpty() ? 0 : 1;
			HttpResponse<String> joined = stack.request("POST",
					stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/members"), bruno, "{}", headers);
			withToken.add(joined.statusCode(), joined.headers().firstValue("Retry-After").isPresent());
		}
		withToken.assertNever404AndEvery503SaysWhenToRetry();
		// the relay names positions within its bound (1 s) save on a machine too busy for it
		assertThat(tokens).as("proposals answered with a token").isGreaterThanOrEqualTo(TIMES * 9 / 10);
		assertThat(withToken.count(201)).as("joined at once, among %s", withToken.statuses)
			.isEqualTo(TIMES - withToken.count(503));

		// without a token: the service cannot know the coalition exists, but it knows when it is behind
		Tally withoutToken = new Tally();
		for (int i = 0; i < TIMES / 5; i++) {
			HttpResponse<String> proposed = stack.post(stack.url("COALITION", "/api/coalitions"), alice,
					proposal("Read your writes, no token " + run + " " + i));
			String id = LocalStack.json(proposed.body()).get("id").asString();
			HttpResponse<String> joined = stack.post(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/members"),
					bruno, "{}");
			withoutToken.add(joined.statusCode(), joined.headers().firstValue("Retry-After").isPresent());
		}
		withoutToken.assertNever404AndEvery503SaysWhenToRetry();
		assertThat(withoutToken.count(201) + withoutToken.count(503)).as("%s", withoutToken.statuses)
			.isEqualTo(TIMES / 5);

		// a coalition that does not exist is still a 404 once the service has caught up
		assertThat(stack.post(stack.url("MEMBERSHIP", "/api/coalitions/" + UUID.randomUUID() + "/members"), bruno, "{}")
			.statusCode()).isIn(404, 503);
		Ports.await("a 404 for a coalition nobody proposed", Duration.ofSeconds(30), () -> stack
			.post(stack.url("MEMBERSHIP", "/api/coalitions/" + UUID.randomUUID() + "/members"), bruno, "{}")
			.statusCode() == 404);
	}

	/**
	 * As the pages call the front door (the session cookie, the CSRF token, no token of their own): the front door
	 * sends the proposal's token with the join, so membership-service has read the proposal and alice, its first
	 * coordinator, is told she is a member already.
	 */
	@Test
	void proposeThenJoinAtOnceThroughTheFrontDoorNeverA404() {
		Browsers.assumeAvailable();
		Browser alice = browsers.open("alice", "en-GB,en");
		alice.signIn("alice");
		alice.driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
		@SuppressWarnings("unchecked")
		List<Object> answers = (List<Object>) ((JavascriptExecutor) alice.driver).executeAsyncScript("""
				const [times, run, done] = arguments;
				const xsrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN=')).slice(11));
				const post = (path, body) => fetch(path, { method: 'POST', credentials: 'same-origin', body: JSON.stringify(body),
				  headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json', 'X-XSRF-TOKEN': xsrf } });
				(async () => {
				  const answers = [];
				  for (let i = 0; i < times; i++) {
				    const proposed = await post('/api/coalitions', { name: `Front door ${run} ${i}`, theme: 'OPEN_STANDARDS',
				      summary: 'Standards everyone can use.', joinPolicy: 'OPEN', statement: { rationale: 'Overlap.',
				      actionPlan: 'A review.', contactPersons: ['Alice'] } });
				    if (proposed.status !== 201) { answers.push([proposed.status, false, 'proposal ' + await proposed.text()]); continue; }
				    const { id } = await proposed.json();
				    const joined = await post(`/api/coalitions/${id}/members`, {});
				    answers.push([joined.status, joined.headers.has('Retry-After'), await joined.text()]);
				  }
				  return answers;
				})().then(done, (e) => done([[0, false, String(e)]]));
				""", TIMES, UUID.randomUUID().toString().substring(0, 8));
		Tally tally = new Tally();
		List<String> bodies = new ArrayList<>();
		for (Object answer : answers) {
			List<?> fields = (List<?>) answer;
			tally.add(((Number) fields.get(0)).intValue(), (Boolean) fields.get(1));
			bodies.add(String.valueOf(fields.get(2)));
		}
		assertThat(tally.statuses).as("answers %s", bodies).hasSize(TIMES);
		tally.assertNever404AndEvery503SaysWhenToRetry();
		// read her own write: the proposal made her a coordinator before the join was looked at
		assertThat(tally.count(409)).as("'a member already', among %s", bodies).isEqualTo(TIMES - tally.count(503));
	}

	/** Propose, and another person joins at once, by clicking, in English and in French: no error shown. */
	@Test
	void proposeThenJoinAtOnceThroughThePages() {
		Browsers.assumeAvailable();
		Browser alice = browsers.open("alice", "en-GB,en");
		alice.signIn("alice");
		Browser bruno = browsers.open("bruno", "fr-FR,fr");
		bruno.signIn("bruno");
		proposeAndJoin(alice, "You coordinate this coalition.", bruno, "Vous êtes membre de cette coalition.");
		proposeAndJoin(bruno, "Vous coordonnez cette coalition.", alice, "You are a member of this coalition.");
	}

	private void proposeAndJoin(Browser proposer, String coordinates, Browser joiner, String member) {
		String name = "Pages " + UUID.randomUUID().toString().substring(0, 8);
		proposer.open("#/propose");
		proposer.type(By.cssSelector("form[data-form=propose] [name=name]"), name);
		proposer.choose(By.cssSelector("form[data-form=propose] [name=theme]"), "OPEN_STANDARDS");
		proposer.type(By.cssSelector("form[data-form=propose] [name=summary]"), "Standards everyone can use.");
		proposer.choose(By.cssSelector("form[data-form=propose] [name=joinPolicy]"), "OPEN");
		proposer.type(By.cssSelector("form[data-form=propose] [name=rationale]"), "Overlapping work.");
		proposer.type(By.cssSelector("form[data-form=propose] [name=actionPlan]"), "A yearly review.");
		proposer.type(By.cssSelector("form[data-form=propose] [name=contactPersons]"), proposer.name);
		proposer.click(By.cssSelector("form[data-form=propose] button[type=submit]"));
		proposer.waitForText(By.tagName("h1"), name, Duration.ofSeconds(30));
		// the first page after the proposal already knows its proposer coordinates it: no reload
		proposer.waitForText(By.id("my-role"), coordinates, Duration.ofSeconds(15));
		assertThat(proposer.present(By.cssSelector("main .alert"))).as("an error shown to " + proposer.name).isFalse();
		String url = proposer.driver.getCurrentUrl();
		String id = url.substring(url.indexOf("#/coalitions/") + "#/coalitions/".length());

		joiner.open("#/coalitions/" + id);
		joiner.click(By.cssSelector("form[data-form=join] button[type=submit]"));
		joiner.waitForText(By.id("my-role"), member, Duration.ofSeconds(30));
		assertThat(joiner.present(By.cssSelector("main .alert"))).as("an error shown to " + joiner.name).isFalse();
	}
}
