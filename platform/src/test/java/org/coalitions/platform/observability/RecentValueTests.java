package org.coalitions.platform.observability;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentValueTests {

	@Test
	void aReadThatHangsHoldsUpNoCallerAndStartsNoSecondRead() throws Exception {
		CountDownLatch storeAnswers = new CountDownLatch(1);
		AtomicInteger reads = new AtomicInteger();
		RecentValue<Integer> value = new RecentValue<>("test", Duration.ZERO, () -> {
			reads.incrementAndGet();
			await(storeAnswers);
			return 42;
		});
		long started = System.nanoTime();
		assertThat(value.get()).as("nothing read yet").isNull();
		Ports.await("the read started", Duration.ofSeconds(5), () -> reads.get() == 1);
		for (int i = 0; i < 5; i++) {
			assertThat(value.get()).isNull();
		}
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(reads.get()).as("one read at a time").isEqualTo(1);
		storeAnswers.countDown();
		Ports.await("the value read", Duration.ofSeconds(5), () -> Integer.valueOf(42).equals(value.get()));
	}

	@Test
	void aValueIsReadAgainOnlyOnceItIsOlderThanItsMaximumAge() {
		AtomicInteger reads = new AtomicInteger();
		RecentValue<Integer> value = new RecentValue<>("test", Duration.ofMinutes(1), reads::incrementAndGet);
		value.get();
		Ports.await("the first read", Duration.ofSeconds(5), () -> value.get() != null);
		for (int i = 0; i < 10; i++) {
			assertThat(value.get()).isEqualTo(1);
		}
		assertThat(reads.get()).isEqualTo(1);
	}

	@Test
	void aFailedReadMakesTheValueUnknownRatherThanOld() {
		AtomicInteger reads = new AtomicInteger();
		RecentValue<Integer> value = new RecentValue<>("test", Duration.ZERO, () -> {
			if (reads.incrementAndGet() > 1) {
				throw new IllegalStateException("the store is away");
			}
			return 7;
		});
		Ports.await("the first read", Duration.ofSeconds(5), () -> value.get() != null);
		// ask first: a get() starts the next read, and when the first read completed within the first get() no
		// other get() has started one yet
		Ports.await("the failed read", Duration.ofSeconds(5), () -> {
			Integer now = value.get();
			return reads.get() > 1 && now == null;
		});
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
