package io.github.duiqi.format;

import io.github.duiqi.Bead;
import java.io.IOException;
import java.io.Writer;

/** {@code [zh ids]:[en ids]:score} a line; holds no text, so nothing is ever escaped. */
final class LadderWriter extends AbstractBeadWriter {
  private final Writer out;

  LadderWriter(Writer out, FormatOptions options) {
    super(options);
    this.out = out;
  }

  @Override
  void writeBead(Bead bead, long id) throws IOException {
    out.write('[');
    appendIndices(out, bead.chineseIndices());
    out.write("]:[");
    appendIndices(out, bead.englishIndices());
    out.write("]:");
    out.write(score(bead.score()));
    out.write('\n');
  }

  @Override
  void finish() throws IOException {
    out.close();
  }
}
