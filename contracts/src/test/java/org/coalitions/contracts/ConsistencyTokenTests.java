package org.coalitions.contracts;

import java.util.List;

import org.coalitions.contracts.ConsistencyToken.Position;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConsistencyTokenTests {

	@Test
	void aHeaderReadsBackAsItWasWritten() {
		ConsistencyToken token = ConsistencyToken.parse("coalition.events:2:17, people.events:0:3");

		assertThat(token.positions()).containsExactly(new Position("coalition.events", 2, 17),
				new Position("people.events", 0, 3));
		assertThat(ConsistencyToken.parse(token.toString())).isEqualTo(token);
		assertThat(token).hasToString("coalition.events:2:17,people.events:0:3");
	}

	@Test
	void mergingKeepsTheHighestOffsetPerTopicPartition() {
		ConsistencyToken earlier = ConsistencyToken.parse("coalition.events:0:40,coalition.events:1:9");
		ConsistencyToken later = ConsistencyToken.parse("coalition.events:0:12,membership.events:1:5");

		assertThat(earlier.merge(later)).hasToString("coalition.events:0:40,coalition.events:1:9,membership.events:1:5");
		assertThat(ConsistencyToken.of(List.of(new Position("t", 0, 1), new Position("t", 0, 7))))
			.hasToString("t:0:7");
	}

	@Test
	void blankIsTheEmptyToken() {
		assertThat(ConsistencyToken.parse(" ").isEmpty()).isTrue();
		assertThat(ConsistencyToken.parse(null).isEmpty()).isTrue();
	}

	@Test
	void aMalformedHeaderIsRefusedNamingTheHeader() {
		for (String malformed : List.of("coalition.events", "coalition.events:x:1", "coalition.events:0:-1",
				"a:0:1,,b:0:2", "a b:0:1", "a:0:1;b:0:2")) {
			assertThatIllegalArgumentException().isThrownBy(() -> ConsistencyToken.parse(malformed))
				.withMessageContaining(ConsistencyToken.HEADER);
		}
		String tooMany = String.join(",", java.util.stream.IntStream.range(0, ConsistencyToken.MAX_POSITIONS + 1)
			.mapToObj(i -> "t:" + i + ":0")
			.toList());
		assertThatIllegalArgumentException().isThrownBy(() -> ConsistencyToken.parse(tooMany))
			.withMessageContaining(ConsistencyToken.HEADER);
	}
}
