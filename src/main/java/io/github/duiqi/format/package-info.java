/**
 * Readers and writers for alignment formats: TMX, TSV, JSON Lines, ladder, Moses and an HTML
 * review page.
 *
 * <p>{@link io.github.duiqi.format.AlignmentFormat} makes a streaming
 * {@link io.github.duiqi.format.BeadWriter} for each format, configured by
 * {@link io.github.duiqi.format.FormatOptions}; the readers ({@code TmxReader},
 * {@code TsvReader}, {@code JsonLinesReader}, {@code LadderReader}) are iterators that the
 * caller closes, and a malformed file throws {@link io.github.duiqi.format.FormatException}
 * with its source and line. docs/formats.md shows what each format writes.
 *
 * <pre>{@code
 * try (BeadWriter out = AlignmentFormat.TSV.writer(Path.of("out/doc"), FormatOptions.defaults())) {
 *   out.writeAll(alignment);  // writes out/doc.tsv
 * }
 * }</pre>
 *
 * <p>Writers are not thread-safe: one thread writes to each. No parameter or return value is
 * null unless it is marked {@code @Nullable}.
 */
@NullMarked
package io.github.duiqi.format;

import org.jspecify.annotations.NullMarked;
