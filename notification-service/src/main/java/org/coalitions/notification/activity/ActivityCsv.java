package org.coalitions.notification.activity;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The per-coalition figures as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks in
 * double quotes, quotes doubled), one row per coalition under a header, lists joined by {@code ;}.
 * <p>
 * Names come from users and spreadsheets run cells that start with {@code = + - @} (or a tab or carriage
 * return before one) as formulas, so such a cell gets a leading {@code '} and is shown as text (OWASP's advice
 * on CSV injection).
 */
final class ActivityCsv {

	static final List<String> HEADER = List.of("coalitionId", "name", "theme", "status", "members",
			"stakeholderGroups", "regions", "balanceMet", "developingCountryMembers", "lastActivityAt",
			"eventsLast30Days", "eventsLast90Days", "reportingStatus", "reportingCycle", "reportingDeadline",
			"reportingCycles", "missingReports", "inactive", "inactiveSince", "quiet", "joinRequestsApproved",
			"joinRequestsRejected", "joinRequestsWaiting", "medianDecisionHours", "longestDecisionHours", "risks");

	private static final String LINE_END = "\r\n";

	private ActivityCsv() {
	}

	static String of(List<CoalitionActivityView> coalitions) {
		StringBuilder csv = new StringBuilder();
		csv.append(row(HEADER.stream().map(Object.class::cast).toList()));
		for (CoalitionActivityView coalition : coalitions) {
			JoinRequestFigures requests = coalition.joinRequests();
			csv.append(row(List.of(text(coalition.coalitionId()), text(coalition.name()), text(coalition.theme()),
					text(coalition.status()), coalition.members(), joined(coalition.stakeholderGroups().stream()),
					joined(coalition.regions().stream()), coalition.balanceMet(), coalition.developingCountryMembers(),
					text(coalition.lastActivityAt()), coalition.eventsLast30Days(), coalition.eventsLast90Days(),
					text(coalition.reportingStatus()), text(coalition.reportingCycle()),
					text(coalition.reportingDeadline()),
					joined(coalition.reportingCycles().stream().map(cycle -> cycle.cycle() + ":" + cycle.status())),
					joined(coalition.missingReports().stream()), coalition.inactive(), text(coalition.inactiveSince()),
					coalition.quiet(), requests.approved(), requests.rejected(), requests.waiting(),
					text(requests.medianDecisionHours()), text(requests.longestDecisionHours()),
					joined(coalition.risks().stream()))));
		}
		return csv.toString();
	}

	/** One cell: neutralised if a spreadsheet would run it, then quoted if it needs to be. */
	static String cell(String value) {
		String safe = value;
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			safe = "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private static String row(List<Object> values) {
		return values.stream().map(value -> cell(String.valueOf(value))).collect(Collectors.joining(",")) + LINE_END;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String joined(Stream<?> values) {
		return values.map(Objects::toString).collect(Collectors.joining(";"));
	}
}
