package io.github.duiqi.format;

import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import java.io.Closeable;
import java.io.IOException;
import java.util.Objects;

/**
 * Writes beads to an output in one {@link AlignmentFormat}, one bead at a time: memory does not
 * grow with the text written, so a million beads never become one string.
 *
 * <p>Beads must come in document order. {@link #close()} writes what ends the format (the TMX
 * closing tags, the review page's summary and plot) and flushes the output. It closes only what
 * the writer opened itself: the files of {@link AlignmentFormat#writer(java.nio.file.Path,
 * FormatOptions)}; a {@code Writer} or {@code OutputStream} the caller gave stays open, so a
 * writer can end on standard output or before more is written to the same stream. Output is
 * deterministic: the same beads and options give the same bytes.
 *
 * <pre>{@code
 * try (OutputStream file = Files.newOutputStream(path);
 *     BeadWriter out = AlignmentFormat.TMX.writer(file, FormatOptions.defaults())) {
 *   out.writeAll(alignment);
 *   System.err.println(out.summary());
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread writes to a writer.
 */
public interface BeadWriter extends Closeable {

  /**
   * Writes one bead, or counts it as omitted when the options leave it out.
   *
   * @param bead the next bead in document order
   * @throws NullPointerException if {@code bead} is null
   * @throws IllegalStateException if the writer is closed
   * @throws IOException if the output fails
   */
  void write(Bead bead) throws IOException;

  /**
   * Writes beads in order.
   *
   * @param beads the beads, in document order
   * @throws NullPointerException if {@code beads} or a bead is null
   * @throws IOException if the output fails
   */
  default void writeAll(Iterable<Bead> beads) throws IOException {
    Objects.requireNonNull(beads, "beads");
    for (Bead bead : beads) {
      write(bead);
    }
  }

  /**
   * Writes all beads of an alignment in order.
   *
   * @param alignment the alignment whose {@link Alignment#beads() beads} are written
   * @throws NullPointerException if {@code alignment} is null
   * @throws IOException if the output fails
   */
  default void writeAll(Alignment alignment) throws IOException {
    writeAll(Objects.requireNonNull(alignment, "alignment").beads());
  }

  /**
   * Names the document of the beads written next, for one output that holds several documents:
   * TMX writes it in each {@code tu} as {@code <prop type="x-document">}, JSON Lines as a
   * {@code "doc"} field after {@code "id"}; the other formats have no place for it and write
   * nothing. Ids go on counting across documents, so they stay unique in the output.
   *
   * @param name the document's name, e.g. its file name; written escaped as each format needs
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalStateException if the writer is closed
   */
  void startDocument(String name);

  /**
   * Returns what the writer has done.
   *
   * @return the counts so far; after {@link #close()}, the final counts
   */
  WriteSummary summary();

  /**
   * Ends the format and flushes the output; closes the output only if the writer opened it
   * (a file of {@link AlignmentFormat#writer(java.nio.file.Path, FormatOptions)}). Closing twice
   * does nothing.
   *
   * @throws IOException if the output fails
   */
  @Override
  void close() throws IOException;
}
