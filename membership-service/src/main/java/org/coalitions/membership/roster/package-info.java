/**
 * Who belongs to each coalition: memberships and roles, join requests and their decisions, and the stakeholder
 * balance, all in one {@link org.coalitions.membership.roster.Roster} document per coalition whose outbox
 * carries MemberJoined, JoinRequested, JoinRequestDecided, MemberLeft, RoleChanged and BalanceChanged. The
 * proposer of a coalition (CoalitionProposed) becomes its first coordinator. The members list is public (open
 * membership, without addresses); a rejected join request carries its reason ({@code Decision}).
 */
package org.coalitions.membership.roster;
