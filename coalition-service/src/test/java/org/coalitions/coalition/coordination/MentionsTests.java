package org.coalitions.coalition.coordination;

import java.util.List;
import java.util.stream.IntStream;

import org.coalitions.coalition.roster.Rosters.Member;
import org.coalitions.contracts.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a post's {@code @name}s become member ids, as {@link Mentions} describes it. */
class MentionsTests {

	static final List<Member> ROSTER = List.of(member("ada", "Ada Lovelace"), member("adam", "Ada"),
			member("bo", "Bo Li"), member("li1", "Li Wei"), member("li2", "li wei"), member("me", "Me Myself"));

	@Test
	void aFullNameInAnyCaseNamesItsMemberAndTheLongestNameWins() {
		assertThat(Mentions.in("Thanks @ada lovelace, and @Ada: see @BO LI.", ROSTER, "me"))
			.containsExactly("ada", "adam", "bo");
	}

	@Test
	void sharedUnknownAndPartNamesAndAddressesStayText() {
		assertThat(Mentions.in("@Li Wei said @Nobody knows; mail bo@Bo Li or @Bo Lin", ROSTER, "me")).isEmpty();
	}

	@Test
	void eachMemberOnceInOrderAndNeverTheAuthor() {
		assertThat(Mentions.in("@Bo Li @Me Myself @Ada Lovelace @bo li", ROSTER, "me")).containsExactly("bo", "ada");
	}

	@Test
	void atMostTwentyMembersPerPost() {
		List<Member> many = IntStream.range(0, 30).mapToObj(i -> member("m" + i, "Member" + i)).toList();
		String text = String.join(" ", IntStream.range(0, 30).mapToObj(i -> "@Member" + i).toList());

		assertThat(Mentions.in(text, many, "me")).hasSize(Mentions.MAX).startsWith("m0", "m1");
	}

	private static Member member(String id, String name) {
		return new Member(id, Role.MEMBER, name);
	}
}
