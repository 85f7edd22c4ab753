/**
 * Suspending a member's right to post in a coalition for a while, without touching their membership (the forum's
 * rule for its mailing lists since 2017): coordinators suspend and lift; coordination asks before every post. The
 * member still reads and may leave (membership-service's roster is not involved).
 */
package org.coalitions.coalition.moderation;
