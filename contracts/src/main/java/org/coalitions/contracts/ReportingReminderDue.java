package org.coalitions.contracts;

import java.time.LocalDate;

/**
 * Time to remind a coalition's coordinators of its annual report for {@code cycle}, due on {@code deadline}:
 * {@code reminder} is a {@link ReportingReminder} name. coalition-service publishes each reminder at most once
 * per coalition and cycle (it remembers which it published); consumers mail it once per coordinator.
 */
public record ReportingReminderDue(String coalitionId, int cycle, String reminder, LocalDate deadline)
		implements CoalitionEvent {
}
