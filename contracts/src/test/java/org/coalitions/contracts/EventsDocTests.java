package org.coalitions.contracts;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/events.md} says what {@link EventCatalog} says. Under "## Event types" each type has one entry: a
 * table row naming its type (or a heading naming it, with the field table below), its record and each of the
 * record's components and no other field, with its topic named in the row or in the heading above; and the doc
 * names no type the catalogue does not know. A new type needs only its entry in the doc.
 */
class EventsDocTests {

	private static final Path DOC = Path.of("..", "docs", "events.md");

	private static final String TYPES_SECTION = "## Event types";

	/** A field as the doc writes it: {@code `coalitionId`}; values are upper case, topics and types dotted. */
	private static final Pattern FIELD_NAME = Pattern.compile("`([a-z][A-Za-z]*)`");

	private static final Pattern TYPE_NAME = Pattern.compile("org\\.coalitions\\.[a-z-]+\\.[a-z-]+\\.v\\d+");

	private static final List<EventType<?>> CATALOGUE = Stream
		.concat(EventCatalog.all().stream(), EventCatalog.people().stream())
		.<EventType<?>>map(type -> type)
		.toList();

	@Test
	void everyTypeIsDocumentedOnceWithItsRecordTopicAndFields() throws IOException {
		List<Entry> entries = entries(typesSection());
		for (EventType<?> type : CATALOGUE) {
			List<Entry> about = entries.stream().filter(entry -> entry.names(type.name())).toList();
			assertThat(about).as("docs/events.md, under \"%s\": entries for %s (a table row or a heading naming it)",
					TYPES_SECTION, type.name())
				.hasSize(1);
			Entry entry = about.get(0);
			assertThat(entry.text()).as("the entry of %s names its record", type.name())
				.contains(code(type.dataType().getSimpleName()));
			assertThat(entry.text() + entry.heading()).as("the entry of %s, or the heading above it, names its topic",
					type.name())
				.contains(code(type.topic()));
			Set<String> fields = Stream.of(type.dataType().getRecordComponents())
				.map(RecordComponent::getName)
				.collect(Collectors.toCollection(TreeSet::new));
			for (String field : fields) {
				assertThat(entry.text()).as("the entry of %s names its field %s", type.name(), field)
					.contains(code(field));
			}
			assertThat(fields).as("the record of %s has every field its entry names", type.name())
				.containsAll(entry.fieldNames());
		}
	}

	@Test
	void theDocNamesNoTypeTheCatalogueDoesNotKnow() throws IOException {
		Set<String> known = CATALOGUE.stream().map(EventType::name).collect(Collectors.toSet());
		Set<String> named = new TreeSet<>();
		Matcher matcher = TYPE_NAME.matcher(Files.readString(DOC));
		while (matcher.find()) {
			named.add(matcher.group());
		}
		assertThat(named).as("event types named in docs/events.md").isNotEmpty();
		assertThat(known).as("the catalogue's types").containsAll(named);
	}

	/** The lines from the event types' heading to the next heading of the same level. */
	private static List<String> typesSection() throws IOException {
		List<String> lines = Files.readAllLines(DOC);
		int start = lines.indexOf(TYPES_SECTION);
		assertThat(start).as("docs/events.md has a section \"%s\"", TYPES_SECTION).isNotNegative();
		int end = start + 1;
		while (end < lines.size() && !lines.get(end).startsWith("## ")) {
			end++;
		}
		return lines.subList(start + 1, end);
	}

	/**
	 * Each table row, and each heading with the text up to the next heading, with the heading it stands under. A
	 * heading's entry holds its field table, so a type described under its own heading counts once.
	 */
	private static List<Entry> entries(List<String> section) {
		List<Entry> entries = new ArrayList<>();
		String heading = "";
		StringBuilder underHeading = null;
		for (String line : section) {
			if (line.startsWith("#")) {
				if (underHeading != null) {
					entries.add(new Entry(heading, underHeading.toString()));
				}
				heading = line;
				underHeading = new StringBuilder(line).append('\n');
			}
			else if (underHeading != null) {
				underHeading.append(line).append('\n');
			}
		}
		if (underHeading != null) {
			entries.add(new Entry(heading, underHeading.toString()));
		}
		List<Entry> result = new ArrayList<>();
		for (Entry block : entries) {
			if (block.heading().contains("`org.coalitions.")) {
				result.add(block);
				continue;
			}
			block.text().lines().filter(line -> line.startsWith("|")).forEach(row -> result.add(new Entry(block.heading(), row)));
		}
		return result;
	}

	private static String code(String text) {
		return "`" + text + "`";
	}

	private record Entry(String heading, String text) {

		boolean names(String type) {
			return text.contains(code(type));
		}

		Set<String> fieldNames() {
			Set<String> names = new TreeSet<>();
			Matcher matcher = FIELD_NAME.matcher(text);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}
	}
}
