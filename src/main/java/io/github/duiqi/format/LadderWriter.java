package io.github.duiqi.format;

import io.github.duiqi.Bead;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code [zh ids]:[en ids]:score} a line; holds no text, so nothing is ever escaped. */
final class LadderWriter extends AbstractBeadWriter {
  private final Writer out;
  private final StringBuilder line = new StringBuilder(32);

  LadderWriter(Writer out, FormatOptions options) {
    super(options);
    this.out = out;
  }

  @Override
  void writeBead(Bead bead, long id) throws IOException {
    // one write a line: the output's lock and its checks once, not once a character
    StringBuilder l = line;
    l.setLength(0);
    append(l, bead.chineseIndices(), bead.englishIndices());
    appendScore(l.append(':'), bead.score()).append('\n');
    out.append(l);
  }

  /** Appends {@code [zh ids]:[en ids]}, the part of a ladder line before the score. */
  static void append(StringBuilder out, List<Integer> chinese, List<Integer> english) {
    out.append('[');
    appendIndices(out, chinese);
    out.append("]:[");
    appendIndices(out, english);
    out.append(']');
  }

  @Override
  void finish() throws IOException {
    out.flush();
  }
}
