/**
 * Who gets what: each person's name, mail address, time zone, mail preferences and their coalitions with
 * their role, as the profile and membership events said.
 */
package org.coalitions.notification.people;
