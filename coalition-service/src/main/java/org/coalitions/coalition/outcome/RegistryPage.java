package org.coalitions.coalition.outcome;

import java.util.List;

/** One page of the registry of outcomes; {@code total} is the number of matches. */
record RegistryPage(List<RegistryItem> items, int page, int size, long total) {
}
