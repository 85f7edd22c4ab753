package org.coalitions.platform.apidocs;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/** In the services that publish an OpenAPI document (springdoc on the class path). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OpenApiCustomizer.class)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsConfiguration {

	/**
	 * Spring Security's evaluator answers "may an anonymous caller do this?" from the service's own security
	 * rules, so the documents' security cannot drift from them.
	 */
	@Bean
	ApiContract apiContract(ApiDocsProperties properties, Environment environment,
			OAuth2ResourceServerProperties resourceServer,
			ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
		String title = properties.title() != null ? properties.title()
				: environment.getProperty("spring.application.name", "API");
		return new ApiContract(new ApiDocsProperties(title, properties.version(), properties.description()),
				resourceServer.getJwt().getIssuerUri(), (method, path) -> privileges.getObject().isAllowed("", path, method,
						ApiContract.ANONYMOUS));
	}
}
