package org.coalitions.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Points the test's Spring context at the real MongoDB and Apache Kafka images of {@link RealImageServers} for
 * the named service, where a Docker engine exists; without one the test class is skipped, not failed. The
 * counterpart of {@link RealServers} for the images production runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Testcontainers(disabledWithoutDocker = true)
public @interface RealImages {

	/** The service under test, which names its database and consumer group. */
	String value();
}
