/**
 * The life cycle, decided from events: PROPOSED becomes ACTIVE when membership-service reports the
 * multistakeholder rule met; ACTIVE becomes DORMANT after a quiet period or when last cycle's annual report is
 * overdue; any activity wakes a DORMANT coalition; closing and reopening are commands (registry).
 */
package org.coalitions.coalition.lifecycle;
