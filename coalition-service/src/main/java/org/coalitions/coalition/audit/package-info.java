/**
 * The audit trail: who did what in each coalition, and when, for the secretariat. A projection of every event
 * on both topics, one entry per event id, with the acting user from the event's {@code ce_actor} header.
 */
package org.coalitions.coalition.audit;
