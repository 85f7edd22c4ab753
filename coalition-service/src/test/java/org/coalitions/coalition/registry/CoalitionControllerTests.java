package org.coalitions.coalition.registry;

import org.coalitions.coalition.reporting.ReportingRules;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.JoinPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.MonthDay;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.coalitions.contracts.Theme;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.test.ApiSlice;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.platform.test.Callers.person;
import static org.coalitions.platform.test.Callers.secretariat;
import static org.coalitions.platform.test.Problems.invalid;
import static org.coalitions.platform.test.Problems.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coalition API's HTTP rules: who may call what (and with which tokens: only valid ones of our realm), Location
 * and ETag, If-Match, and problem answers.
 */
@ApiSlice(CoalitionController.class)
class CoalitionControllerTests {

	static final String PROPOSAL = """
			{"name": "Coalition on Spam", "theme": "SPAM", "summary": "Fighting spam.", "joinPolicy": "OPEN",
			 "statement": {"rationale": "Spam hurts.", "actionPlan": "Meet monthly.", "contactPersons": ["Alice"]}}""";

	static final String CHARTER = """
			{"summary": "New summary", "joinPolicy": "OPEN"}""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CoalitionRegistry registry;

	@MockitoBean
	CoalitionReadModel model;

	@Autowired
	JsonMapper json;

	final Coalition coalition = Coalition.propose(new ProposeCoalition("Coalition on Spam", Theme.SPAM, null,
			"Fighting spam.", "We coordinate.", JoinPolicy.OPEN, null,
			new StatementText("Spam hurts.", "Meet monthly.", List.of("Alice"), null)), "alice", "Alice", Instant.now(),
			new ReportingRules(MonthDay.of(3, 31)));

	@Test
	void aProposalIsCreatedAtItsLocationWithItsCharterVersionAsETag() throws Exception {
		given(registry.propose(any(), eq("alice"), eq("Name of alice"))).willReturn(coalition);
		mvc.perform(post("/api/coalitions").with(person("alice")).contentType(MediaType.APPLICATION_JSON).content(PROPOSAL))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/coalitions/" + coalition.getId()))
			.andExpect(header().string("ETag", "\"" + coalition.getCharterVersion() + "\""))
			.andExpect(jsonPath("$.name").value("Coalition on Spam"))
			.andExpect(jsonPath("$.outbox").doesNotExist());
	}

	@Test
	void proposingNeedsASignedInPerson() throws Exception {
		mvc.perform(post("/api/coalitions").contentType(MediaType.APPLICATION_JSON).content(PROPOSAL))
			.andExpect(status().isUnauthorized());
		verify(registry, never()).propose(any(), any(), any());
	}

	@Test
	void aValidTokenOfOurRealmIsAccepted() throws Exception {
		given(registry.propose(any(), eq("alice"), eq("Alice"))).willReturn(coalition);
		assertThat(proposeWith(TestTokens.of("alice", "Alice"))).isEqualTo(201);
	}

	@Test
	void expiredForeignTamperedAndUnsignedTokensAreRefused() throws Exception {
		assertThat(proposeWith(TestTokens.sign("alice", "Alice", "a@x", List.of(), Instant.now().minusSeconds(600))))
			.as("expired").isEqualTo(401);
		assertThat(proposeWith(TestTokens.sign("http://evil.example/realms/coalitions", "alice", "Alice", "a@x",
				List.of(), Instant.now().plusSeconds(600)))).as("another issuer").isEqualTo(401);
		String[] parts = TestTokens.of("alice", "Alice").split("\\.");
		String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"sub\":\"alice\"", "\"sub\":\"sam\"");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
		assertThat(proposeWith(tampered)).as("tampered").isEqualTo(401);
		String none = Base64.getUrlEncoder().withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(proposeWith(none + "." + parts[1] + ".")).as("unsigned").isEqualTo(401);
		verify(registry, never()).propose(any(), any(), any());
	}

	private int proposeWith(String token) throws Exception {
		return mvc.perform(post("/api/coalitions").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(PROPOSAL)).andReturn().getResponse().getStatus();
	}

	@Test
	void anInvalidProposalNamesEachInvalidField() throws Exception {
		mvc.perform(post("/api/coalitions").with(person("alice"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"ab\", \"summary\": \"" + "x".repeat(1001) + "\"}"))
			.andExpect(invalid("name", "theme", "summary", "joinPolicy", "statement"));
		verify(registry, never()).propose(any(), any(), any());
	}

	@Test
	void anInvalidStatementNamesEachInvalidField() throws Exception {
		mvc.perform(post("/api/coalitions").with(person("alice"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Coalition on Spam", "theme": "SPAM", "summary": "s", "joinPolicy": "OPEN",
					 "statement": {"rationale": "%s", "actionPlan": " ", "contactPersons": ["alice@example.org", "%s"],
					               "mailingList": "ftp://lists"}}""".formatted("x".repeat(4001), "y".repeat(121))))
			.andExpect(invalid("statement.rationale", "statement.actionPlan", "statement.contactPersons[0]",
					"statement.contactPersons[1]", "statement.mailingList"));
		mvc.perform(post("/api/coalitions").with(person("alice"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Coalition on Spam", "theme": "SPAM", "summary": "s", "joinPolicy": "OPEN",
					 "statement": {"rationale": "r", "actionPlan": "a",
					               "contactPersons": ["A", "B", "C", "D", "E", "F"]}}"""))
			.andExpect(invalid("statement.contactPersons"));
		mvc.perform(put("/api/coalitions/c1/statement").with(person("alice"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rationale\": \"r\", \"actionPlan\": \"a\", \"contactPersons\": []}"))
			.andExpect(invalid("contactPersons"));
		verify(registry, never()).propose(any(), any(), any());
		verify(registry, never()).reviseStatement(any(), any(), any());
	}

	@Test
	void theStatementIsRevisedByTheCallerAndItsVersionsArePublic() throws Exception {
		given(registry.reviseStatement(eq("c1"), any(), any())).willReturn(coalition);
		mvc.perform(put("/api/coalitions/c1/statement").with(person("alice"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rationale\": \"r\", \"actionPlan\": \"a\", \"contactPersons\": [\"Alice\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statement.version").value(1))
			.andExpect(jsonPath("$.review.state").value("AWAITING_REVIEW"))
			.andExpect(jsonPath("$.activation[0].condition").value("APPROVED"))
			.andExpect(jsonPath("$.principles[4].principle").value("ANNUAL_REPORT"));
		verify(registry).reviseStatement("c1", new StatementText("r", "a", List.of("Alice"), null),
				new CurrentUser("alice", "Name of alice", "alice@coalitions.example", false));
		given(registry.statementVersions("c1")).willReturn(coalition.getStatementVersions());
		mvc.perform(get("/api/coalitions/c1/statement/versions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].rationale").value("Spam hurts."))
			.andExpect(jsonPath("$[0].authorId").value("alice"));
	}

	@Test
	void anUnreadableBodyIsA400Problem() throws Exception {
		mvc.perform(post("/api/coalitions").with(person("alice")).contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
			.andExpect(problem(400));
		mvc.perform(post("/api/coalitions").with(person("alice"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Coalition\", \"theme\": \"NOT_A_THEME\", \"summary\": \"s\", \"joinPolicy\": \"OPEN\"}"))
			.andExpect(problem(400));
		verify(registry, never()).propose(any(), any(), any());
	}

	@Test
	void aTakenNameIsAConflict() throws Exception {
		given(registry.propose(any(), any(), any())).willThrow(new DuplicateKeyException("name"));
		mvc.perform(post("/api/coalitions").with(person("alice")).contentType(MediaType.APPLICATION_JSON).content(PROPOSAL))
			.andExpect(problem(409));
	}

	@Test
	void anyoneMayFindAndReadCoalitions() throws Exception {
		given(model.list(null, null, "spam", 0, 20)).willReturn(rendered(new PageView<>(List.of(), 0, 20, 0), "\"l1\""));
		mvc.perform(get("/api/coalitions").param("q", "spam"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"l1\""))
			.andExpect(header().string("Content-Type", "application/json"))
			.andExpect(jsonPath("$.total").value(0));
		given(model.page(coalition.getId())).willReturn(Optional.of(rendered(CoalitionView.of(coalition), "\"1-p1\"")));
		mvc.perform(get("/api/coalitions/" + coalition.getId()))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1-p1\""))
			.andExpect(jsonPath("$.charter").value("We coordinate."));
	}

	@Test
	void anAnswerTheCallerHoldsIsNotModifiedAndEveryAnswerIsRevalidated() throws Exception {
		given(model.list(null, null, null, 0, 20)).willReturn(rendered(new PageView<>(List.of(), 0, 20, 0), "\"l1\""));
		mvc.perform(get("/api/coalitions").header("If-None-Match", "\"l0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"));
		mvc.perform(get("/api/coalitions").header("If-None-Match", "\"l0\", \"l1\""))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", "\"l1\""))
			.andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).isEmpty());
		given(model.page("c1")).willReturn(Optional.of(rendered(CoalitionView.of(coalition), "\"1-p1\"")));
		mvc.perform(get("/api/coalitions/c1").header("If-None-Match", "\"1-p1\"")).andExpect(status().isNotModified());
		mvc.perform(get("/api/coalitions/c1").header("If-None-Match", "\"1-p0\"")).andExpect(status().isOk());
	}

	@Test
	void aReadNamingPositionsCatchesTheModelUpFirst() throws Exception {
		given(model.list(null, null, null, 0, 20)).willReturn(rendered(new PageView<>(List.of(), 0, 20, 0), "\"l1\""));
		mvc.perform(get("/api/coalitions")).andExpect(status().isOk());
		verify(model, never()).catchUp();
		mvc.perform(get("/api/coalitions").header("Coalitions-Consistency", "coalition.events:0:7")).andExpect(status().isOk());
		verify(model).catchUp();
	}

	@Test
	void aCharterEditMayNameThePagesETag() throws Exception {
		given(registry.editCharter(eq("c1"), any(), eq(3L), any())).willReturn(coalition);
		mvc.perform(put("/api/coalitions/c1/charter").with(person("alice"))
			.header("If-Match", "\"3-p1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(CHARTER)).andExpect(status().isOk());
		verify(registry).editCharter(eq("c1"), any(), eq(3L), any());
	}

	private CoalitionReadModel.Rendered rendered(Object answer, String etag) {
		return new CoalitionReadModel.Rendered(json.writeValueAsBytes(answer), etag);
	}

	@Test
	void invalidQueryParametersAreNamed() throws Exception {
		mvc.perform(get("/api/coalitions").param("size", "1000")).andExpect(invalid("size"));
		mvc.perform(get("/api/coalitions").param("page", "-1")).andExpect(invalid("page"));
		mvc.perform(get("/api/coalitions").param("q", "x".repeat(201))).andExpect(invalid("q"));
		mvc.perform(get("/api/coalitions").param("theme", "NOPE")).andExpect(problem(400));
		verify(model, never()).list(any(), any(), any(), anyInt(), anyInt());
	}

	@Test
	void anUnknownCoalitionIsNotFound() throws Exception {
		given(model.page("nope")).willReturn(Optional.empty());
		mvc.perform(get("/api/coalitions/nope")).andExpect(problem(404));
	}

	@Test
	void aCharterEditWithoutIfMatchIsRefusedWith428() throws Exception {
		mvc.perform(put("/api/coalitions/c1/charter").with(person("alice"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(CHARTER)).andExpect(problem(428));
		verify(registry, never()).editCharter(any(), any(), anyLong(), any());
	}

	@Test
	void anIfMatchThatNamesNoVersionIsAConflict() throws Exception {
		mvc.perform(put("/api/coalitions/c1/charter").with(person("alice"))
			.header("If-Match", "\"yesterday\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(CHARTER)).andExpect(problem(409));
		verify(registry, never()).editCharter(any(), any(), anyLong(), any());
	}

	@Test
	void aCharterEditNamesTheVersionItStartedFromAndGetsTheNewETag() throws Exception {
		given(registry.editCharter(eq("c1"), any(), eq(3L), any())).willReturn(coalition);
		mvc.perform(put("/api/coalitions/c1/charter").with(person("alice"))
			.header("If-Match", "W/\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(CHARTER))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + coalition.getCharterVersion() + "\""));
		verify(registry).editCharter(eq("c1"), any(), eq(3L), eq(new CurrentUser("alice", "Name of alice",
				"alice@coalitions.example", false)));
	}

	@Test
	void aStaleCharterEditIsAConflict() throws Exception {
		given(registry.editCharter(any(), any(), anyLong(), any()))
			.willThrow(RuleViolationException.conflict("The charter changed meanwhile."));
		mvc.perform(put("/api/coalitions/c1/charter").with(person("alice"))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(CHARTER)).andExpect(problem(409));
		willThrow(new OptimisticLockingFailureException("concurrent")).given(registry)
			.editCharter(any(), any(), anyLong(), any());
		mvc.perform(put("/api/coalitions/c1/charter").with(person("alice"))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(CHARTER)).andExpect(problem(409));
	}

	@Test
	void anInvalidCharterEditNamesItsFields() throws Exception {
		mvc.perform(put("/api/coalitions/c1/charter").with(person("alice"))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"summary\": \"\"}")).andExpect(invalid("summary"));
	}

	@Test
	void whoMayNotCloseOrReopenIsForbidden() throws Exception {
		given(registry.close(eq("c1"), eq("done"), any())).willThrow(new ForbiddenException("Only coordinators close"));
		mvc.perform(post("/api/coalitions/c1/close").with(person("emeka"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"done\"}")).andExpect(problem(403));
		mvc.perform(post("/api/coalitions/c1/reopen").contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"again\"}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/coalitions/c1/close").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"\"}")).andExpect(invalid("reason"));
	}

	@Test
	void theSecretariatReopensAsTheSecretariat() throws Exception {
		given(registry.reopen(eq("c1"), eq("revived"), any())).willReturn(coalition);
		mvc.perform(post("/api/coalitions/c1/reopen").with(secretariat("sam"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"revived\"}")).andExpect(status().isOk());
		verify(registry).reopen("c1", "revived", new CurrentUser("sam", "Name of sam", "sam@coalitions.example", true));
	}

	@Test
	void pagingIsPassedOn() throws Exception {
		given(model.list(any(), any(), any(), anyInt(), anyInt()))
			.willReturn(rendered(new PageView<>(List.of(), 2, 5, 11), "\"l2\""));
		mvc.perform(get("/api/coalitions").param("page", "2").param("size", "5").param("status", "ACTIVE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2));
		verify(model).list(null, CoalitionStatus.ACTIVE, null, 2, 5);
	}
}
