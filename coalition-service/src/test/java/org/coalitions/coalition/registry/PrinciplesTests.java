package org.coalitions.coalition.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import org.coalitions.coalition.registry.Principles.Check;
import org.coalitions.coalition.reporting.CycleStatus;
import org.coalitions.coalition.reporting.ReportingRules;
import org.coalitions.coalition.reporting.ReportingState;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.ReviewDecision;
import org.coalitions.contracts.Theme;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrinciplesTests {

	final Instant now = Instant.parse("2026-11-24T10:00:00Z");

	Coalition proposed(JoinPolicy policy, String mailingList) {
		return Coalition.propose(
				new ProposeCoalition("Coalition on Spam", Theme.SPAM, null, "Spam.", null, policy, null,
						new StatementText("Why.", "Plan.", List.of("Alice", "Bruno"), mailingList)),
				"alice", "Alice", now, new ReportingRules(MonthDay.of(3, 31)));
	}

	static BalanceChanged balance(int groups, boolean ruleMet) {
		return new BalanceChanged("c", 5, Map.of(), Map.of(), 0, groups, ruleMet);
	}

	static Check item(List<Check> checks, String item) {
		return checks.stream().filter(check -> check.item().equals(item)).findFirst().orElseThrow();
	}

	@Test
	void activationWaitsForApprovalAndStakeholderGroups() {
		Coalition coalition = proposed(JoinPolicy.OPEN, null);
		assertThat(Principles.activation(coalition)).containsExactly(
				new Check("APPROVED", false, "AWAITING_REVIEW", Map.of()),
				new Check("STAKEHOLDER_GROUPS", false, "NO_MEMBERS_COUNTED", Map.of()));
		coalition.balanceChanged(balance(2, false), now);
		assertThat(item(Principles.activation(coalition), "STAKEHOLDER_GROUPS"))
			.isEqualTo(new Check("STAKEHOLDER_GROUPS", false, "GROUPS_MISSING", Map.of("groups", 2, "members", 5)));
		coalition.review(ReviewDecision.APPROVED, null, "sam", now);
		coalition.balanceChanged(balance(3, true), now);
		assertThat(Principles.activation(coalition)).allMatch(Check::met);
	}

	@Test
	void membershipIsOpenWhetherOpenOrModeratedUntilTheCoalitionEnds() {
		assertThat(item(Principles.principles(proposed(JoinPolicy.OPEN, null)), "OPEN_MEMBERSHIP"))
			.isEqualTo(new Check("OPEN_MEMBERSHIP", true, "JOIN_OPEN", Map.of()));
		Coalition moderated = proposed(JoinPolicy.MODERATED, null);
		assertThat(item(Principles.principles(moderated), "OPEN_MEMBERSHIP"))
			.isEqualTo(new Check("OPEN_MEMBERSHIP", true, "JOIN_MODERATED", Map.of()));
		moderated.review(ReviewDecision.DECLINED, "Out of scope.", "sam", now);
		assertThat(item(Principles.principles(moderated), "OPEN_MEMBERSHIP"))
			.isEqualTo(new Check("OPEN_MEMBERSHIP", false, "JOINING_ENDED", Map.of()));
	}

	@Test
	void theArchiveIsPublicAndNamesTheOutsideMailingListWhenThereIsOne() {
		assertThat(item(Principles.principles(proposed(JoinPolicy.OPEN, null)), "OPEN_ARCHIVE"))
			.isEqualTo(new Check("OPEN_ARCHIVE", true, "ARCHIVE_PUBLIC", Map.of()));
		assertThat(item(Principles.principles(proposed(JoinPolicy.OPEN, "https://lists.example.org/s")), "OPEN_ARCHIVE"))
			.isEqualTo(new Check("OPEN_ARCHIVE", true, "ARCHIVE_PUBLIC_AND_MAILING_LIST",
					Map.of("mailingList", "https://lists.example.org/s")));
	}

	@Test
	void contactPersonsAreCounted() {
		assertThat(item(Principles.principles(proposed(JoinPolicy.OPEN, null)), "CONTACT_PERSON"))
			.isEqualTo(new Check("CONTACT_PERSON", true, "CONTACTS_NAMED", Map.of("count", 2)));
	}

	@Test
	void theAnnualReportPrincipleIsMetUnlessTheHeadlineReportIsOverdue() {
		Coalition coalition = proposed(JoinPolicy.OPEN, null);
		assertThat(item(Principles.principles(coalition), "ANNUAL_REPORT")).isEqualTo(new Check("ANNUAL_REPORT", true,
				"REPORT_DUE", Map.of("cycle", 2026, "deadline", "2027-03-31")));
		coalition.reportingStatus(new CycleStatus(2026, ReportingState.OVERDUE, LocalDate.of(2027, 3, 31)), null, now);
		assertThat(item(Principles.principles(coalition), "ANNUAL_REPORT")).isEqualTo(new Check("ANNUAL_REPORT",
				false, "REPORT_OVERDUE", Map.of("cycle", 2026, "deadline", "2027-03-31")));
	}

	@Test
	void theStakeholderGroupsPrincipleFollowsThePublishedRule() {
		Coalition coalition = proposed(JoinPolicy.OPEN, null);
		coalition.balanceChanged(balance(3, true), now);
		assertThat(item(Principles.principles(coalition), "STAKEHOLDER_GROUPS"))
			.isEqualTo(new Check("STAKEHOLDER_GROUPS", true, "GROUPS_MET", Map.of("groups", 3, "members", 5)));
		assertThat(Principles.principles(coalition)).extracting(Check::item)
			.containsExactly("OPEN_MEMBERSHIP", "OPEN_ARCHIVE", "STAKEHOLDER_GROUPS", "CONTACT_PERSON", "ANNUAL_REPORT");
	}
}
