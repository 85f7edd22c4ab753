package org.coalitions.contracts;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Thread events written before mentions existed still read, as mentioning no one; new ones keep their ids. */
class MentionsCompatibilityTests {

	@Test
	void aThreadStartedWithoutMentionsReadsAsMentioningNoOne() {
		ThreadStarted old = EventJson.read(bytes("""
				{"coalitionId":"c1","threadId":"t1","title":"Water","authorId":"u1","authorName":"Ada"}"""),
				ThreadStarted.class);

		assertThat(old.title()).isEqualTo("Water");
		assertThat(old.mentionedIds()).isEmpty();
	}

	@Test
	void aReplyPostedWithoutMentionsReadsAsMentioningNoOne() {
		ReplyPosted old = EventJson.read(bytes("""
				{"coalitionId":"c1","threadId":"t1","replyId":"r1","threadTitle":"Water","authorId":"u1",\
				"authorName":"Ada"}"""), ReplyPosted.class);

		assertThat(old.replyId()).isEqualTo("r1");
		assertThat(old.mentionedIds()).isEmpty();
	}

	@Test
	void mentionsTravelAsIdsAndComeBack() {
		ReplyPosted reply = new ReplyPosted("c1", "t1", "r1", "Water", "u1", "Ada", List.of("u2", "u3"));

		String json = EventJson.write(reply);

		assertThat(json).contains("\"mentionedIds\":[\"u2\",\"u3\"]");
		assertThat(EventJson.read(bytes(json), ReplyPosted.class)).isEqualTo(reply);
		assertThat(EventJson.read(bytes(EventJson.write(new ThreadStarted("c1", "t1", "Water", "u1", "Ada",
				List.of("u2")))), ThreadStarted.class).mentionedIds()).containsExactly("u2");
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}
}
