package org.coalitions.notification.digest;

import java.util.List;
import java.util.Map;

import org.coalitions.notification.SliceClock;
import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.platform.test.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.coalitions.notification.SliceClock.NOW;
import static org.coalitions.platform.test.Callers.person;
import static org.coalitions.platform.test.Problems.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Send me my digest now" over HTTP: signed-in only, 202 when queued, 422 without a mail address. */
@ApiSlice(DigestController.class)
@Import(SliceClock.class)
class DigestControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Digests digests;

	@MockitoBean
	People people;

	@Test
	void aPreviewNeedsASignedInPerson() throws Exception {
		mvc.perform(post("/api/digests/preview")).andExpect(status().isUnauthorized());
		verify(digests, never()).preview(any(), any());
	}

	@Test
	void aPreviewIsQueuedUpToNow() throws Exception {
		Person alice = withMail("alice@coalitions.example");
		given(people.signIn(any())).willReturn(alice);
		given(digests.preview(alice, NOW)).willReturn(true);
		mvc.perform(post("/api/digests/preview").with(person("alice")))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.queued").value(true));
	}

	@Test
	void withoutAMailAddressThereIsNothingToSend() throws Exception {
		given(people.signIn(any())).willReturn(withMail(null));
		mvc.perform(post("/api/digests/preview").with(person("alice"))).andExpect(problem(422));
		verify(digests, never()).preview(any(), any());
	}

	private static Person withMail(String email) {
		return new Person("alice", "Alice", email, "UTC", null, true, Map.of(), null, List.of(), null, NOW, null, null,
				null, null, null);
	}
}
