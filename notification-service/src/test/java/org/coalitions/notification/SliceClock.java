package org.coalitions.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock stopped at {@link #NOW} for web slices whose controllers read the time. Primary, because a slice
 * loads the application class and with it the application's own clock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SliceClock {

	public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@Bean
	@Primary
	Clock sliceClock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}
}
