package org.coalitions.coalition.audit;

import java.util.List;

/** One page of a coalition's audit trail, newest first. */
record AuditPage(List<AuditEntry> items, int page, int size, long total) {
}
