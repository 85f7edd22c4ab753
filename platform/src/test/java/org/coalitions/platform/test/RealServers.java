package org.coalitions.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points the test's Spring context at the real servers of {@link TestInfra} (the shared broker, a fresh
 * database, the test token key) for the named service, as a {@code @DynamicPropertySource} calling
 * {@link TestInfra#register} would. The context is keyed by the class that carries the annotation, so test
 * classes extending one base share its context, and any other test class gets one of its own with a fresh
 * database, as before.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealServers {

	/** The service under test, which names its database and consumer group; none: the test registers its own. */
	String value() default "";
}
