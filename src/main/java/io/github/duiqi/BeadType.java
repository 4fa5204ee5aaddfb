package io.github.duiqi;

/**
 * The shape of a bead: how many Chinese sentences it holds and how many English ones, as in
 * {@code 1-2} for one Chinese sentence rendered by two English sentences.
 *
 * <pre>{@code
 * Aligner aligner = Aligner.builder().beadType(BeadType.parse("2-3"), 0.004).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * <p>Any bead has a type ({@link Bead#type()}); the aligner allows types of at most
 * {@link #MAX_SIDE} sentences a side.
 *
 * @param chinese Chinese sentences, at least 0
 * @param english English sentences, at least 0
 */
public record BeadType(int chinese, int english) {

  /** The largest number of sentences one side of a bead type the aligner allows may hold. */
  public static final int MAX_SIDE = 8;

  /**
   * Validates the counts.
   *
   * @param chinese Chinese sentences, at least 0
   * @param english English sentences, at least 0, and at least 1 if {@code chinese} is 0
   * @throws IllegalArgumentException if a count is negative or both are 0
   */
  public BeadType {
    if (chinese < 0 || english < 0) {
      throw new IllegalArgumentException("bead type " + chinese + "-" + english
          + ": a side cannot hold a negative number of sentences");
    }
    if (chinese == 0 && english == 0) {
      throw new IllegalArgumentException("bead type 0-0 holds no sentence");
    }
  }

  /**
   * Returns the bead type {@code chinese-english}.
   *
   * @param chinese Chinese sentences, at least 0
   * @param english English sentences, at least 0, and at least 1 if {@code chinese} is 0
   * @return the bead type, equal to any other of the same counts
   * @throws IllegalArgumentException if a count is negative or both are 0
   */
  public static BeadType of(int chinese, int english) {
    return new BeadType(chinese, english);
  }

  /**
   * Parses the form {@link #toString()} writes, {@code "1-2"}; spaces around the counts are
   * allowed.
   *
   * @param text two non-negative counts joined by {@code '-'}, Chinese first
   * @return the bead type
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not two counts joined by '-', or they are
   *     not a bead type
   */
  public static BeadType parse(String text) {
    int dash = text.indexOf('-');
    try {
      if (dash > 0) {
        return new BeadType(Integer.parseInt(text.substring(0, dash).trim()),
            Integer.parseInt(text.substring(dash + 1).trim()));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("bead type '" + text + "' is not of the form 1-2");
  }

  /** Returns {@code "chinese-english"}, e.g. {@code "1-2"}. */
  @Override
  public String toString() {
    return chinese + "-" + english;
  }
}
