/**
 * The secretariat's activity data: per coalition, how much happened and when, projected from every event of
 * both topics, each applied once.
 */
package org.coalitions.notification.activity;
