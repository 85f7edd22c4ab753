package org.coalitions.contracts;

import java.util.List;

/** The Kafka topics between the services; every topic has a dead-letter twin with the {@link #DLT} suffix. */
public final class Topics {

	/** Coalitions' life cycle, charter, coordination and outcomes; produced by coalition-service. */
	public static final String COALITION_EVENTS = "coalition.events";

	/** Members, join requests, roles and balance; produced by membership-service. */
	public static final String MEMBERSHIP_EVENTS = "membership.events";

	/** People's profiles (names, mail addresses, mail preferences); produced by membership-service. */
	public static final String PEOPLE_EVENTS = "people.events";

	public static final String DLT = ".dlt";

	public static final List<String> ALL = List.of(COALITION_EVENTS, MEMBERSHIP_EVENTS, PEOPLE_EVENTS);

	private Topics() {
	}

	public static String deadLetter(String topic) {
		return topic + DLT;
	}
}
