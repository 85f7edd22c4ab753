package org.coalitions.coalition.coordination;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code startsAt} is the local date and time in {@code timeZone} (an IANA zone such as Africa/Nairobi). */
record ScheduleMeeting(@NotBlank @Size(max = 200) String title, @NotNull LocalDateTime startsAt,
		@NotBlank @ValidTimeZone String timeZone, @Size(max = 20000) String agenda) {
}
