/** Readers and writers for alignment formats: TMX, TSV, JSON Lines, ladder, Moses and an HTML review page. */
@NullMarked
package io.github.duiqi.format;

import org.jspecify.annotations.NullMarked;
