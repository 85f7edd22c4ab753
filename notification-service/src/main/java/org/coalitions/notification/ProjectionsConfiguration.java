package org.coalitions.notification;

import java.util.Set;

import org.coalitions.notification.feed.FeedProjection;
import org.coalitions.platform.replay.Projections;
import org.coalitions.platform.replay.Projections.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What notification-service derives from events, for {@code infra/stack replay notification-service}: people,
 * feeds (entries, coalition names, standing reminders), activity data and the coalition journal. People are made
 * at first sign-in too, and carry read marks, the last digest dealt with (per frequency), the secretariat flag and when they were
 * first seen, and the threads they muted, all of the service's own doing. Not the mail queue and opt-outs: the action-mails consumer would
 * mail people again. Nor a post's notices to the people it concerned (a mention, a reply in their thread): told once,
 * with what was known then, like a mail. The people directory is rebuilt first: the feed reads names from it.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionsConfiguration {

	@Bean
	Projections projections() {
		return Projections.of(
				Set.of("notification-people", "notification-feed", "notification-activity", "notification-journal"),
				Projection.alsoWrittenByTheService("people", "readBefore", "readIds", "lastDigestKey", "secretariat",
						"createdAt", "mutedThreads", "digestsDone"),
				// a post's notices to the people it concerned then (members then, not muting, following then)
				Projection.of("feed_entries").toldAtTheTime("type", FeedProjection.NOTICES.toArray(String[]::new)), Projection.of("feed_coalitions"), Projection.of("reporting_reminders"),
				Projection.of("coalition_activity"), Projection.of("coalition_journal"),
				// who posted in a thread comes from the events; who follows it is the members' own choice
				Projection.alsoWrittenByTheService("thread_interest", "followers"))
			// the feed's titles name people as the people directory knows them
			.readFirst("notification-people");
	}
}
