package org.coalitions.coalition.group;

import java.util.List;

/** A naming of representatives that breaks the rules, field by field: answered with 400 like invalid fields. */
class RepresentativesInvalid extends RuntimeException {

	private final List<String> problems;

	RepresentativesInvalid(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return problems;
	}
}
