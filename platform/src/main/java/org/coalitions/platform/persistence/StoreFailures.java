package org.coalitions.platform.persistence;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/** Tells a store that could not be reached from a request or an event the store refused. */
public final class StoreFailures {

	private StoreFailures() {
	}

	/** A failure that says the store could not be reached or did not answer in time, not that the data is bad. */
	public static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof MongoSocketException || cause instanceof MongoTimeoutException) {
				return true;
			}
		}
		return false;
	}
}
