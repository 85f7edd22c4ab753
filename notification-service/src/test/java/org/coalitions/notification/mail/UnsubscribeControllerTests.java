package org.coalitions.notification.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.platform.test.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.coalitions.platform.test.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Unsubscribe links work without sign-in (a mail program's one-click POST brings no token), GET changes nothing,
 * and a cut or changed link is a 400 problem.
 */
@ApiSlice(UnsubscribeController.class)
@Import(TextsConfiguration.class)
class UnsubscribeControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Unsubscribes unsubscribes;

	@MockitoBean
	People people;

	@Test
	void thePageIsInTheLanguageOfThePersonWhoseLinkItIsElseTheBrowsers() throws Exception {
		given(unsubscribes.check("good")).willReturn(Optional.of(new UnsubscribeLinks.Target("alice", "DIGEST")));
		given(people.find("alice")).willReturn(Optional.of(new Person("alice", "Alice", "alice@coalitions.example",
				"UTC", null, true, Map.of(), null, List.of(), null, Instant.EPOCH, null, "ar", null, null, null)));
		mvc.perform(get("/api/unsubscribe").param("token", "good").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
			.andExpect(content().string(containsString("<h1>إلغاء الاشتراك</h1>")));

		given(people.find("alice")).willReturn(Optional.empty());
		mvc.perform(get("/api/unsubscribe").param("token", "good").header("Accept-Language", "de, ru;q=0.8"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ru\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Больше не получать сводку Coalitions по почте?")));
	}

	@Test
	void theLinkShowsAPageWithoutSignInAndChangesNothing() throws Exception {
		given(unsubscribes.check("good")).willReturn(Optional.of(new UnsubscribeLinks.Target("alice", "DIGEST")));
		mvc.perform(get("/api/unsubscribe").param("token", "good"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("good")))
			// the shared head with this page's title, and the page's own style for its button
			.andExpect(content().string(containsString("<title>Unsubscribe – Coalitions</title>")))
			.andExpect(content().string(containsString("body { font-family: system-ui")))
			.andExpect(content().string(containsString("button:focus")));
		verify(unsubscribes, never()).unsubscribe(any());
	}

	@Test
	void aOneClickPostUnsubscribesWithoutSignIn() throws Exception {
		given(unsubscribes.unsubscribe("good")).willReturn(Optional.of(new UnsubscribeLinks.Target("alice", "DIGEST")));
		mvc.perform(post("/api/unsubscribe").param("token", "good"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Unsubscribed – Coalitions</title>")))
			.andExpect(content().string(containsString("body { font-family: system-ui")));
		verify(unsubscribes).unsubscribe("good");
	}

	@Test
	void aCutOrChangedLinkIsA400Problem() throws Exception {
		given(unsubscribes.check("cut")).willReturn(Optional.empty());
		mvc.perform(get("/api/unsubscribe").param("token", "cut")).andExpect(problem(400));
		given(unsubscribes.unsubscribe("cut")).willReturn(Optional.empty());
		mvc.perform(post("/api/unsubscribe").param("token", "cut")).andExpect(problem(400));
	}
}
