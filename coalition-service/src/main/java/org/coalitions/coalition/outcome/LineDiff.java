package org.coalitions.coalition.outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts by their longest common subsequence of lines: what stayed, what was removed, what was
 * added, in reading order (removals before additions where lines were replaced). The lines the two texts share at
 * their start and end are taken off first; should what remains still be too large to compare line by line, it is
 * shown as removed then added.
 */
final class LineDiff {

	enum Op {
		SAME, ADDED, REMOVED
	}

	record Line(Op op, String text) {
	}

	/** Beyond this many cells of the comparison table, the middle is shown as replaced (about 64 MB of ints). */
	static final long LARGEST_TABLE = 16_000_000L;

	private LineDiff() {
	}

	static List<Line> of(String before, String after) {
		return of(lines(before), lines(after));
	}

	static List<Line> of(List<String> a, List<String> b) {
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int endA = a.size();
		int endB = b.size();
		while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
			endA--;
			endB--;
		}
		List<Line> diff = new ArrayList<>();
		a.subList(0, start).forEach(line -> diff.add(new Line(Op.SAME, line)));
		middle(a.subList(start, endA), b.subList(start, endB), diff);
		a.subList(endA, a.size()).forEach(line -> diff.add(new Line(Op.SAME, line)));
		return diff;
	}

	private static void middle(List<String> a, List<String> b, List<Line> diff) {
		int n = a.size();
		int m = b.size();
		if ((long) (n + 1) * (m + 1) > LARGEST_TABLE) {
			a.forEach(line -> diff.add(new Line(Op.REMOVED, line)));
			b.forEach(line -> diff.add(new Line(Op.ADDED, line)));
			return;
		}
		// common[i][j]: the longest common subsequence of a[i..] and b[j..]
		int[][] common = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.get(i).equals(b.get(j))) {
				diff.add(new Line(Op.SAME, a.get(i++)));
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				diff.add(new Line(Op.REMOVED, a.get(i++)));
			}
			else {
				diff.add(new Line(Op.ADDED, b.get(j++)));
			}
		}
		while (i < n) {
			diff.add(new Line(Op.REMOVED, a.get(i++)));
		}
		while (j < m) {
			diff.add(new Line(Op.ADDED, b.get(j++)));
		}
	}

	static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(text.split("\\R", -1));
	}
}
