/**
 * A Chinese→English lexicon for lexical evidence in alignment: {@link
 * io.github.duiqi.lexicon.Lexicon} reads CC-CEDICT's line format, a tab-separated glossary or a
 * compiled file, segments Chinese text by longest match over its headwords, tokenises English
 * into lightly stemmed content words, and gives {@code t(e|f) = 1/|gloss(f)|} over words
 * interned to ints.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.builder().addFile(Path.of("glossary.tsv")).build();
 * List<String> words = lexicon.segmentText("傳統的做法");
 * }</pre>
 *
 * <p>The library ships no dictionary: CC-CEDICT compiled for this package is the separate
 * artifact {@code io.github.duiqi:duiqi-cedict} (CC BY-SA 4.0).
 */
package io.github.duiqi.lexicon;
