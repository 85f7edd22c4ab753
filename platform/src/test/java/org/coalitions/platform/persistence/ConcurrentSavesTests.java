package org.coalitions.platform.persistence;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a load-change-save runs again, and when it gives up. */
class ConcurrentSavesTests {

	final AtomicInteger attempts = new AtomicInteger();

	@Test
	void aSaveThatMeetsANewerVersionRunsAgainOnTheFreshState() {
		String result = ConcurrentSaves.retrying(() -> {
			if (attempts.incrementAndGet() < 3) {
				throw new OptimisticLockingFailureException("version " + attempts.get() + " is stale");
			}
			return "saved at attempt " + attempts.get();
		});

		assertThat(result).isEqualTo("saved at attempt 3");
		assertThat(attempts).hasValue(3);
	}

	@Test
	void aFirstInsertThatMeetsTheSameDocumentInsertedByAnotherWriterRunsAgain() {
		String result = ConcurrentSaves.retrying(() -> {
			if (attempts.incrementAndGet() == 1) {
				throw new DuplicateKeyException("E11000 duplicate key error: _id");
			}
			return "updated the other writer's document";
		});

		assertThat(result).isEqualTo("updated the other writer's document");
		assertThat(attempts).hasValue(2);
	}

	@Test
	void aConflictThatOutlastsEveryAttemptIsThrown() {
		OptimisticLockingFailureException lastConflict = new OptimisticLockingFailureException("still stale");

		assertThatThrownBy(() -> ConcurrentSaves.retrying(() -> {
			attempts.incrementAndGet();
			throw lastConflict;
		})).isSameAs(lastConflict);
		assertThat(attempts).hasValue(ConcurrentSaves.ATTEMPTS);
	}

	@Test
	void anyOtherFailureIsThrownAtOnce() {
		assertThatThrownBy(() -> ConcurrentSaves.retrying(() -> {
			attempts.incrementAndGet();
			throw new DataAccessResourceFailureException("store unreachable");
		})).isInstanceOf(DataAccessResourceFailureException.class);
		assertThat(attempts).hasValue(1);
	}

	@Test
	void aSaveThatSucceedsRunsOnce() {
		assertThat(ConcurrentSaves.retrying(attempts::incrementAndGet)).isEqualTo(1);
	}
}
