/**
 * Event contracts: small immutable past-tense records, each registered in {@link
 * org.coalitions.contracts.EventCatalog} under a logical, versioned type name and a topic. No Java class
 * name ever travels on the wire. Beside them, the shared vocabulary: the enums whose names events, stored documents,
 * the APIs and the pages carry (JoinPolicy, Role, Theme, CoalitionStatus, OutcomeKind, StakeholderGroup,
 * DigestPreference, Risk, ReviewState, ReviewDecision, ReportingReminder).
 */
package org.coalitions.contracts;
