package org.coalitions.membership.profile;

import java.time.ZoneId;

/** Region-based time zone ids ("Africa/Nairobi", "UTC"); offsets like "+03:00" do not follow summer time. */
final class TimeZones {

	static final String DEFAULT = "UTC";

	private TimeZones() {
	}

	static boolean isZone(String id) {
		return id != null && ZoneId.getAvailableZoneIds().contains(id);
	}
}
