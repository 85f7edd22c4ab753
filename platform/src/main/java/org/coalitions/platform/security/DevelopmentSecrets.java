package org.coalitions.platform.security;

import java.util.List;
import java.util.Objects;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start a service that runs with a secret whose value is written in this repository (a default meant
 * for development), unless the {@value #LOCAL_PROFILE} profile says this is a development machine ({@code
 * infra/stack} and the tests turn it on). Checked once the configuration is read, before anything starts, so that
 * a deployment that forgot to set the secret fails at once with the property's name instead of signing, for
 * instance, unsubscribe links anyone could forge.
 */
public class DevelopmentSecrets implements EnvironmentPostProcessor, Ordered {

	public static final String LOCAL_PROFILE = "local";

	/**
	 * Every known development value. Keycloak's default admin password ({@code admin}) is not here: no service and
	 * not the web app is given Keycloak admin credentials; only the local stack's own Keycloak has them
	 * (membership-service's client {@code coalitions-accounts} may only manage the realm's users, to remove the
	 * account of a person who deletes it: its development secret is here).
	 */
	static final List<DevelopmentValue> VALUES = List.of(
			new DevelopmentValue("coalitions.notification.mail.unsubscribe-secret", "UNSUBSCRIBE_SECRET",
					"local-development-secret-change-me-0123456789"),
			new DevelopmentValue("coalitions.calendar.secret", "CALENDAR_SECRET",
					"local-development-calendar-secret-change-me-01234"),
			new DevelopmentValue("coalitions.membership.invitations.secret", "INVITATION_SECRET",
					"local-development-invitation-secret-change-me-0123"),
			new DevelopmentValue("coalitions.membership.accounts.client-secret", "ACCOUNTS_CLIENT_SECRET",
					"local-development-accounts-secret-change-me-01"));

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.matchesProfiles(LOCAL_PROFILE)) {
			return;
		}
		for (DevelopmentValue value : VALUES) {
			if (Objects.equals(value.value(), environment.getProperty(value.property()))) {
				throw new IllegalStateException(value.property() + " has its development value, which anyone can read "
						+ "in the source: set a secret of your own (" + value.variable() + "), or, on a development "
						+ "machine only, run with the '" + LOCAL_PROFILE + "' profile (SPRING_PROFILES_ACTIVE="
						+ LOCAL_PROFILE + ").");
			}
		}
	}

	/** After the configuration files are read (and with them the profiles and the defaults they give). */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * @param property the setting
	 * @param variable the environment variable that sets it
	 * @param value the value it has by default, for development
	 */
	record DevelopmentValue(String property, String variable, String value) {
	}
}
