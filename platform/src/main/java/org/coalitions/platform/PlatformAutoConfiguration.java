package org.coalitions.platform;

import org.coalitions.platform.apidocs.ApiDocsConfiguration;
import org.coalitions.platform.deadletters.DeadLettersConfiguration;
import org.coalitions.platform.messaging.MessagingConfiguration;
import org.coalitions.platform.outbox.OutboxConfiguration;
import org.coalitions.platform.persistence.StoreConfiguration;
import org.coalitions.platform.replay.ReplayConfiguration;
import org.coalitions.platform.security.JwtConfiguration;
import org.coalitions.platform.time.HistoryConfiguration;
import org.coalitions.platform.web.WebConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The platform's conventions in every service, one configuration per concern, each beside what it configures.
 * Before Boot's resource-server auto-configuration, so that ours is the {@code JwtDecoder}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@Import({ MessagingConfiguration.class, OutboxConfiguration.class, StoreConfiguration.class, WebConfiguration.class,
		JwtConfiguration.class, HistoryConfiguration.class, ApiDocsConfiguration.class, DeadLettersConfiguration.class,
		ReplayConfiguration.class })
public class PlatformAutoConfiguration {
}
