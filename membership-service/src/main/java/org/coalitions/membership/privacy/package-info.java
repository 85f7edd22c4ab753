/**
 * A person's own data: what this service holds about them, for "download my data" (the web app's front door
 * assembles the three services' exports into one file), and their erasure.
 */
package org.coalitions.membership.privacy;
