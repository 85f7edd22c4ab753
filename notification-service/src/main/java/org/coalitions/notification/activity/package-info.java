/**
 * The secretariat's activity data: per coalition, how much happened and when, its balance and reporting status,
 * projected from every event of both topics, each applied once; figures across coalitions (timeline,
 * breakdown, coalitions at risk), a CSV export and a live stream of changes.
 */
package org.coalitions.notification.activity;
