package org.coalitions.notification.feed;

import org.coalitions.contracts.CoordinationGroup;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The coordination group has no proposal to name it, yet feeds and digests show its threads and meetings like a
 * coalition's: its name is written at start, as a proposal's would be.
 */
@Component
record CoordinationGroupName(Feed feed) {

	static final String NAME = "Coordination group";

	@EventListener(ApplicationReadyEvent.class)
	void remember() {
		feed.rememberName(CoordinationGroup.ID, NAME);
	}
}
