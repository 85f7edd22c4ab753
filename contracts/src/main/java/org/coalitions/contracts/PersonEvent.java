package org.coalitions.contracts;

/**
 * An event about one person rather than a coalition, keyed by the person's id (their Keycloak subject). Such
 * events travel on {@link Topics#PEOPLE_EVENTS}, apart from the coalitions' topics, because they carry contact
 * details that only the services that mail people need.
 */
public interface PersonEvent extends PlatformEvent {

	String personId();

	@Override
	default String key() {
		return personId();
	}
}
