package org.coalitions.web.proxy;

import java.net.URI;
import java.util.List;

import org.coalitions.web.WebProperties;
import org.coalitions.web.proxy.ApiRoutes.Service;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The routing table against the paths the services' controllers declare. */
class ApiRoutesTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({
			// membership-service: ProfileController, MembersController, JoinRequestsController, BalanceController,
			// DirectoryController
			"/api/me, MEMBERSHIP",
			"/api/me/data, MEMBERSHIP",
			"/api/coalitions/c1/members, MEMBERSHIP",
			"/api/coalitions/c1/members/me, MEMBERSHIP",
			"/api/coalitions/c1/members/m7/role, MEMBERSHIP",
			"/api/coalitions/c1/join-requests, MEMBERSHIP",
			"/api/coalitions/c1/join-requests/r1/decision, MEMBERSHIP",
			"/api/coalitions/c1/invitations, MEMBERSHIP",
			"/api/coalitions/c1/invitations/i1, MEMBERSHIP",
			"/api/invitations/i1, MEMBERSHIP",
			"/api/invitations/i1/accept, MEMBERSHIP",
			"/api/coalitions/c1/balance, MEMBERSHIP",
			"/api/coalitions/c1/membership-info, MEMBERSHIP",
			// notification-service: feed, mail settings, activity, unsubscribe, state on a date
			"/api/feed, NOTIFICATION",
			"/api/feed/unread-count, NOTIFICATION",
			"/api/feed/e1/read, NOTIFICATION",
			"/api/feed/read-all, NOTIFICATION",
			"/api/feed/me/data, NOTIFICATION",
			"/api/digests/preview, NOTIFICATION",
			"/api/activity/coalitions, NOTIFICATION",
			"/api/activity/coalitions/c1, NOTIFICATION",
			"/api/activity/coalitions.csv, NOTIFICATION",
			"/api/activity/timeline, NOTIFICATION",
			"/api/activity/stream, NOTIFICATION",
			"/api/unsubscribe, NOTIFICATION",
			"/api/coalitions/c1/state, NOTIFICATION",
			// the operations API: each service's own, under its name (DeadLettersController)
			"/api/operations/membership-service/dead-letters, MEMBERSHIP",
			"/api/operations/membership-service/dead-letters/membership.events.dlt:2:17/redrive, MEMBERSHIP",
			"/api/operations/notification-service/dead-letters, NOTIFICATION",
			"/api/operations/notification-service/dead-letters/people.events.dlt:0:3, NOTIFICATION",
			"/api/operations/coalition-service/dead-letters, COALITION",
			"/api/operations/coalition-service/dead-letters/coalition.events.dlt:5:0/discard, COALITION",
			// coalition-service: everything else
			"/api/coalitions, COALITION",
			"/api/people/me/data, COALITION",
			"/api/coalitions/c1, COALITION",
			"/api/coalitions/c1/charter, COALITION",
			"/api/coalitions/c1/close, COALITION",
			"/api/coalitions/c1/threads/t1/replies, COALITION",
			"/api/coalitions/c1/meetings/m1/minutes, COALITION",
			"/api/coalitions/c1/outcomes/o1/publish, COALITION",
			"/api/coalitions/c1/reporting, COALITION",
			"/api/outcomes, COALITION",
			"/api/outcomes/feed.atom, COALITION",
			// look-alikes stay with coalition-service
			"/api/members, COALITION",
			"/api/meetings, COALITION",
			"/api/coalitions/members, COALITION",
			"/api/coalitions/c1/statement, COALITION",
			"/api/feedback, COALITION" })
	void routesEachPathToTheServiceThatOwnsIt(String path, Service service) {
		assertThat(ApiRoutes.serviceFor(path)).isEqualTo(service);
	}

	@Test
	void targetKeepsTheEncodedPathAndQueryOnTheServiceBase() {
		ApiRoutes routes = new ApiRoutes(new WebProperties(List.of(URI.create("http://127.0.0.1:1/")),
				List.of(URI.create("http://127.0.0.1:2")), List.of(URI.create("http://127.0.0.1:3")),
				"http://localhost:4/realms/x", "web", null));
		assertThat(routes.targets("/api/coalitions", "q=caf%C3%A9&theme=SPAM"))
			.containsExactly(URI.create("http://127.0.0.1:1/api/coalitions?q=caf%C3%A9&theme=SPAM"));
		assertThat(routes.targets("/api/coalitions/a%2Fb/balance", null))
			.containsExactly(URI.create("http://127.0.0.1:2/api/coalitions/a%2Fb/balance"));
		assertThat(routes.targets("/api/feed", "")).containsExactly(URI.create("http://127.0.0.1:3/api/feed"));
	}

	@Test
	void eachRequestStartsWithTheNextInstanceAndKeepsTheOthersInTurnBehindIt() {
		List<URI> coalition = List.of(URI.create("http://a:1"), URI.create("http://b:1"), URI.create("http://c:1"));
		ApiRoutes routes = new ApiRoutes(new WebProperties(coalition, List.of(URI.create("http://m:1")),
				List.of(URI.create("http://n:1")), "http://localhost:4/realms/x", "web", null));
		assertThat(routes.targets("/api/coalitions", null)).extracting(URI::getHost).containsExactly("a", "b", "c");
		// another service's requests do not move coalition-service's turn
		assertThat(routes.targets("/api/me", null)).extracting(URI::getHost).containsExactly("m");
		assertThat(routes.targets("/api/coalitions", null)).extracting(URI::getHost).containsExactly("b", "c", "a");
		assertThat(routes.targets("/api/coalitions/c1", null)).extracting(URI::getHost).containsExactly("c", "a", "b");
		assertThat(routes.targets("/api/coalitions", null)).extracting(URI::getHost).containsExactly("a", "b", "c");
	}
}
