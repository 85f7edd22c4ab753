package org.coalitions.platform.persistence;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a load-change-save of one document again when another writer wrote it in between: a save that meets a
 * newer version (optimistic lock), or the first insert of a document that another writer inserted first
 * (duplicate key). Either way the next attempt loads the fresh state and checks the rules again there. Besides
 * people changing the same thing at once, the outbox relay is such a writer: removing relayed events bumps the
 * document's version, so that a save from a read taken before the removal cannot put those events back.
 */
public final class ConcurrentSaves {

	/** Attempts in all before the conflict is thrown: writers racing on one document rarely lose this often. */
	static final int ATTEMPTS = 5;

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
