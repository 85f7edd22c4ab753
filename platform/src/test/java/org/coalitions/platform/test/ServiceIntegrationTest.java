package org.coalitions.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/** The whole service without a server port, against {@link RealServers real servers}: for tests below the API. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@RealServers
public @interface ServiceIntegrationTest {

	/** The service under test; none: the test registers its servers itself. */
	@AliasFor(annotation = RealServers.class, attribute = "value")
	String value() default "";

	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};
}
