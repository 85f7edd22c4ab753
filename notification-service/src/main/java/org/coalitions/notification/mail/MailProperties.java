package org.coalitions.notification.mail;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param webBaseUrl where people open the web app: links in mails start here
 * @param from the sender of every mail
 * @param unsubscribeSecret the key that signs unsubscribe links (at least 32 characters; set your own in
 * production)
 * @param pollInterval how often the sender looks for mails to send when nobody woke it
 * @param lease how long a sender may hold a mail before another may take it over (a sender that died)
 * @param firstRetry the wait after the first failed attempt; doubled after each further failure
 * @param maxBackoff the longest wait between attempts; a mail is retried until it is sent
 */
@Validated
@ConfigurationProperties("coalitions.notification.mail")
public record MailProperties(@NotBlank String webBaseUrl, @NotBlank String from,
		@NotNull @Size(min = 32) String unsubscribeSecret, @DefaultValue("5s") @NotNull Duration pollInterval,
		@DefaultValue("2m") @NotNull Duration lease, @DefaultValue("10s") @NotNull Duration firstRetry,
		@DefaultValue("15m") @NotNull Duration maxBackoff) {

	/** The web app's page with the person's profile and mail settings. */
	public static final String SETTINGS = "/#/me";

	public String link(String path) {
		String base = webBaseUrl.endsWith("/") ? webBaseUrl.substring(0, webBaseUrl.length() - 1) : webBaseUrl;
		return base + path;
	}
}
