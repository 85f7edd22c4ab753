package org.coalitions.coalition.audit;

import java.util.List;

/** One page of a coalition's audit trail, newest first. */
record AuditPage(List<AuditEntryView> items, int page, int size, long total) {

	static AuditPage of(List<AuditEntry> entries, int page, int size, long total) {
		return new AuditPage(entries.stream().map(AuditEntryView::of).toList(), page, size, total);
	}
}
