package org.coalitions.notification.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coalitions.contracts.Language;
import org.coalitions.contracts.OutcomeRecord;
import org.coalitions.contracts.OutcomeTally;
import org.coalitions.notification.feed.FeedEntry.Category;
import org.coalitions.platform.texts.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed lines made from stored arguments (meetings, comment windows, published outcomes with their record,
 * reporting reminders, quietness, representatives, moderation): each reads in the reader's language, its days and
 * times written as the language writes them, its counts with the language's plurals; and an entry stored with its
 * English line alone keeps it.
 */
class FeedLinesTests {

	static final Texts TEXTS = Texts.load("messages");

	static final Instant STARTS_AT = Instant.parse("2031-03-05T05:30:00Z"); // 18:30 in Auckland

	@Test
	void aMeetingsLineSaysItsTimeInItsZoneInTheReadersLanguage() {
		FeedEntry changed = entry("meeting-changed", FeedProjection.args("title", "Regional meeting", "dated", true,
				"startsAt", FeedEntry.moment(STARTS_AT, "Pacific/Auckland"), "zone", "Pacific/Auckland"));

		assertThat(changed.title()).as("the English line, as stored")
			.isEqualTo("Meeting \u201cRegional meeting\u201d changed: now on 5 Mar 2031, 18:30 (Pacific/Auckland)");
		assertThat(changed.titleIn(TEXTS, Language.FR))
			.isEqualTo("R\u00e9union \u00ab Regional meeting \u00bb modifi\u00e9e : d\u00e9sormais le 5 mars 2031 18:30 "
					+ "(Pacific/Auckland)");
		assertThat(changed.titleIn(TEXTS, Language.RU)).startsWith("Встреча «Regional meeting» изменена")
			.contains("5 мар. 2031").contains("18:30 (Pacific/Auckland)");
		assertThat(entry("meeting-scheduled", FeedProjection.args("title", "Kick-off", "dated", false, "startsAt",
				null, "zone", null)).titleIn(TEXTS, Language.EN)).isEqualTo("Meeting \u201cKick-off\u201d scheduled");
	}

	@Test
	void aCommentWindowsLineSaysItsCloseInUtc() {
		FeedEntry opened = entry("comment-window-opened", FeedProjection.args("title", "Spam principles", "dated",
				true, "closesAt", FeedEntry.moment(Instant.parse("2026-03-20T17:00:00Z"), "UTC")));

		assertThat(opened.titleIn(TEXTS, Language.EN)).isEqualTo(
				"The draft \u201cSpam principles\u201d is open for comments and positions until 20 Mar 2026, 17:00 UTC");
		assertThat(opened.titleIn(TEXTS, Language.FR)).isEqualTo("Le projet \u00ab Spam principles \u00bb est ouvert "
				+ "aux commentaires et prises de position jusqu\u2019au 20 mars 2026 17:00 UTC");
		assertThat(opened.titleIn(TEXTS, Language.ES)).contains("hasta el 20 mar 2026 17:00 UTC");
	}

	/** The record's numbers, stored, say in English what coalition-service's sentence says on the outcome's page. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1 | 0 | 0 | 0 | 1
			2 | 1 | 1 | 1 | 2
			0 | 0 | 0 | 3 | 0
			0 | 0 | 0 | 0 | 0
			5 | 0 | 2 | 0 | 1""")
	void thePublishedRecordSaysInEnglishWhatTheOutcomesPageSays(int support, int concerns, int abstain, int dissent,
			int groups) {
		OutcomeTally tally = tally(support, concerns, abstain, dissent, groups);
		String record = OutcomeRecord.of(true, tally);
		String expected = "Recommendation published: \u201cAccess\u201d \u2014 "
				+ Character.toLowerCase(record.charAt(0)) + record.substring(1, record.length() - 1);

		assertThat(published(tally).titleIn(TEXTS, Language.EN)).isEqualTo(expected);
	}

	@Test
	void thePublishedRecordCountsInTheReadersLanguage() {
		FeedEntry one = published(tally(1, 0, 1, 1, 1));
		FeedEntry many = published(tally(4, 1, 2, 5, 3));

		assertThat(one.titleIn(TEXTS, Language.FR)).isEqualTo("Recommandation publi\u00e9e : \u00ab Access \u00bb \u2014 "
				+ "soutien de 1 membre de 1 groupe de parties prenantes ; 1 abstention ; 1 opposition (voir l\u2019annexe)");
		assertThat(many.titleIn(TEXTS, Language.FR)).isEqualTo("Recommandation publi\u00e9e : \u00ab Access \u00bb \u2014 "
				+ "soutien de 5 membres de 3 groupes de parties prenantes (1 avec r\u00e9serves) ; 2 abstentions ; "
				+ "5 oppositions (voir l\u2019annexe)");
		assertThat(one.titleIn(TEXTS, Language.RU)).contains("поддержка: 1 участник из 1 группы").contains("; 1 возражение");
		assertThat(many.titleIn(TEXTS, Language.RU)).contains("поддержка: 5 участников из 3 групп")
			.contains("; 5 возражений");
		assertThat(one.titleIn(TEXTS, Language.AR)).contains("بتأييد عضو واحد من مجموعة واحدة").contains("اعتراض واحد");
		assertThat(published(tally(0, 0, 0, 0, 0)).titleIn(TEXTS, Language.ES))
			.endsWith("\u2014 ning\u00fan miembro tom\u00f3 posici\u00f3n durante el periodo de comentarios");
		assertThat(published(null).titleIn(TEXTS, Language.FR)).as("without a window, no record")
			.isEqualTo("Recommandation publi\u00e9e : \u00ab Access \u00bb");
	}

	@Test
	void aReportingReminderCountsItsDaysAndWritesItsDeadlineInTheReadersLanguage() {
		LocalDate deadline = LocalDate.of(2027, 3, 31);
		FeedEntry week = entry("reporting-reminder", StandingReminder.args(2026, "DUE_IN_7_DAYS", deadline));

		assertThat(week.title()).isEqualTo("The annual report for 2026 is due on 31 March 2027, in 7 days");
		assertThat(week.titleIn(TEXTS, Language.FR))
			.isEqualTo("Le rapport annuel 2026 est attendu le 31 mars 2027, dans 7 jours");
		assertThat(week.titleIn(TEXTS, Language.RU)).isEqualTo(
				"Годовой отчёт за 2026 год нужно подать до 31 марта 2027 г., через 7 дней");
		assertThat(StandingReminder.text(TEXTS, Language.RU, 2026, "DUE_IN_30_DAYS", deadline)).endsWith("через 30 дней");
		assertThat(StandingReminder.text(TEXTS, Language.AR, 2026, "DUE_IN_7_DAYS", deadline)).endsWith("خلال 7 أيام");
		assertThat(StandingReminder.text(TEXTS, Language.FR, 2026, "OVERDUE", deadline))
			.startsWith("Le rapport annuel 2026 \u00e9tait attendu le 31 mars 2027 et il est en retard");
		assertThat(StandingReminder.text(TEXTS, Language.EN, 2026, "SOMETHING_NEW", null)).as("a reminder not known")
			.isEqualTo("The annual report for 2026 is due");
		assertThat(TEXTS.get(Language.FR, "subject.reporting-reminder",
				FeedEntry.inLanguage(TEXTS, Map.of("coalition", "Coalition X", "cycle", "2026", "reminder", "DUE_IN_7_DAYS",
						"days", 1, "dated", "true", "deadline", FeedEntry.day(deadline)), Language.FR)))
			.as("one day, singular").isEqualTo("Rapport annuel 2026 de Coalition X : attendu dans 1 jour, le 31 mars 2027");
	}

	@Test
	void representativesAreListedAsTheLanguageListsNames() {
		FeedEntry two = entry("representatives-named", FeedProjection.args("count", 2, "names", List.of("Ana", "Bo")));
		FeedEntry one = entry("representatives-named", FeedProjection.args("count", 1, "names", List.of("Ana")));
		FeedEntry none = entry("representatives-named", FeedProjection.args("count", 0, "names", List.of()));

		assertThat(two.title()).isEqualTo("Ana and Bo represent the coalition in the coordination group");
		assertThat(one.title()).isEqualTo("Ana represents the coalition in the coordination group");
		assertThat(two.titleIn(TEXTS, Language.FR)).isEqualTo("Ana et Bo repr\u00e9sentent la coalition au groupe de coordination");
		assertThat(one.titleIn(TEXTS, Language.FR)).isEqualTo("Ana repr\u00e9sente la coalition au groupe de coordination");
		assertThat(two.titleIn(TEXTS, Language.ES)).startsWith("Ana y Bo representan");
		assertThat(none.titleIn(TEXTS, Language.EN))
			.isEqualTo("The coordinators represent the coalition in the coordination group");
	}

	@Test
	void quietnessAndModerationReadInTheReadersLanguage() {
		FeedEntry quiet = entry("quietness-changed",
				FeedProjection.args("quiet", true, "dated", true, "since", FeedEntry.day(LocalDate.of(2025, 9, 1))));
		FeedEntry suspended = entry("posting-suspended", FeedProjection.args("name", "Mere", "dated", true, "until",
				FeedEntry.moment(STARTS_AT, "UTC"), "reason", "Repeated attacks"));

		assertThat(quiet.title()).isEqualTo("The coalition is quiet: no activity since 1 September 2025");
		assertThat(quiet.titleIn(TEXTS, Language.FR))
			.isEqualTo("La coalition est silencieuse : aucune activit\u00e9 depuis le 1 septembre 2025");
		assertThat(suspended.title())
			.isEqualTo("Mere may not post in the coalition until 5 Mar 2031, 05:30 UTC: Repeated attacks");
		assertThat(suspended.titleIn(TEXTS, Language.FR)).isEqualTo(
				"Mere ne peut plus publier dans la coalition jusqu\u2019au 5 mars 2031 05:30 UTC : Repeated attacks");
		assertThat(suspended.titleIn(TEXTS, Language.ZH)).startsWith("Mere 在本联盟的发帖权已被暂停").endsWith("：Repeated attacks");
	}

	@Test
	void someoneTheDirectoryDoesNotKnowReadsAsAMemberInTheReadersLanguage() {
		FeedEntry lifted = entry("posting-suspension-lifted",
				FeedProjection.args("name", FeedEntry.text("feed.a-member")));
		FeedEntry named = entry("representatives-named",
				FeedProjection.args("count", 2, "names", List.of("Ana", FeedEntry.text("feed.a-member"))));

		assertThat(lifted.title()).isEqualTo("A member may post in the coalition again");
		assertThat(lifted.titleIn(TEXTS, Language.FR)).isEqualTo("Un membre peut de nouveau publier dans la coalition");
		assertThat(named.titleIn(TEXTS, Language.ES)).startsWith("Ana y Un miembro representan");
	}

	@Test
	void theCoordinationGroupIsNamedInTheReadersLanguageAndACoalitionAsProposed() {
		assertThat(Feed.nameIn(org.coalitions.contracts.CoordinationGroup.ID, CoordinationGroupName.NAME, TEXTS,
				Language.FR)).isEqualTo("Groupe de coordination");
		assertThat(Feed.nameIn(org.coalitions.contracts.CoordinationGroup.ID, CoordinationGroupName.NAME, TEXTS,
				Language.EN)).isEqualTo(CoordinationGroupName.NAME);
		assertThat(Feed.nameIn("c1", "Coalition on Spam", TEXTS, Language.AR)).isEqualTo("Coalition on Spam");
	}

	@Test
	void anEntryStoredWithItsEnglishLineAloneKeepsIt() {
		FeedEntry old = new FeedEntry("e1", "c1", "meeting-changed", Category.MEETINGS,
				"Meeting \u201cRegional meeting\u201d changed: now on 5 Mar 2031, 18:30 (Pacific/Auckland)", "a",
				Instant.EPOCH, FeedEntry.MEMBERS, null, null, "m1", "/#/coalitions/c1");

		assertThat(old.titleIn(TEXTS, Language.FR)).isEqualTo(old.title());
	}

	private static FeedEntry entry(String type, Map<String, Object> args) {
		return new FeedEntry("e-" + type, "c1", type, Category.CHANGES, null, "a", Instant.EPOCH, FeedEntry.MEMBERS,
				null, null, null, "/#/coalitions/c1").withTitle(TEXTS, args);
	}

	private static FeedEntry published(OutcomeTally tally) {
		Map<String, Object> args = FeedProjection.args("kind", "RECOMMENDATION", "title", "Access");
		args.putAll(FeedProjection.recordArgs(tally));
		return entry("outcome-published", args);
	}

	/** Supporters spread over {@code groups} stakeholder groups, plus one member without a group who dissents. */
	private static OutcomeTally tally(int support, int concerns, int abstain, int dissent, int groups) {
		Map<String, Integer> byPosition = Map.of("SUPPORT", support, "SUPPORT_WITH_CONCERNS", concerns, "ABSTAIN",
				abstain, "DISSENT", dissent);
		List<String> names = List.of("CIVIL_SOCIETY", "GOVERNMENT", "PRIVATE_SECTOR", "TECHNICAL_COMMUNITY");
		Map<String, Map<String, Integer>> byGroup = new java.util.HashMap<>();
		for (int i = 0; i < groups; i++) {
			byGroup.put(names.get(i), Map.of("SUPPORT", 1));
		}
		byGroup.put("UNSPECIFIED", Map.of("SUPPORT", 1, "DISSENT", dissent));
		return new OutcomeTally(byPosition, byGroup);
	}
}
