package org.coalitions.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * The whole service on a random port, called over HTTP through an {@link ApiClient} field that {@link
 * ApiClientExtension} fills in. The real servers still come from {@link TestInfra} in the test's
 * {@code @DynamicPropertySource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ApiClientExtension.class)
public @interface ApiIntegrationTest {

	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};
}
