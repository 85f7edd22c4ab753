package org.coalitions.contracts;

/**
 * The coordination group of all dynamic coalitions: the representatives of every active coalition and the
 * secretariat. It has threads and meetings like a coalition's, open to read for everyone, under this id.
 */
public final class CoordinationGroup {

	/** The id under which the coordination group's space, threads, meetings and events are kept. */
	public static final String ID = "coordination-group";

	private CoordinationGroup() {
	}
}
