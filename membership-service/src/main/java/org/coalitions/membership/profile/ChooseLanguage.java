package org.coalitions.membership.profile;

/** The language switch's choice: the pages (and, in time, the mails) in this language; null: the browser's. */
record ChooseLanguage(@LanguageTag String language) {
}
