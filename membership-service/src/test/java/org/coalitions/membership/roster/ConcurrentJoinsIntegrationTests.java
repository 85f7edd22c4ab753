package org.coalitions.membership.roster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.membership.MembershipIntegrationTests;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people joining and leaving one coalition at the same moment: every command succeeds, none is refused as
 * "changed meanwhile", and the members, the balance and the events stay exact. Genuinely conflicting commands
 * (one person joining twice at once) are still told so. {@code -Dcoalitions.test.concurrent-people=16} runs it
 * with more people; each round prints its statuses and latencies.
 */
class ConcurrentJoinsIntegrationTests extends MembershipIntegrationTests {

	private static final int PEOPLE = Integer.getInteger("coalitions.test.concurrent-people", 8);

	private static final String[][] GROUPS_AND_COUNTRIES = { { "CIVIL_SOCIETY", "KE" }, { "GOVERNMENT", "BR" },
			{ "PRIVATE_SECTOR", "DE" }, { "ACADEMIC_COMMUNITY", "IN" }, { "TECHNICAL_COMMUNITY", "US" } };

	@Test
	void peopleJoiningAndLeavingAtOnceAllSucceedAndEachChangeIsPublishedOnceWithTheBalanceItMade() {
		String pat = unique("pat");
		String id = proposed(pat, "OPEN");
		Map<String, String> groupOf = new HashMap<>();
		List<String> first = people("first", PEOPLE, groupOf);
		List<String> second = people("second", PEOPLE, groupOf);
		Set<String> members = new LinkedHashSet<>(List.of(pat));

		assertAllSucceeded(atOnce("join", first, person -> post(members(id), token(person), "{}")), 201);
		members.addAll(first);
		assertMembersAndBalance(id, members, groupOf);

		List<String> leaving = first.subList(0, PEOPLE / 2);
		List<ApiResponse> mixed = atOnce("join and leave", interleaved(leaving, second),
				person -> leaving.contains(person) ? delete(members(id) + "/me", token(person))
						: post(members(id), token(person), "{}"));
		assertThat(mixed).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isIn(201, 204));
		leaving.forEach(members::remove);
		members.addAll(second);
		assertMembersAndBalance(id, members, groupOf);

		List<String> rest = members.stream().filter(person -> !person.equals(pat)).toList();
		assertAllSucceeded(atOnce("leave", rest, person -> delete(members(id) + "/me", token(person))), 204);
		members.removeAll(rest);
		assertMembersAndBalance(id, members, groupOf);

		List<String> everyoneButPat = new ArrayList<>(first);
		everyoneButPat.addAll(second);
		// a MemberJoined or MemberLeft with its BalanceChanged for the proposer and each of the 4 * PEOPLE commands
		List<ConsumerRecord<String, byte[]>> published = publishedAbout(id, 2 * (1 + 4 * PEOPLE));
		assertThat(eventsOf(published, MemberJoined.class)).extracting(MemberJoined::memberId)
			.as("one MemberJoined per join")
			.containsExactlyInAnyOrderElementsOf(concat(List.of(pat), everyoneButPat));
		assertThat(eventsOf(published, MemberLeft.class)).extracting(MemberLeft::memberId)
			.as("one MemberLeft per leave")
			.containsExactlyInAnyOrderElementsOf(everyoneButPat);
		assertEachBalanceCountsTheMembersBeforeIt(published);
	}

	@Test
	void aPersonJoiningTwiceAtOnceBecomesAMemberOnceAndTheOtherJoinIsToldSo() {
		String id = proposed(unique("pat"), "OPEN");
		String ana = people("ana", 1, new HashMap<>()).get(0);

		List<ApiResponse> answers = atOnce("the same join twice", List.of(ana, ana),
				person -> post(members(id), token(person), "{}"));

		assertThat(answers).extracting(ApiResponse::statusCode).containsExactlyInAnyOrder(201, 409);
		assertThat(answers).filteredOn(answer -> answer.statusCode() == 409)
			.singleElement()
			.satisfies(refused -> assertThat(refused.assertProblem(409).path("detail").asString())
				.contains("member of this coalition already"));
		assertThat(eventsOf(publishedAbout(id, 4), MemberJoined.class)).extracting(MemberJoined::memberId)
			.containsOnlyOnce(ana);
	}

	/** Fresh people with complete profiles, spread over the stakeholder groups. */
	private List<String> people(String name, int count, Map<String, String> groupOf) {
		List<String> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String person = unique(name + i);
			String[] groupAndCountry = GROUPS_AND_COUNTRIES[i % GROUPS_AND_COUNTRIES.length];
			profile(person, groupAndCountry[0], groupAndCountry[1], false);
			groupOf.put(person, groupAndCountry[0]);
			people.add(person);
		}
		return people;
	}

	/**
	 * Sends every person's command at the same moment, each on its own thread, and prints how it went: the
	 * figures of issue 17's "people joining at once", not asserted on as times.
	 */
	private List<ApiResponse> atOnce(String what, List<String> people, Function<String, ApiResponse> command) {
		ExecutorService threads = Executors.newFixedThreadPool(people.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Timed>> sent = new ArrayList<>();
			for (String person : people) {
				sent.add(threads.submit(() -> {
					start.await();
					long began = System.nanoTime();
					ApiResponse answer = command.apply(person);
					return new Timed(answer, (System.nanoTime() - began) / 1_000_000);
				}));
			}
			start.countDown();
			List<Timed> answers = new ArrayList<>();
			for (Future<Timed> answer : sent) {
				answers.add(answer.get());
			}
			long[] millis = answers.stream().mapToLong(Timed::millis).sorted().toArray();
			System.out.printf("concurrent roster commands, %s: %d at once, statuses %s, p50 %d ms, max %d ms%n", what,
					people.size(),
					answers.stream()
						.collect(Collectors.groupingBy(timed -> timed.answer().statusCode(), Collectors.counting())),
					millis[millis.length / 2], millis[millis.length - 1]);
			return answers.stream().map(Timed::answer).toList();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private record Timed(ApiResponse answer, long millis) {
	}

	private static void assertAllSucceeded(List<ApiResponse> answers, int status) {
		assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status));
	}

	/** The members list and the public balance are exactly these people's. */
	private void assertMembersAndBalance(String coalitionId, Set<String> expected, Map<String, String> groupOf) {
		JsonNode listed = json(get(members(coalitionId), null));
		List<String> listedIds = new ArrayList<>();
		listed.forEach(member -> listedIds.add(member.path("memberId").asString()));
		assertThat(listedIds).containsExactlyInAnyOrderElementsOf(expected);

		JsonNode balance = json(get("/api/coalitions/" + coalitionId + "/balance", null));
		assertThat(balance.path("members").asInt()).isEqualTo(expected.size());
		Map<String, Integer> byGroup = new HashMap<>();
		balance.path("byStakeholderGroup").properties().forEach(group -> {
			if (group.getValue().asInt() > 0) {
				byGroup.put(group.getKey(), group.getValue().asInt());
			}
		});
		assertThat(byGroup).isEqualTo(expected.stream()
			.collect(Collectors.groupingBy(person -> groupOf.getOrDefault(person, BalanceRule.UNKNOWN),
					Collectors.summingInt(person -> 1))));
	}

	/**
	 * Every join and leave changes the number of members, so each is followed by its own BalanceChanged, which
	 * counts the members as of that change: the balance published last is the final membership's.
	 */
	private static void assertEachBalanceCountsTheMembersBeforeIt(List<ConsumerRecord<String, byte[]>> published) {
		int members = 0;
		int changes = 0;
		List<Integer> counted = new ArrayList<>();
		List<Integer> expected = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : published) {
			String type = EventProbe.header(record, CloudEvents.TYPE);
			if (type.equals(name(MemberJoined.class))) {
				members++;
				changes++;
			}
			else if (type.equals(name(MemberLeft.class))) {
				members--;
				changes++;
			}
			else if (type.equals(name(BalanceChanged.class))) {
				counted.add(EventJson.read(record.value(), BalanceChanged.class).members());
				expected.add(members);
			}
		}
		assertThat(counted).as("each balance as published, in order").isEqualTo(expected).hasSize(changes);
		assertThat(counted.get(counted.size() - 1)).as("the last one: the proposer alone").isEqualTo(1);
	}

	/**
	 * Every membership event about the coalition, in the order published: once at least {@code expected} have
	 * arrived, and then nothing more for a while.
	 */
	private List<ConsumerRecord<String, byte[]>> publishedAbout(String coalitionId, int expected) {
		probe().await(record -> coalitionId.equals(record.key()), expected, WAIT);
		return probe().settle(record -> coalitionId.equals(record.key()), Duration.ofSeconds(1));
	}

	private static <T extends PlatformEvent> List<T> eventsOf(List<ConsumerRecord<String, byte[]>> published, Class<T> type) {
		return published.stream()
			.filter(record -> name(type).equals(EventProbe.header(record, CloudEvents.TYPE)))
			.map(record -> EventJson.read(record.value(), type))
			.toList();
	}

	private static String name(Class<? extends PlatformEvent> type) {
		return EventCatalog.of(type).name();
	}

	/** Leavers and joiners alternating, so that their commands start mixed. */
	private static List<String> interleaved(List<String> leaving, List<String> joining) {
		List<String> mixed = new ArrayList<>();
		for (int i = 0; i < Math.max(leaving.size(), joining.size()); i++) {
			if (i < leaving.size()) {
				mixed.add(leaving.get(i));
			}
			if (i < joining.size()) {
				mixed.add(joining.get(i));
			}
		}
		return mixed;
	}

	private static List<String> concat(List<String> one, List<String> other) {
		return Stream.concat(one.stream(), other.stream()).toList();
	}

	private static String members(String coalitionId) {
		return "/api/coalitions/" + coalitionId + "/members";
	}
}
