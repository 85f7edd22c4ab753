package org.coalitions.coalition.outcome;

import java.util.ArrayList;
import java.util.List;

import org.coalitions.coalition.outcome.LineDiff.Line;
import org.coalitions.coalition.outcome.LineDiff.Op;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTests {

	@Test
	void keepsWhatStayedAndShowsWhatWasReplacedRemovedAndAdded() {
		assertThat(LineDiff.of("a\nb\nc\nd", "a\nB\nc\nd\ne")).containsExactly(new Line(Op.SAME, "a"),
				new Line(Op.REMOVED, "b"), new Line(Op.ADDED, "B"), new Line(Op.SAME, "c"), new Line(Op.SAME, "d"),
				new Line(Op.ADDED, "e"));
	}

	@Test
	void findsTheLongestCommonLinesWhenLinesMove() {
		List<Line> diff = LineDiff.of("x\na\nb\nc", "a\nb\nx\nc");
		assertThat(diff.stream().filter(line -> line.op() == Op.SAME).map(Line::text)).containsExactly("a", "b", "c");
		assertThat(diff).contains(new Line(Op.REMOVED, "x"), new Line(Op.ADDED, "x"));
	}

	@Test
	void equalTextsAreAllSameAndEmptyTextsHaveNoLines() {
		assertThat(LineDiff.of("one\ntwo", "one\ntwo")).extracting(Line::op).containsOnly(Op.SAME).hasSize(2);
		assertThat(LineDiff.of("", "")).isEmpty();
		assertThat(LineDiff.of("", "new")).containsExactly(new Line(Op.ADDED, "new"));
	}

	@Test
	void replayingTheDiffGivesBothTextsBack() {
		String before = "p1\np2\np3\np4\np5\np6";
		String after = "p0\np2\np3 changed\np4\np6\np7";
		List<Line> diff = LineDiff.of(before, after);
		List<String> a = new ArrayList<>();
		List<String> b = new ArrayList<>();
		diff.forEach(line -> {
			if (line.op() != Op.ADDED) {
				a.add(line.text());
			}
			if (line.op() != Op.REMOVED) {
				b.add(line.text());
			}
		});
		assertThat(String.join("\n", a)).isEqualTo(before);
		assertThat(String.join("\n", b)).isEqualTo(after);
		assertThat(diff.stream().filter(line -> line.op() == Op.SAME).count()).isEqualTo(3);
	}
}
