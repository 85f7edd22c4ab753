package org.coalitions.platform.time;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param importEnabled whether a command may say when it happened ({@link OccurredAt#HEADER}), and a reaction to an
 * event happens at the event's time: for loading demo data with a past (the local stack's demo only); off, the
 * header is refused with 400 and every "now" is the system clock's
 */
@ConfigurationProperties("coalitions.history")
public record HistoryProperties(@DefaultValue("false") boolean importEnabled) {
}
