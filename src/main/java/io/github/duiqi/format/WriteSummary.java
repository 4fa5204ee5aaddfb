package io.github.duiqi.format;

/**
 * What a {@link BeadWriter} did: how many beads it wrote and left out, and how many characters
 * it could not write as themselves.
 *
 * <p>{@code escapedCharacters} were written in a reversible escape that this package's readers
 * undo (e.g. a tab in TSV as {@code \t}); {@code replacedCharacters} were replaced because the
 * format cannot hold them at all (e.g. U+0001 in TMX becomes U+FFFD), so the original is lost in
 * that output. docs/formats.md lists, per format, which characters are escaped or replaced.
 *
 * <pre>{@code
 * WriteSummary s = writer.summary();
 * if (s.replacedCharacters() > 0) System.err.println(s.replacedCharacters() + " characters replaced");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param beadsWritten beads written to the output
 * @param beadsOmitted beads left out by the options (score below the minimum, or an empty side)
 * @param escapedCharacters input characters written as a reversible escape
 * @param replacedCharacters input characters the format cannot hold, replaced and so lost
 */
public record WriteSummary(
    long beadsWritten, long beadsOmitted, long escapedCharacters, long replacedCharacters) {

  /**
   * Validates the counts.
   *
   * @param beadsWritten beads written to the output, at least 0
   * @param beadsOmitted beads left out by the options, at least 0
   * @param escapedCharacters input characters written as a reversible escape, at least 0
   * @param replacedCharacters input characters the format cannot hold, replaced, at least 0
   * @throws IllegalArgumentException if a count is negative
   */
  public WriteSummary {
    if (beadsWritten < 0 || beadsOmitted < 0 || escapedCharacters < 0 || replacedCharacters < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + beadsWritten + ", "
          + beadsOmitted + ", " + escapedCharacters + ", " + replacedCharacters);
    }
  }

  /**
   * Returns the characters not written as themselves.
   *
   * @return {@code escapedCharacters() + replacedCharacters()}
   */
  public long changedCharacters() {
    return escapedCharacters + replacedCharacters;
  }
}
