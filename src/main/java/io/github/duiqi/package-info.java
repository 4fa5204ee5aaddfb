/**
 * Splitting Chinese/English text into sentences and aligning Chinese sentences with their
 * English translation.
 *
 * <p>{@link io.github.duiqi.SentenceSplitter} finds sentences and paragraphs
 * ({@link io.github.duiqi.Segmentation}); {@link io.github.duiqi.Aligner} links them into
 * {@link io.github.duiqi.Bead}s with a calibrated score, grouped into
 * {@link io.github.duiqi.ParagraphPair}s of an {@link io.github.duiqi.Alignment};
 * {@link io.github.duiqi.CorpusAligner} aligns many {@link io.github.duiqi.DocumentPair}s on all
 * cores with bounded memory.
 *
 * <pre>{@code
 * Alignment a = Aligner.create().align(chineseText, englishText);
 * for (Bead b : a.beads()) {
 *   System.out.println(b.chineseText() + "\t" + b.englishText() + "\t" + b.score());
 * }
 * }</pre>
 *
 * <p>Every value is an immutable record, and the aligner, the splitter and the corpus aligner
 * are immutable and thread-safe; only {@link io.github.duiqi.Aligner.Builder} is not. No
 * parameter or return value is null unless it is marked {@code @Nullable}.
 */
@NullMarked
package io.github.duiqi;

import org.jspecify.annotations.NullMarked;
