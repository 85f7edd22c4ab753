package org.coalitions.coalition.coordination;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.test.ApiSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.coalitions.platform.test.Callers.person;
import static org.coalitions.platform.test.Problems.invalid;
import static org.coalitions.platform.test.Problems.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Threads and meetings over HTTP: anyone reads, signed-in callers post, Location on creation, problems. */
@ApiSlice(CoordinationController.class)
class CoordinationControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Coordination coordination;

	final DiscussionThread thread = DiscussionThread.start("c1", "Back to work", "Shall we meet?", "bruno", "Bruno", List.of(),
			Instant.now());

	final Meeting meeting = Meeting.schedule("c1", new ScheduleMeeting("Kick-off", LocalDateTime.of(2030, 1, 15, 10, 0),
			"America/New_York", "Who we are"), "dana", Instant.now());

	@BeforeEach
	void everyoneSeesWhatMembersSee() {
		given(coordination.viewer(any(), any())).willReturn(PostView.Viewer.ANYONE);
	}

	@Test
	void anEditWithoutIfMatchIsRefusedBeforeAnythingIsRead() throws Exception {
		mvc.perform(put("/api/coalitions/c1/threads/t1/posts/p1").with(person("bruno"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"Better\"}")).andExpect(problem(428));
		verify(coordination, never()).edit(any(), any(), any(), any(), org.mockito.ArgumentMatchers.anyInt(), any());
	}

	@Test
	void hidingNeedsAReason() throws Exception {
		mvc.perform(post("/api/coalitions/c1/threads/t1/posts/p1/hide").with(person("alice"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \" \"}")).andExpect(invalid("reason"));
	}

	@Test
	void anyoneReadsThreadsAndMeetingsSignedOut() throws Exception {
		given(coordination.threads("c1", 0, 20)).willReturn(new PageImpl<>(List.of(thread), PageRequest.of(0, 20), 1));
		given(coordination.thread("c1", thread.getId())).willReturn(thread);
		given(coordination.meetings("c1")).willReturn(List.of(meeting));
		given(coordination.meeting("c1", meeting.getId())).willReturn(meeting);
		mvc.perform(get("/api/coalitions/c1/threads"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].opening.authorName").value("Bruno"));
		mvc.perform(get("/api/coalitions/c1/threads/" + thread.getId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Back to work"));
		mvc.perform(get("/api/coalitions/c1/meetings"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].agenda").value("Who we are"));
		mvc.perform(get("/api/coalitions/c1/meetings/" + meeting.getId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Kick-off"));
	}

	@Test
	void postingSchedulingAndMinutesNeedASignedInPerson() throws Exception {
		mvc.perform(post("/api/coalitions/c1/threads").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"t\", \"body\": \"b\"}")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/coalitions/c1/threads/t1/replies").contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"b\"}")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/coalitions/c1/meetings").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Kick-off\", \"startsAt\": \"2030-01-15T10:00:00\", \"timeZone\": \"UTC\"}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(put("/api/coalitions/c1/meetings/m1/minutes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\": \"We met.\"}")).andExpect(status().isUnauthorized());
		verify(coordination, never()).startThread(any(), any(), any());
		verify(coordination, never()).reply(any(), any(), any(), any());
		verify(coordination, never()).schedule(any(), any(), any());
		verify(coordination, never()).addMinutes(any(), any(), any(), any());
	}

	@Test
	void aNewThreadIsCreatedAtItsLocation() throws Exception {
		given(coordination.startThread(eq("c1"), any(), any())).willReturn(thread);
		mvc.perform(post("/api/coalitions/c1/threads").with(person("bruno"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Back to work\", \"body\": \"Shall we meet?\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/coalitions/c1/threads/" + thread.getId()))
			.andExpect(jsonPath("$.opening.body").value("Shall we meet?"))
			.andExpect(jsonPath("$.outbox").doesNotExist());
	}

	@Test
	void aReplyIsCreated() throws Exception {
		given(coordination.reply(eq("c1"), eq("t1"), any(), any()))
			.willReturn(DiscussionThread.Post.written("p1", "bruno", "Bruno", "Yes", Instant.now()));
		mvc.perform(post("/api/coalitions/c1/threads/t1/replies").with(person("bruno"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"Yes\"}")).andExpect(status().isCreated()).andExpect(jsonPath("$.postId").value("p1"));
	}

	@Test
	void invalidPostsNameTheirFields() throws Exception {
		mvc.perform(post("/api/coalitions/c1/threads").with(person("bruno"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"\", \"body\": \"\"}")).andExpect(invalid("title", "body"));
		mvc.perform(post("/api/coalitions/c1/meetings").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Kick-off\", \"startsAt\": \"2030-01-15T10:00:00\", \"timeZone\": \"Mars/Olympus\"}"))
			.andExpect(invalid("timeZone"));
		mvc.perform(put("/api/coalitions/c1/meetings/m1/minutes").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\": \"\"}")).andExpect(invalid("minutes"));
		mvc.perform(get("/api/coalitions/c1/threads").param("size", "0").with(person("bruno"))).andExpect(invalid("size"));
		verify(coordination, never()).startThread(any(), any(), any());
		verify(coordination, never()).schedule(any(), any(), any());
	}

	@Test
	void aMeetingIsCreatedAtItsLocationWithItsInstantInItsZone() throws Exception {
		given(coordination.schedule(eq("c1"), any(), any())).willReturn(meeting);
		mvc.perform(post("/api/coalitions/c1/meetings").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Kick-off\", \"startsAt\": \"2030-01-15T10:00:00\", \"timeZone\": \"America/New_York\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/coalitions/c1/meetings/" + meeting.getId()))
			.andExpect(jsonPath("$.startsAt").value("2030-01-15T15:00:00Z"));
	}

	@Test
	void refusalsBrokenRulesAndMissingItemsAreProblems() throws Exception {
		given(coordination.startThread(eq("c1"), any(), any())).willThrow(new ForbiddenException("Members only"));
		mvc.perform(post("/api/coalitions/c1/threads").with(person("emeka"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"t\", \"body\": \"b\"}")).andExpect(problem(403));
		given(coordination.startThread(eq("closed"), any(), any())).willThrow(RuleViolationException.conflict("Closed"));
		mvc.perform(post("/api/coalitions/closed/threads").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"t\", \"body\": \"b\"}")).andExpect(problem(409));
		given(coordination.addMinutes(eq("c1"), eq("m1"), any(), any()))
			.willThrow(RuleViolationException.unprocessable("No minutes before the meeting"));
		mvc.perform(put("/api/coalitions/c1/meetings/m1/minutes").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\": \"We met.\"}")).andExpect(problem(422));
		given(coordination.thread("c1", "nope")).willThrow(new NotFoundException("No thread nope"));
		mvc.perform(get("/api/coalitions/c1/threads/nope").with(person("dana"))).andExpect(problem(404));
	}

	@Test
	void threadsComeAPageAtATimeWithTheTotal() throws Exception {
		given(coordination.threads("c1", 1, 5)).willReturn(new PageImpl<>(List.of(thread), PageRequest.of(1, 5), 6));
		mvc.perform(get("/api/coalitions/c1/threads").param("page", "1").param("size", "5").with(person("dana")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(6))
			.andExpect(jsonPath("$.items[0].title").value("Back to work"));
	}
}
