/** Splitting Chinese/English text into sentences and aligning Chinese sentences with their English translation: {@link io.github.duiqi.SentenceSplitter}, {@link io.github.duiqi.Aligner}. */
@NullMarked
package io.github.duiqi;

import org.jspecify.annotations.NullMarked;
