package org.coalitions.notification.activity;

/** The period a timeline point covers: a UTC day, or an ISO week (Monday to Sunday) labelled by its Monday. */
enum Granularity {
	DAY, WEEK
}
