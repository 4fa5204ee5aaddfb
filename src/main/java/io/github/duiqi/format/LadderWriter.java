package io.github.duiqi.format;

import io.github.duiqi.Bead;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code [zh ids]:[en ids]:score} a line; holds no text, so nothing is ever escaped. */
final class LadderWriter extends AbstractBeadWriter {
  private final Writer out;

  LadderWriter(Writer out, FormatOptions options) {
    super(options);
    this.out = out;
  }

  @Override
  void writeBead(Bead bead, long id) throws IOException {
    append(out, bead.chineseIndices(), bead.englishIndices());
    out.write(':');
    out.write(score(bead.score()));
    out.write('\n');
  }

  /** Appends {@code [zh ids]:[en ids]}, the part of a ladder line before the score. */
  static void append(Appendable out, List<Integer> chinese, List<Integer> english)
      throws IOException {
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
