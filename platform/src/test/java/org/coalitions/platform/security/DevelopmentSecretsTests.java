package org.coalitions.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An application with a development secret does not start unless the local profile is active; registered as Boot
 * registers its own environment post-processors, so these are real starts.
 */
class DevelopmentSecretsTests {

	static final String SECRET = "coalitions.notification.mail.unsubscribe-secret";

	static final String DEVELOPMENT_VALUE = "local-development-secret-change-me-0123456789";

	@Configuration(proxyBeanMethods = false)
	static class Application {
	}

	@Test
	void aDevelopmentSecretFailsTheStartNamingTheProperty() {
		assertThatThrownBy(() -> start(SECRET + "=" + DEVELOPMENT_VALUE).close())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(SECRET)
			.hasMessageContaining("UNSUBSCRIBE_SECRET")
			.hasMessageContaining("'local' profile");
	}

	@Test
	void theLocalProfileAllowsTheDevelopmentSecrets() {
		try (ConfigurableApplicationContext context = start(SECRET + "=" + DEVELOPMENT_VALUE,
				"spring.profiles.active=local")) {
			assertThat(context.isActive()).isTrue();
		}
	}

	@Test
	void aSecretOfItsOwnStartsWithoutTheProfile() {
		try (ConfigurableApplicationContext context = start(SECRET + "=a-secret-of-this-deployment-0123456789")) {
			assertThat(context.isActive()).isTrue();
		}
	}

	@Test
	void everyKnownDevelopmentValueIsRefused() {
		for (DevelopmentSecrets.DevelopmentValue value : DevelopmentSecrets.VALUES) {
			assertThatThrownBy(() -> start(value.property() + "=" + value.value()).close())
				.hasMessageContaining(value.property());
		}
	}

	private static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(properties)
			.run();
	}
}
