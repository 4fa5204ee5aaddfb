package io.github.duiqi.format;

import io.github.duiqi.Bead;
import java.io.IOException;
import java.io.Writer;

/**
 * Two plain-text files, line i of one the translation of line i of the other: line breaks in a
 * sentence become spaces and lone surrogates U+FFFD ({@link TextPolicy#lineSafe}).
 */
final class MosesWriter extends AbstractBeadWriter {
  private final Writer chinese;
  private final Writer english;

  MosesWriter(Writer chinese, Writer english, FormatOptions options) {
    super(options);
    this.chinese = chinese;
    this.english = english;
  }

  @Override
  void writeBead(Bead bead, long id) throws IOException {
    chinese.write(TextPolicy.lineSafe(options.chineseText(bead), counts));
    chinese.write('\n');
    english.write(TextPolicy.lineSafe(options.englishText(bead), counts));
    english.write('\n');
  }

  @Override
  void finish() throws IOException {
    try {
      chinese.flush();
    } finally {
      english.flush();
    }
  }
}
