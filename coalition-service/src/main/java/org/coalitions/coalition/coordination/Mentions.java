package org.coalitions.coalition.coordination;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.coalitions.coalition.roster.Rosters;

/**
 * Finds the members a post names: {@code @} followed by a member's display name as the roster has it, compared
 * without regard to case ({@code @Ada Lovelace}, {@code @ada lovelace,}), where the {@code @} does not follow a
 * letter or digit (an address is no mention) and the name is not followed by one. The longest name that fits wins
 * ({@code @Ada Lovelace} over {@code @Ada}); a name two members share, or no member's, stays plain text. The author
 * mentioning themselves notifies no one. At most {@link #MAX} members per post: a post is not a mailing list.
 */
final class Mentions {

	static final int MAX = 20;

	private Mentions() {
	}

	/** The ids of the members the text mentions, in the order it first names them. */
	static List<String> in(String text, List<Rosters.Member> members, String authorId) {
		if (text == null || text.indexOf('@') < 0 || members.isEmpty()) {
			return List.of();
		}
		String lower = text.toLowerCase(Locale.ROOT);
		Set<String> found = new LinkedHashSet<>();
		for (int at = lower.indexOf('@'); at >= 0 && found.size() < MAX; at = lower.indexOf('@', at + 1)) {
			if (at > 0 && Character.isLetterOrDigit(lower.codePointBefore(at))) {
				continue;
			}
			String named = named(lower, at + 1, members);
			if (named != null && !named.equals(authorId)) {
				found.add(named);
			}
		}
		return List.copyOf(found);
	}

	/** The one member whose name is the longest that fits at {@code from}; null if none or shared. */
	private static String named(String lower, int from, List<Rosters.Member> members) {
		int longest = 0;
		List<String> ids = new ArrayList<>();
		for (Rosters.Member member : members) {
			String name = member.name() == null ? "" : member.name().strip().toLowerCase(Locale.ROOT);
			if (name.isEmpty() || name.length() < longest || !lower.startsWith(name, from)) {
				continue;
			}
			int end = from + name.length();
			if (end < lower.length() && Character.isLetterOrDigit(lower.codePointAt(end))) {
				continue;
			}
			if (name.length() > longest) {
				longest = name.length();
				ids.clear();
			}
			ids.add(member.id());
		}
		return ids.size() == 1 ? ids.get(0) : null;
	}
}
