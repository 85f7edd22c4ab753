/**
 * membership-service: members with their stakeholder group and country, joining and leaving, invitations, roles, and the
 * stakeholder balance of each coalition. One package per feature.
 */
package org.coalitions.membership;
