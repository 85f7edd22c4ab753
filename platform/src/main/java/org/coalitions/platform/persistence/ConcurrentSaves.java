package org.coalitions.platform.persistence;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a load-change-save of one document again when another writer wrote it in between: a save that meets a
 * newer version (optimistic lock), or the first insert of a document that another writer inserted first
 * (duplicate key). Either way the next attempt loads the fresh state and checks the rules again there. Besides
 * people changing the same thing at once, the outbox relay is such a writer: removing relayed events bumps the
 * document's version, so that a save from a read taken before the removal cannot put those events back.
 *
 * <p>A document that many requests change at once (a coalition's roster while people join it together) is
 * better served by {@link #retrying(String, Object, Supplier)}: its writers in this process take turns, so they
 * do not fail each other's optimistic lock, and only writers elsewhere (another instance, the relay) still can.
 */
public final class ConcurrentSaves {

	/** Attempts in all before the conflict is thrown: writers racing on one document rarely lose this often. */
	static final int ATTEMPTS = 5;

	/**
	 * How long a writer waits for its turn on a document before it gives up with a 503: far above a queue of a few
	 * dozen load-change-saves, below the front door's 10 s.
	 */
	static final Duration TURN_WAIT = Duration.ofSeconds(5);

	/** A lock per document that has writers in this process now; removed when the last of them is done. */
	private static final ConcurrentHashMap<String, Turns> TURNS = new ConcurrentHashMap<>();

	private ConcurrentSaves() {
	}

	/**
	 * @param loadChangeSave reads the document afresh (or makes it when there is none), applies the change and
	 * saves it; it runs again (up to five times in all) when the save meets a newer version or an insert meets
	 * the same document inserted by another writer
	 */
	public static <T> T retrying(Supplier<T> loadChangeSave) {
		for (int attempt = 1;; attempt++) {
			try {
				return loadChangeSave.get();
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException conflict) {
				if (attempt == ATTEMPTS) {
					throw conflict;
				}
				pause(attempt);
			}
		}
	}

	/**
	 * {@link #retrying(Supplier)}, with the writers of this process taking turns on the document, in the order they
	 * came: of N people joining one coalition at once, each reads the roster as the one before saved it, instead
	 * of N racing, N - 1 losing and running again, over and over (the losers' reads and writes wasted, and after
	 * five lost attempts a 409 for a change that conflicted with nothing). Writers in other processes and the
	 * outbox relay's removals are still met by the retry.
	 * @param collection and {@code id} name the document
	 * @throws CannotAcquireLockException when the turn does not come within {@link #TURN_WAIT} (a 503: writers
	 * ahead are stuck on a store that does not answer, or far too many wait)
	 * @throws DataAccessResourceFailureException at once when a writer ahead found the store unreachable while
	 * this one waited: the writers in the queue fail together, as they would without turns, instead of each
	 * waiting for the store in its turn
	 */
	public static <T> T retrying(String collection, Object id, Supplier<T> loadChangeSave) {
		return retrying(collection, id, TURN_WAIT, loadChangeSave);
	}

	static <T> T retrying(String collection, Object id, Duration turnWait, Supplier<T> loadChangeSave) {
		String document = collection + "/" + id;
		long came = System.nanoTime();
		Turns turns = TURNS.compute(document, (key, existing) -> (existing == null ? new Turns() : existing).join());
		try {
			if (!turns.lock.tryLock(turnWait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new CannotAcquireLockException("No turn within " + turnWait.toMillis() + " ms to change "
						+ document + ": the writers before this one did not finish");
			}
			try {
				if (turns.storeLostAt - came > 0) {
					throw new DataAccessResourceFailureException("A writer before this one found the store "
							+ "unreachable while this one waited to change " + document);
				}
				return tryingTheStore(turns, loadChangeSave);
			}
			finally {
				turns.lock.unlock();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CannotAcquireLockException("Interrupted while waiting for the turn to change " + document, ex);
		}
		finally {
			TURNS.computeIfPresent(document, (key, existing) -> existing.leave() ? null : existing);
		}
	}

	/** {@link #retrying(Supplier)}, noting when it found the store unreachable, for the writers waiting meanwhile. */
	private static <T> T tryingTheStore(Turns turns, Supplier<T> loadChangeSave) {
		try {
			return retrying(loadChangeSave);
		}
		catch (RuntimeException failure) {
			// a lost race says nothing about the store, though Spring counts it as a transient failure too
			if (StoreFailures.unreachable(failure) && !(failure instanceof ConcurrencyFailureException)) {
				turns.storeLostAt = System.nanoTime();
			}
			throw failure;
		}
	}

	/** How many documents have writers taking turns on them now: none once they are all done (no lock kept). */
	static int documentsTakingTurns() {
		return TURNS.size();
	}

	/** One document's lock and how many writers wait for or hold it; counted only inside {@code TURNS.compute}. */
	private static final class Turns {

		/** Fair: turns in the order writers came, so no writer waits behind an endless stream of newer ones. */
		final ReentrantLock lock = new ReentrantLock(true);

		private int writers;

		/** When a writer last found the store unreachable ({@link System#nanoTime()}). */
		volatile long storeLostAt = System.nanoTime() - Long.MAX_VALUE / 2;

		Turns join() {
			writers++;
			return this;
		}

		/** @return whether that was the last writer */
		boolean leave() {
			return --writers == 0;
		}
	}

	/**
	 * A short random wait before the next attempt (up to 10, 20, 40, 80 ms): writers that collided once and start
	 * again at the same moment would collide again, as a burst of events on one coalition showed (five immediate
	 * attempts all lost while its consumers and outbox relay kept writing it).
	 */
	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << (attempt - 1)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
