package org.coalitions.platform.persistence;


import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of a batch listener wait for the store to come back rather than ending in the dead-letter topic. */
class StoreFailuresTests {

	@Test
	void anUnreachableStoreIsWaitedForHoweverDeepTheCause() {
		Exception down = new ListenerExecutionFailedException("listener failed", new BatchListenerFailedException(
				"event e1 could not be applied", new DataAccessResourceFailureException("Timed out"), 0));
		assertThat(StoreFailures.unreachable(down)).isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(StoreFailures.unreachable(new ListenerExecutionFailedException("listener failed",
				new BatchListenerFailedException("bad", new IllegalStateException("a bug"), 3))))
			.isFalse();
		assertThat(StoreFailures.unreachable(new DuplicateKeyException("E11000"))).isFalse();
	}
}
