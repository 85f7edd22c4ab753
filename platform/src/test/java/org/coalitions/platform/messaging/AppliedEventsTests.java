package org.coalitions.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an aggregate that keeps its applied event ids itself remembers, and for how long. */
class AppliedEventsTests {

	final List<String> applied = new ArrayList<>();

	@Test
	void anEventIsAppliedOnceHoweverOftenItIsDelivered() {
		assertThat(AppliedEvents.remember(applied, "e1")).isTrue();
		assertThat(AppliedEvents.remember(applied, "e1")).isFalse();
		assertThat(applied).containsExactly("e1");
	}

	@Test
	void theOldestIdsAreForgottenBeyondTheBoundTheConditionalUpdateKeepsToo() {
		IntStream.rangeClosed(1, AppliedEvents.REMEMBERED + 2).forEach(i -> AppliedEvents.remember(applied, "e" + i));

		assertThat(applied).hasSize(AppliedEvents.REMEMBERED).doesNotContain("e1", "e2").startsWith("e3")
			.endsWith("e" + (AppliedEvents.REMEMBERED + 2));
		assertThat(AppliedEvents.remember(applied, "e3")).isFalse();
	}
}
