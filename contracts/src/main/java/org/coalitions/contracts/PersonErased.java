package org.coalitions.contracts;

/**
 * A person deleted their account: every service erases what it holds about them. Only the id travels (no name,
 * no address: those are what is being erased); each consumer learns the person's names and addresses from its own
 * records before it removes them. Produced by membership-service, after the person's Keycloak account is gone and
 * in the same write as its own scrub. Never deleted from {@link Topics#PEOPLE_EVENTS}, so that a restore from a
 * backup, or a consumer that lags, applies it again.
 */
public record PersonErased(String personId) implements PersonEvent {
}
