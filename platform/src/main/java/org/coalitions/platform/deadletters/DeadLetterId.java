package org.coalitions.platform.deadletters;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a record lies in a dead-letter topic, written {@code <topic>:<partition>:<offset>}. */
record DeadLetterId(String topic, int partition, long offset) {

	private static final Pattern FORM = Pattern.compile("([A-Za-z0-9._-]+):(\\d{1,9}):(\\d{1,18})");

	static Optional<DeadLetterId> parse(String text) {
		Matcher matcher = FORM.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new DeadLetterId(matcher.group(1), Integer.parseInt(matcher.group(2)),
				Long.parseLong(matcher.group(3))));
	}

	@Override
	public String toString() {
		return topic + ":" + partition + ":" + offset;
	}
}
