/**
 * Erasing a person ("delete my account", issue 15 item 4): {@link org.coalitions.platform.privacy.PersonalDataScrub},
 * the safety net each service runs over its whole database after its own, semantic, erasure.
 */
package org.coalitions.platform.privacy;
