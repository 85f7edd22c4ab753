package org.coalitions.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.coalitions.platform.security.DevelopmentSecrets;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on a random port against {@link RealServers real servers}, called over HTTP through an
 * {@link ApiClient} field that {@link ApiClientExtension} fills in; with the {@code local} profile, as on a
 * development machine (the development secrets are allowed: {@link DevelopmentSecrets}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles(DevelopmentSecrets.LOCAL_PROFILE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ApiClientExtension.class)
@RealServers
public @interface ApiIntegrationTest {

	/** The service under test; none: the test registers its servers itself (its own broker, real images). */
	@AliasFor(annotation = RealServers.class, attribute = "value")
	String value() default "";

	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};
}
