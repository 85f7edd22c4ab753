package org.coalitions.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock every service reads "now" from. With history import on ({@code coalitions.history.import-enabled}),
 * it answers the instant of the work on the current thread ({@link OccurredAt}: a historical command's header, or
 * the time of the event being handled), so a command and every reaction to it happen when the command says; never
 * later than the system clock, so nothing is dated in the future. With import off it is the system clock.
 */
public final class HistoryClock extends Clock {

	private final Clock system;

	private final boolean importEnabled;

	public HistoryClock(Clock system, boolean importEnabled) {
		this.system = system;
		this.importEnabled = importEnabled;
	}

	@Override
	public Instant instant() {
		Instant now = system.instant();
		if (!importEnabled) {
			return now;
		}
		return OccurredAt.current().filter(at -> at.isBefore(now)).orElse(now);
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new HistoryClock(system.withZone(zone), importEnabled);
	}
}
