package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.system.Responses.expect;

/**
 * The secretariat's dashboard in a real headless Chromium against the local stack, in English and in French: the
 * forum's list of inactive coalitions as notification-service publishes it, and a coalition's join requests
 * (approved, rejected, waiting) with how long its decisions took. Screenshots in {@code target/screenshots/}.
 */
@BrowserSystemTest(screenshots = "dashboard-")
class DashboardBrowserSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	final LocalStack stack;

	final Browsers browsers;

	DashboardBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void theSecretariatSeesTheInactiveListAndEachCoalitionsJoinRequestsInEnglishAndFrench() {
		String name = "Dashboard coalition " + UUID.randomUUID().toString().substring(0, 8);
		String x = propose("alice", name);
		decide(x, askToJoin(x, "chen"), true, "Welcome");
		decide(x, askToJoin(x, "dana"), false, "Please ask again with your organisation's name");
		askToJoin(x, "gita");
		Ports.await("the requests in the secretariat's activity data", EVENTUALLY, () -> {
			HttpResponse<String> figures = call("GET", "/api/activity/coalitions/" + x, "sam", null);
			return figures.statusCode() == 200
					&& LocalStack.json(figures.body()).path("joinRequests").path("waiting").asInt() == 1
					&& LocalStack.json(figures.body()).path("joinRequests").path("rejected").asInt() == 1;
		});
		JsonNode inactive = LocalStack.json(expect(call("GET", "/api/activity/inactive", "sam", null), 200).body());

		for (Map.Entry<String, String[]> language : Map.of("en-GB,en",
				new String[] { "en", "1 approved, 1 rejected, 1 waiting", "No coalition is on the inactive list.",
						"Reports for ", "Join requests (approved / rejected / waiting)" },
				"fr-FR,fr", new String[] { "fr", "1 acceptée, 1 refusée, 1 en attente",
						"Aucune coalition ne figure sur la liste des coalitions inactives.", "Rapports ",
						"Demandes d'adhésion (acceptées / refusées / en attente)" })
			.entrySet()) {
			String[] expected = language.getValue();
			Browser sam = browsers.open("sam-dashboard-" + expected[0], language.getKey());
			sam.signIn("sam");
			sam.click(By.cssSelector("#nav a[href='#/dashboard']"));
			By requests = By.cssSelector("#activity-table tr[data-coalition='" + x + "'] td[data-field=requests]");
			BrowserSystemTests.untilAfterReloads(sam, () -> sam.present(requests));
			assertThat(sam.find(requests).getText().strip()).as("approved / rejected / waiting").isEqualTo("1 / 1 / 1");
			assertThat(sam.find(requests).getDomAttribute("title")).isEqualTo(expected[1]);
			assertThat(sam.find(By.id("activity-table")).getText()).contains(expected[4]);
			String decisions = sam
				.find(By.cssSelector("#activity-table tr[data-coalition='" + x + "'] td[data-field=decisionTime]"))
				.getText();
			assertThat(decisions).as("a median and a longest decision time, in hours").matches("[\\d.]+ h / [\\d.]+ h");
			scrollTo(sam, requests);
			sam.screenshot("dashboard-join-requests-" + expected[0]);

			// the inactive list is what notification-service publishes, whatever the stack's data holds
			sam.find(By.id("inactive-list"));
			if (inactive.isEmpty()) {
				sam.waitForText(By.id("inactive-list"), expected[2], EVENTUALLY);
			}
			else {
				for (JsonNode coalition : inactive) {
					By row = By.cssSelector("#inactive-table tr[data-coalition='" + coalition.get("coalitionId").asString()
							+ "']");
					BrowserSystemTests.untilAfterReloads(sam, () -> sam.present(row));
					if (!coalition.get("missingReports").isEmpty()) {
						assertThat(sam.find(row).getText()).contains(expected[3])
							.contains(String.valueOf(coalition.get("missingReports").get(0).asInt()));
					}
				}
			}
			scrollTo(sam, By.id("inactive-list"));
			sam.screenshot("dashboard-inactive-list-" + expected[0]);
			By cycles = By.cssSelector("#cycles-table tr[data-coalition='" + x + "']");
			if (sam.present(cycles)) {
				scrollTo(sam, cycles);
				sam.screenshot("dashboard-reporting-cycles-" + expected[0]);
			}
		}
	}

	private static void scrollTo(Browser browser, By by) {
		WebElement element = browser.find(by);
		browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
	}

	/** A moderated coalition, with the statement a proposal carries since the forum's review. */
	private String propose(String user, String name) {
		HttpResponse<String> created = expect(call("POST", "/api/coalitions", user, "{\"name\": \"" + name
				+ "\", \"theme\": \"OTHER\", \"themeName\": \"Dashboards\", \"summary\": \"Set up by the dashboard test.\", "
				+ "\"charter\": \"We meet monthly.\", \"joinPolicy\": \"MODERATED\", \"statement\": {\"rationale\": "
				+ "\"The secretariat needs to see how joining goes.\", \"actionPlan\": \"Decide every request.\", "
				+ "\"contactPersons\": [\"Alice\"]}}"), 201);
		String id = LocalStack.json(created.body()).get("id").asString();
		Ports.await(user + " coordinates " + name + " in membership-service", EVENTUALLY,
				() -> call("GET", "/api/coalitions/" + id + "/join-requests", user, null).statusCode() == 200);
		return id;
	}

	private String askToJoin(String coalition, String user) {
		HttpResponse<String> asked = expect(call("POST", "/api/coalitions/" + coalition + "/members", user,
				"{\"message\": \"May I?\"}"), 202);
		return LocalStack.json(asked.body()).get("requestId").asString();
	}

	private void decide(String coalition, String request, boolean approve, String message) {
		expect(call("POST", "/api/coalitions/" + coalition + "/join-requests/" + request + "/decision", "alice",
				"{\"approve\": " + approve + ", \"message\": \"" + message + "\"}"), 200);
	}

	/** Through the front door's API routes, with a real Keycloak token. */
	private HttpResponse<String> call(String method, String path, String user, String body) {
		return stack.request(method, stack.url("WEB", path), stack.token(user), body, Map.of());
	}

}
