package org.coalitions.platform.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
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

	/**
	 * Sixteen writers of one versioned "document" at once, each reading its version, pausing as a store would,
	 * then saving only if the version is unchanged (else an optimistic lock failure): taking turns, none loses.
	 */
	@Test
	void writersOfOneDocumentInThisProcessTakeTurnsAndNoneMeetsAnothersSave() throws Exception {
		AtomicLong version = new AtomicLong();
		List<Long> saved = atOnce(16, () -> ConcurrentSaves.retrying("rosters", "one-coalition", () -> {
			long read = version.get();
			attempts.incrementAndGet();
			pause();
			if (!version.compareAndSet(read, read + 1)) {
				throw new OptimisticLockingFailureException("version " + read + " is stale");
			}
			return read + 1;
		}));

		assertThat(saved).containsExactlyInAnyOrderElementsOf(
				java.util.stream.LongStream.rangeClosed(1, 16).boxed().toList());
		assertThat(attempts).as("one attempt each: nobody ran again").hasValue(16);
		assertThat(ConcurrentSaves.documentsTakingTurns()).as("no lock kept once all are done").isZero();
	}

	@Test
	void writersOfDifferentDocumentsDoNotWaitForEachOther() throws Exception {
		CountDownLatch bothInside = new CountDownLatch(2);
		AtomicInteger coalitions = new AtomicInteger();
		List<Boolean> met = atOnce(2, () -> ConcurrentSaves.retrying("rosters", "coalition-" + coalitions.incrementAndGet(),
				() -> {
					bothInside.countDown();
					return awaited(bothInside);
				}));

		assertThat(met).containsOnly(true);
	}

	@Test
	void aWriterWhoseTurnDoesNotComeInTimeGivesUpAsTheStoreBeingUnavailable() throws Exception {
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			Future<?> holder = other.submit(() -> ConcurrentSaves.retrying("rosters", "stuck", () -> {
				holding.countDown();
				return awaited(release);
			}));
			holding.await(5, TimeUnit.SECONDS);

			assertThatThrownBy(() -> ConcurrentSaves.retrying("rosters", "stuck", Duration.ofMillis(200),
					attempts::incrementAndGet))
				.isInstanceOf(CannotAcquireLockException.class)
				.satisfies(refused -> assertThat(StoreFailures.unreachable(refused)).isTrue());
			assertThat(attempts).as("never ran").hasValue(0);
			release.countDown();
			holder.get(5, TimeUnit.SECONDS);
		}
		finally {
			other.shutdownNow();
		}
		assertThat(ConcurrentSaves.documentsTakingTurns()).isZero();
	}

	@Test
	void writersWaitingBehindOneThatFindsTheStoreUnreachableFailAtOnceAndLaterOnesTryAgain() throws Exception {
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch waiterCame = new CountDownLatch(1);
		ExecutorService others = Executors.newFixedThreadPool(2);
		try {
			Future<?> holder = others.submit(() -> ConcurrentSaves.retrying("rosters", "store-lost", () -> {
				holding.countDown();
				awaited(release);
				throw new DataAccessResourceFailureException("Timed out while waiting for a server");
			}));
			holding.await(5, TimeUnit.SECONDS);
			Future<?> waiter = others.submit(() -> {
				waiterCame.countDown();
				return ConcurrentSaves.retrying("rosters", "store-lost", attempts::incrementAndGet);
			});
			waiterCame.await(5, TimeUnit.SECONDS);
			Thread.sleep(100); // the waiter is in the queue

			release.countDown();

			assertThatThrownBy(() -> holder.get(5, TimeUnit.SECONDS))
				.hasCauseInstanceOf(DataAccessResourceFailureException.class);
			assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS))
				.hasCauseInstanceOf(DataAccessResourceFailureException.class);
			assertThat(attempts).as("the waiter did not try the store again").hasValue(0);
			assertThat(ConcurrentSaves.retrying("rosters", "store-lost", attempts::incrementAndGet))
				.as("a writer who comes after the failure tries the store itself").isEqualTo(1);
		}
		finally {
			others.shutdownNow();
		}
	}

	private static <T> List<T> atOnce(int writers, java.util.concurrent.Callable<T> write) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(writers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> written = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				written.add(threads.submit(() -> {
					start.await();
					return write.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> result : written) {
				results.add(result.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static boolean awaited(CountDownLatch latch) {
		try {
			return latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(5);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
