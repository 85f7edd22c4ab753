/**
 * The secretariat's activity data: per coalition, how much activity and when, its balance and the reporting
 * status coalition-service published, projected from every event of both topics, each applied once; figures
 * across coalitions (timeline, breakdown, coalitions at risk), a CSV export and a live stream of changes.
 */
package org.coalitions.notification.activity;
