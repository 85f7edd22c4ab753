package org.coalitions.coalition.related;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.coalitions.coalition.registry.Coalition;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.Theme;

/**
 * What the index keeps of a coalition: what a related coalition shows (name, theme, status) and the texts it is
 * compared by. A long charter is compared by its beginning, so that one coalition's text stays bounded.
 */
record IndexedCoalition(String id, String name, Theme theme, String themeName, CoalitionStatus status,
		List<String> texts) {

	static final int MAX_CHARTER = 5_000;

	/** Thread titles kept per coalition, the most recently active first. */
	static final int MAX_THREAD_TITLES = 50;

	IndexedCoalition {
		texts = List.copyOf(texts);
	}

	static IndexedCoalition of(Coalition coalition, List<String> threadTitles) {
		List<String> texts = new ArrayList<>();
		texts.add(coalition.getName());
		texts.add(coalition.getSummary());
		String charter = coalition.getCharter();
		if (charter != null) {
			texts.add(charter.length() > MAX_CHARTER ? charter.substring(0, MAX_CHARTER) : charter);
		}
		if (coalition.statement() != null) {
			texts.add(coalition.statement().rationale());
			texts.add(coalition.statement().actionPlan());
		}
		texts.addAll(threadTitles.subList(0, Math.min(threadTitles.size(), MAX_THREAD_TITLES)));
		return new IndexedCoalition(coalition.getId(), coalition.getName(), coalition.getTheme(),
				coalition.getThemeName(), coalition.getStatus(), texts.stream().filter(Objects::nonNull).toList());
	}

	/** The same theme; for OTHER, the same theme name too (two "other" coalitions need not be alike). */
	boolean sameTheme(IndexedCoalition other) {
		if (theme == null || theme != other.theme) {
			return false;
		}
		return theme != Theme.OTHER || themeName != null && other.themeName != null
				&& themeName.strip().equalsIgnoreCase(other.themeName.strip());
	}
}
