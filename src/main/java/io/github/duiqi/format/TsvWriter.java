package io.github.duiqi.format;

import io.github.duiqi.Bead;
import java.io.IOException;
import java.io.Writer;

/** {@code zh<TAB>en<TAB>score} a line, fields escaped by {@link TextPolicy#tsvEscape}. */
final class TsvWriter extends AbstractBeadWriter {
  private final Writer out;

  TsvWriter(Writer out, FormatOptions options) {
    super(options);
    this.out = out;
  }

  @Override
  void writeBead(Bead bead, long id) throws IOException {
    out.write(TextPolicy.tsvEscape(options.chineseText(bead), counts));
    out.write('\t');
    out.write(TextPolicy.tsvEscape(options.englishText(bead), counts));
    out.write('\t');
    out.write(score(bead.score()));
    out.write('\n');
  }

  @Override
  void finish() throws IOException {
    out.flush();
  }
}
