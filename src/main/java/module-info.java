/**
 * duiqi: sentence splitting and sentence alignment for Chinese text and its English translation.
 *
 * <p>Exports the API packages only: {@code io.github.duiqi} (splitting and aligning),
 * {@code io.github.duiqi.format} (reading and writing alignments) and
 * {@code io.github.duiqi.lexicon} (a Chinese–English lexicon). Everything else is
 * implementation and may change without notice.
 */
module io.github.duiqi {
  requires com.ibm.icu;
  requires org.apache.commons.text;
  requires java.xml;
  requires static org.jspecify;

  exports io.github.duiqi;
  exports io.github.duiqi.format;
  exports io.github.duiqi.lexicon;
}
