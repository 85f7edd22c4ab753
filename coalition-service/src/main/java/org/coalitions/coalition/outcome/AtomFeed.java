package org.coalitions.coalition.outcome;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The registry's latest outcomes as an Atom 1.0 feed (RFC 4287), for people who follow the forum's work from
 * outside. Written with the JDK's XML writer, which escapes what coalitions wrote.
 * <p>
 * Links are references relative to the feed's own address (RFC 4287 §2 allows them; a reader resolves them
 * against the address it fetched), because the service does not know under which address the front door serves
 * it. Ids are permanent whatever the address: {@code urn:uuid:} with the outcome's id (a random UUID).
 */
final class AtomFeed {

	static final String MEDIA_TYPE = "application/atom+xml";

	static final String PATH = "/api/outcomes/feed.atom";

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String FEED_ID = "urn:uuid:"
			+ UUID.nameUUIDFromBytes("coalitions:outcome-registry".getBytes(StandardCharsets.UTF_8));

	/** What XML 1.0 cannot carry at all, even escaped; JSON can, so a title may hold it. */
	private static final Pattern NOT_IN_XML = Pattern
		.compile("[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private AtomFeed() {
	}

	/** The feed of these outcomes, newest first; {@code now} dates an empty feed. */
	static byte[] of(List<RegistryItem> outcomes, Instant now) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			text(xml, "id", FEED_ID);
			text(xml, "title", "Outcomes of the coalitions");
			text(xml, "subtitle", "Outcome documents, recommendations and annual reports published by the coalitions.");
			text(xml, "updated", date(outcomes.isEmpty() ? now : outcomes.get(0).publishedAt()));
			link(xml, "self", MEDIA_TYPE, PATH);
			link(xml, "alternate", "text/html", "/#/outcomes");
			text(xml, "generator", "Coalitions");
			for (RegistryItem outcome : outcomes) {
				entry(xml, outcome);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the outcomes' feed", ex);
		}
		return out.toByteArray();
	}

	private static void entry(XMLStreamWriter xml, RegistryItem outcome) throws XMLStreamException {
		xml.writeStartElement("entry");
		text(xml, "id", "urn:uuid:" + outcome.outcomeId());
		text(xml, "title", outcome.title());
		text(xml, "published", date(outcome.publishedAt()));
		text(xml, "updated", date(outcome.publishedAt()));
		link(xml, "alternate", "text/html",
				"/#/coalitions/" + outcome.coalitionId() + "/outcomes/" + outcome.outcomeId());
		xml.writeStartElement("author");
		text(xml, "name", outcome.coalitionName() == null ? "A coalition" : outcome.coalitionName());
		text(xml, "uri", "/#/coalitions/" + outcome.coalitionId());
		xml.writeEndElement();
		xml.writeEmptyElement("category");
		xml.writeAttribute("term", outcome.kind().name());
		xml.writeAttribute("label", kind(outcome));
		xml.writeStartElement("summary");
		xml.writeAttribute("type", "text");
		xml.writeCharacters(NOT_IN_XML.matcher(kind(outcome) + ". " + outcome.record()).replaceAll(""));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static String kind(RegistryItem outcome) {
		return switch (outcome.kind()) {
			case OUTCOME_DOCUMENT -> "Outcome document";
			case RECOMMENDATION -> "Recommendation";
			case ANNUAL_REPORT -> outcome.reportingCycle() == null ? "Annual report"
					: "Annual report " + outcome.reportingCycle();
		};
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(NOT_IN_XML.matcher(text).replaceAll(""));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static String date(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}
}
