package org.coalitions.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.coalitions.platform.security.DevelopmentSecrets;
import org.coalitions.platform.web.ApiProblems;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A web slice of one controller with what production puts in front of it: the service's own {@code
 * SecurityConfiguration} (the nearest one up the test's package tree), Keycloak's roles mapped by {@code
 * KeycloakRoles}, tokens checked by the platform's decoder, failures answered by {@link ApiProblems}. The
 * controller's collaborators are the test's {@code @MockitoBean}s; callers come from {@link Callers}. With the
 * {@code local} profile, as {@link ApiIntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest
@ActiveProfiles(DevelopmentSecrets.LOCAL_PROFILE)
@Import({ ApiProblems.class, ApiSliceSecurity.class, NearestSecurityConfiguration.class })
public @interface ApiSlice {

	/** The controller under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();
}
