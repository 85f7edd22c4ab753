package org.coalitions.notification.activity;

import java.time.Instant;
import java.util.List;

/**
 * A coalition on the forum's list of inactive coalitions: since when (its move to INACTIVE), and the cycles whose
 * annual report is missing (overdue).
 */
record InactiveCoalition(String coalitionId, String name, Instant since, List<Integer> missingReports) {
}
