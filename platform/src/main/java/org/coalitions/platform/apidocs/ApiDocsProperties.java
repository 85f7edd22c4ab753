package org.coalitions.platform.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service's OpenAPI document says about its API ({@code coalitions.api-docs.*}).
 *
 * @param title the API's name; the service's {@code spring.application.name} when not set
 * @param version the contract's version, raised when the API changes (not the build's version)
 * @param description what the API is for, in a sentence or two
 */
@ConfigurationProperties("coalitions.api-docs")
public record ApiDocsProperties(String title, @DefaultValue("1.0.0") String version,
		@DefaultValue("") String description) {
}
