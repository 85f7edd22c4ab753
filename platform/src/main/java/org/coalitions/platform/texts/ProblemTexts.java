package org.coalitions.platform.texts;

/**
 * The titles and details of the problems the platform answers with ({@code texts/problems*.properties}), shared by
 * the web's handlers and the security filters.
 */
public final class ProblemTexts {

	public static final Texts TEXTS = Texts.load("texts/problems");

	private ProblemTexts() {
	}
}
