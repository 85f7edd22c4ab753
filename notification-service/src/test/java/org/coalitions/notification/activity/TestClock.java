package org.coalitions.notification.activity;

import java.time.Instant;

import org.coalitions.platform.test.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The service's clock in the activity tests: one the tests set. */
@TestConfiguration(proxyBeanMethods = false)
class TestClock {

	static final MutableClock CLOCK = new MutableClock(Instant.now());

	@Bean
	@Primary
	MutableClock testClock() {
		return CLOCK;
	}
}
