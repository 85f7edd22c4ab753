package org.coalitions.coalition.registry;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.coalitions.platform.events.CoalitionProposed;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/** A dynamic coalition. Its events wait in its own document until the outbox relay has sent them. */
@Document("coalitions")
public class Coalition extends OutboxAggregate {

	private String name;

	/** The name folded for the case-insensitive unique index. */
	private String nameKey;

	private Theme theme;

	private String themeName;

	private String summary;

	private String charter;

	private JoinPolicy joinPolicy;

	private Links links;

	private CoalitionStatus status;

	private String proposerId;

	private Instant proposedAt;

	private Instant lastActivityAt;

	/** Folded words of name and summary: a word search that any MongoDB runs (the embedded one has no $text). */
	private List<String> searchTerms;

	protected Coalition() {
	}

	static Coalition propose(ProposeCoalition proposal, String proposerId, String proposerName, Instant now) {
		Coalition coalition = new Coalition();
		coalition.id = UUID.randomUUID().toString();
		coalition.name = proposal.name().strip();
		coalition.nameKey = fold(coalition.name);
		coalition.theme = proposal.theme();
		coalition.themeName = proposal.themeName() == null || proposal.themeName().isBlank() ? null
				: proposal.themeName().strip();
		coalition.summary = proposal.summary().strip();
		coalition.charter = proposal.charter() == null ? "" : proposal.charter().strip();
		coalition.joinPolicy = proposal.joinPolicy();
		coalition.links = proposal.links() == null ? Links.none() : proposal.links();
		coalition.status = CoalitionStatus.PROPOSED;
		coalition.proposerId = proposerId;
		coalition.proposedAt = now;
		coalition.lastActivityAt = now;
		coalition.searchTerms = terms(coalition.name + " " + coalition.summary);
		coalition.record(new CoalitionProposed(coalition.id, coalition.name, coalition.theme.name(),
				coalition.summary, coalition.joinPolicy.name(), proposerId, proposerName), proposerId, now);
		return coalition;
	}

	/** Lower case, accents removed: "Économie" and "economie" are the same word. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
	}

	static List<String> terms(String text) {
		return Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).distinct().toList();
	}

	public String getName() {
		return name;
	}

	public Theme getTheme() {
		return theme;
	}

	public String getThemeName() {
		return themeName;
	}

	public String getSummary() {
		return summary;
	}

	public String getCharter() {
		return charter;
	}

	public JoinPolicy getJoinPolicy() {
		return joinPolicy;
	}

	public Links getLinks() {
		return links;
	}

	public CoalitionStatus getStatus() {
		return status;
	}

	public String getProposerId() {
		return proposerId;
	}

	public Instant getProposedAt() {
		return proposedAt;
	}

	public Instant getLastActivityAt() {
		return lastActivityAt;
	}
}
