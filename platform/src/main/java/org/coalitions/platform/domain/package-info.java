/**
 * The failures domain code reports: something does not exist, the person may not do it, or a rule of the
 * platform forbids it now. No HTTP here: {@code web.ApiProblems} is the one place that maps them to problem
 * responses.
 */
package org.coalitions.platform.domain;
