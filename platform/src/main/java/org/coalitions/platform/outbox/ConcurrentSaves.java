package org.coalitions.platform.outbox;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a load-change-save of one aggregate again when another writer saved it in between. Besides people
 * changing the same thing at once, the outbox relay is such a writer: removing relayed events bumps the
 * document's version, so that a save from a read taken before the removal cannot put those events back.
 */
public final class ConcurrentSaves {

	static final int ATTEMPTS = 5;

	private ConcurrentSaves() {
	}

	/**
	 * @param loadChangeSave reads the aggregate afresh, applies the change and saves it; it runs again (up to
	 * five times in all) when the save meets a newer version
	 */
	public static <T> T retrying(Supplier<T> loadChangeSave) {
		for (int attempt = 1;; attempt++) {
			try {
				return loadChangeSave.get();
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}
}
