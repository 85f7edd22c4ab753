package org.coalitions.contracts;

/**
 * Where a proposal stands in the secretariat's review. AWAITING_REVIEW: submitted or resubmitted, in the review
 * queue. CHANGES_REQUESTED: sent back to the proposers with a message; they revise and resubmit. APPROVED and
 * DECLINED are final (a declined proposal is never active).
 */
public enum ReviewState {

	AWAITING_REVIEW, CHANGES_REQUESTED, APPROVED, DECLINED

}
