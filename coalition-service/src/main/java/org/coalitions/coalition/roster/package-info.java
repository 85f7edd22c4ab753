/**
 * Who belongs to each coalition and who coordinates it, as membership-service's events say (plus the proposer,
 * whom this service makes the first coordinator). Every per-coalition permission check reads it: coordinator
 * status comes from membership data, never from token roles.
 */
package org.coalitions.coalition.roster;
