package org.coalitions.coalition.coordination;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Threads and meetings reach the API as views: what the pages read, nothing of how they are stored. */
class CoordinationViewsTests {

	static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aThreadShowsItsPostsButNotItsVersionOrOutbox() {
		DiscussionThread thread = DiscussionThread.start("c1", " Next steps ", "Shall we meet?", "ana", "Ana", List.of(), NOW);
		thread.reply("Yes", "bo", "Bo", List.of(), NOW.plusSeconds(60));

		JsonNode body = json.valueToTree(ThreadView.of(thread, PostView.Viewer.ANYONE));

		assertThat(fields(body)).containsExactlyInAnyOrder("id", "coalitionId", "title", "opening", "replies",
				"lastPostAt");
		assertThat(body.get("id").asString()).isEqualTo(thread.getId());
		assertThat(body.get("title").asString()).isEqualTo("Next steps");
		assertThat(body.get("opening").get("body").asString()).isEqualTo("Shall we meet?");
		assertThat(body.get("replies")).hasSize(1);
		assertThat(fields(body.get("replies").get(0))).containsExactlyInAnyOrder("postId", "authorId", "authorName",
				"body", "postedAt", "edited", "editedAt", "revision", "removed", "hidden", "hiddenReason", "hiddenAt");
		assertThat(body.get("replies").get(0).get("authorName").asString()).isEqualTo("Bo");
	}

	@Test
	void aMeetingShowsItsPlanAndMinutesButNotItsVersionOrOutbox() {
		Meeting meeting = Meeting.schedule("c1",
				new ScheduleMeeting("Kick-off", LocalDateTime.parse("2026-05-10T09:00:00"), "Europe/Paris", "Who we are"),
				"ana", NOW);
		meeting.addMinutes("We met.", "ana", Instant.parse("2026-05-10T08:00:00Z"));

		JsonNode body = json.valueToTree(MeetingView.of(meeting));

		assertThat(fields(body)).containsExactlyInAnyOrder("id", "coalitionId", "title", "startsAt", "localStart",
				"timeZone", "agenda", "minutes", "sequence", "status");
		assertThat(body.get("startsAt").asString()).isEqualTo("2026-05-10T07:00:00Z");
		assertThat(body.get("sequence").asInt()).isZero();
		assertThat(body.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(body.get("timeZone").asString()).isEqualTo("Europe/Paris");
		assertThat(body.get("minutes").asString()).isEqualTo("We met.");
	}

	private static Set<String> fields(JsonNode node) {
		return new TreeSet<>(node.propertyNames());
	}
}
