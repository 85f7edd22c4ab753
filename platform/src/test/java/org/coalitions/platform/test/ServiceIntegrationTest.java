package org.coalitions.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.coalitions.platform.security.DevelopmentSecrets;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service without a server port, against {@link RealServers real servers}: for tests below the API. With
 * the {@code local} profile, as {@link ApiIntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles(DevelopmentSecrets.LOCAL_PROFILE)
@SpringBootTest
@RealServers
public @interface ServiceIntegrationTest {

	/** The service under test; none: the test registers its servers itself. */
	@AliasFor(annotation = RealServers.class, attribute = "value")
	String value() default "";

	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};
}
