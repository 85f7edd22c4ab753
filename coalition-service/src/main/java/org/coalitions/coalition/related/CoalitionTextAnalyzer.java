package org.coalitions.coalition.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.IOUtils;

/**
 * Words as the comparison sees them: lower case, English plurals made singular (so "filters" meets "filter", and
 * the terms shown as a reason stay words), without the common words of English, French and Spanish (the
 * platform's languages) nor the words every coalition's text uses ("dynamic coalition", "Internet", "online").
 */
final class CoalitionTextAnalyzer extends Analyzer {

	private static final List<String> EVERY_COALITIONS_WORDS = List.of("coalition", "dynamic", "dc", "igf",
			"forum", "internet", "online");

	private static final CharArraySet STOP_WORDS = stopWords();

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream words = new EnglishPossessiveFilter(source);
		words = new LowerCaseFilter(words);
		words = new EnglishMinimalStemFilter(words);
		words = new StopFilter(words, STOP_WORDS);
		return new TokenStreamComponents(source, words);
	}

	private static CharArraySet stopWords() {
		CharArraySet words = new CharArraySet(EVERY_COALITIONS_WORDS, false);
		for (String language : List.of("english", "french", "spanish")) {
			try (var list = IOUtils.getDecodingReader(SnowballFilter.class, language + "_stop.txt",
					StandardCharsets.UTF_8)) {
				words.addAll(WordlistLoader.getSnowballWordSet(list));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Lucene's " + language + " stop words are missing", ex);
			}
		}
		return CharArraySet.unmodifiableSet(words);
	}
}
