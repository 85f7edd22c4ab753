package org.coalitions.coalition.coordination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param webBaseUrl the web app's public address: meeting pages and calendar addresses start here
 * @param secret the key that signs personal calendar addresses (at least 32 characters; set your own outside
 * development: changing it ends every address given out)
 */
@Validated
@ConfigurationProperties("coalitions.calendar")
record CalendarProperties(@NotBlank String webBaseUrl, @NotNull @Size(min = 32) String secret) {

	String link(String path) {
		String base = webBaseUrl.endsWith("/") ? webBaseUrl.substring(0, webBaseUrl.length() - 1) : webBaseUrl;
		return base + path;
	}
}
