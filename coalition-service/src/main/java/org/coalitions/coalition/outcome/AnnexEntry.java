package org.coalitions.coalition.outcome;

import org.coalitions.contracts.Position;

/**
 * One concern or dissent in a published outcome's annex, with its reason; {@code authorName} is null where the
 * author chose to stay anonymous (the entry then keeps no trace of who wrote it).
 */
record AnnexEntry(Position position, String reason, String stakeholderGroup, String authorName) {
}
