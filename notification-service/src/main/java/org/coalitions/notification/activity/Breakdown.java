package org.coalitions.notification.activity;

import java.util.Map;

/**
 * Coalitions counted by status and by theme (all of them), and members summed by stakeholder group over the
 * coalitions that are not closed: who the living coalitions are made of; and over the same coalitions, their
 * members and those from developing countries (someone in two coalitions counts twice, as in the balances).
 */
record Breakdown(Map<String, Long> byStatus, Map<String, Long> byTheme, Map<String, Long> byStakeholderGroup,
		long members, long developingCountryMembers) {
}
