package org.coalitions.coalition.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coalitions.coalition.reporting.CycleStatus;
import org.coalitions.coalition.reporting.ReportingState;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.ReviewState;

/**
 * The two checklists a coalition's page shows, worked out from what the coalition holds: what its activation
 * still waits for (approval, stakeholder groups), and how it stands with the forum's principles. Each item says
 * met or not, with a reason as a stable code and its parameters, which the pages translate (codes below).
 * <ul>
 * <li>APPROVED: the review state's name (AWAITING_REVIEW, CHANGES_REQUESTED, APPROVED, DECLINED).</li>
 * <li>STAKEHOLDER_GROUPS: GROUPS_MET or GROUPS_MISSING {groups, members}, NO_MEMBERS_COUNTED before the first
 * balance. Met is membership-service's multistakeholder rule as it published it.</li>
 * <li>OPEN_MEMBERSHIP: JOIN_OPEN or JOIN_MODERATED (met: anyone may ask, a rejection needs a reason),
 * JOINING_ENDED once closed or declined (not met).</li>
 * <li>OPEN_ARCHIVE: ARCHIVE_PUBLIC (threads, meetings and outcomes are readable by anyone), or
 * ARCHIVE_PUBLIC_AND_MAILING_LIST {mailingList} when the statement names an outside list: always met.</li>
 * <li>CONTACT_PERSON: CONTACTS_NAMED {count} or NO_CONTACT.</li>
 * <li>ANNUAL_REPORT: REPORT_REPORTED, REPORT_DUE or REPORT_OVERDUE {cycle, deadline} for the headline report
 * (met unless overdue), NO_REPORT_YET before the first headline.</li>
 * </ul>
 */
public final class Principles {

	/** One line of a checklist: {@code item} is the condition or principle. */
	public record Check(String item, boolean met, String reason, Map<String, Object> params) {
	}

	private Principles() {
	}

	public static List<Check> activation(Coalition coalition) {
		ReviewState review = coalition.reviewState();
		return List.of(new Check("APPROVED", review == ReviewState.APPROVED, review.name(), Map.of()),
				stakeholderGroups(coalition.getBalance()));
	}

	public static List<Check> principles(Coalition coalition) {
		return List.of(openMembership(coalition), openArchive(coalition.statement()),
				stakeholderGroups(coalition.getBalance()), contactPerson(coalition.statement()),
				annualReport(coalition.getReporting()));
	}

	private static Check openMembership(Coalition coalition) {
		if (coalition.getStatus() == CoalitionStatus.CLOSED || coalition.getStatus() == CoalitionStatus.DECLINED) {
			return new Check("OPEN_MEMBERSHIP", false, "JOINING_ENDED", Map.of());
		}
		return new Check("OPEN_MEMBERSHIP", true, "JOIN_" + coalition.getJoinPolicy().name(), Map.of());
	}

	private static Check openArchive(Statement statement) {
		if (statement != null && statement.mailingList() != null) {
			return new Check("OPEN_ARCHIVE", true, "ARCHIVE_PUBLIC_AND_MAILING_LIST",
					Map.of("mailingList", statement.mailingList()));
		}
		return new Check("OPEN_ARCHIVE", true, "ARCHIVE_PUBLIC", Map.of());
	}

	private static Check stakeholderGroups(StakeholderBalance balance) {
		if (balance == null) {
			return new Check("STAKEHOLDER_GROUPS", false, "NO_MEMBERS_COUNTED", Map.of());
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("groups", balance.distinctStakeholderGroups());
		params.put("members", balance.members());
		return new Check("STAKEHOLDER_GROUPS", balance.ruleMet(), balance.ruleMet() ? "GROUPS_MET" : "GROUPS_MISSING",
				params);
	}

	private static Check contactPerson(Statement statement) {
		int count = statement == null ? 0 : statement.contactPersons().size();
		return count == 0 ? new Check("CONTACT_PERSON", false, "NO_CONTACT", Map.of())
				: new Check("CONTACT_PERSON", true, "CONTACTS_NAMED", Map.of("count", count));
	}

	private static Check annualReport(CycleStatus headline) {
		if (headline == null) {
			return new Check("ANNUAL_REPORT", true, "NO_REPORT_YET", Map.of());
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("cycle", headline.cycle());
		params.put("deadline", headline.deadline().toString());
		return new Check("ANNUAL_REPORT", headline.state() != ReportingState.OVERDUE, "REPORT_" + headline.state().name(),
				params);
	}
}
