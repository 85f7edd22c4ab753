/**
 * Member profiles: who a person is to the coalitions they join (display name, email from the sign-in token,
 * stakeholder group, country, organisation) and how they want to hear from the platform (time zone, digest,
 * action mails, whether coordinators may see their email). {@code GET/PUT /api/me}.
 */
package org.coalitions.membership.profile;
