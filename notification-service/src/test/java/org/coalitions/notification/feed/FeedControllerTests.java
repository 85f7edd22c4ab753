package org.coalitions.notification.feed;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coalitions.notification.SliceClock;
import org.coalitions.notification.mail.TextsConfiguration;
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
import static org.coalitions.platform.test.Problems.invalid;
import static org.coalitions.platform.test.Problems.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The feed over HTTP: the signed-in person's own, paging bounds named, read marks answered with 204 or 404. */
@ApiSlice(FeedController.class)
@Import({ SliceClock.class, TextsConfiguration.class })
class FeedControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Feed feed;

	@MockitoBean
	People people;

	final Person alice = new Person("alice", "Alice", "alice@coalitions.example", "UTC", null, true, Map.of(), null,
			List.of(), null, NOW, null, null, null, null, null);

	@Test
	void theFeedIsForASignedInPerson() throws Exception {
		mvc.perform(get("/api/feed")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/feed/unread-count")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/feed/read-all")).andExpect(status().isUnauthorized());
		verify(people, never()).signIn(any());
	}

	@Test
	void aPageNamesTheCoalitionsAndTheUnreadCount() throws Exception {
		FeedEntry entry = new FeedEntry("e1", "c1", "coalition.proposed", FeedEntry.Category.CHANGES, "Proposed", "bob",
				NOW, null, null, null, null, "/coalitions/c1");
		given(people.signIn(any())).willReturn(alice);
		given(feed.page(alice, 0, 20)).willReturn(List.of(entry));
		given(feed.coalitionNames(List.of("c1"))).willReturn(Map.of("c1", "Coalition on Spam"));
		given(feed.isUnread(alice, entry)).willReturn(true);
		given(feed.unread(alice)).willReturn(1L);
		given(feed.count(alice)).willReturn(1L);
		mvc.perform(get("/api/feed").with(person("alice")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].coalitionName").value("Coalition on Spam"))
			.andExpect(jsonPath("$.items[0].read").value(false))
			.andExpect(jsonPath("$.unread").value(1));
	}

	@Test
	void pagingOutOfBoundsIsNamed() throws Exception {
		mvc.perform(get("/api/feed").param("size", "101").with(person("alice"))).andExpect(invalid("size"));
		mvc.perform(get("/api/feed").param("page", "10001").with(person("alice"))).andExpect(invalid("page"));
		verify(feed, never()).page(any(), anyInt(), anyInt());
	}

	@Test
	void markingAnEntryReadIsNoContentAndAnEntryNotInTheFeedIsNotFound() throws Exception {
		given(people.signIn(any())).willReturn(alice);
		given(feed.visibleEntry(alice, "e1")).willReturn(Optional.of(new FeedEntry("e1", "c1", "t",
				FeedEntry.Category.CHANGES, "T", "bob", NOW, null, null, null, null, null)));
		mvc.perform(post("/api/feed/e1/read").with(person("alice"))).andExpect(status().isNoContent());
		verify(people).markRead("alice", "e1");
		given(feed.visibleEntry(alice, "elsewhere")).willReturn(Optional.empty());
		mvc.perform(post("/api/feed/elsewhere/read").with(person("alice"))).andExpect(problem(404));
		verify(people, never()).markRead("alice", "elsewhere");
	}

	@Test
	void readingAllMarksUpToNow() throws Exception {
		given(people.signIn(any())).willReturn(alice);
		mvc.perform(post("/api/feed/read-all").with(person("alice"))).andExpect(status().isNoContent());
		verify(people).markAllRead("alice", NOW);
	}
}
