package org.coalitions.membership.privacy;

import java.time.Duration;

import org.coalitions.infra.Ports;
import org.coalitions.platform.domain.UnavailableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Removing a sign-in account: Keycloak unreachable or refusing is an {@link UnavailableException}, soon. */
class SignInAccountsTests {

	@Test
	void keycloakNotListeningIsUnavailableAtOnce() {
		SignInAccounts accounts = new SignInAccounts(new AccountsProperties("http://127.0.0.1:" + Ports.free(),
				"coalitions", "coalitions-accounts", "secret", Duration.ofSeconds(2)));

		long started = System.nanoTime();
		assertThatThrownBy(() -> accounts.remove("p1")).isInstanceOfSatisfying(UnavailableException.class,
				ex -> assertThat(ex.retryAfterSeconds()).isEqualTo(SignInAccounts.RETRY_AFTER_SECONDS))
			.hasMessageContaining("Nothing was erased");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aWrongSecretIsUnavailableNotASuccess() {
		KeycloakStandIn keycloak = KeycloakStandIn.get();
		SignInAccounts accounts = new SignInAccounts(new AccountsProperties(keycloak.url() + "/", "coalitions",
				"coalitions-accounts", "not-the-secret", Duration.ofSeconds(2)));

		assertThatThrownBy(() -> accounts.remove("p2")).isInstanceOf(UnavailableException.class)
			.hasMessageContaining("401");
		assertThat(keycloak.removals()).doesNotContain("p2");
	}
}
