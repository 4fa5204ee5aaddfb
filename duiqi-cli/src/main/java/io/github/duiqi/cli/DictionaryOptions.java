package io.github.duiqi.cli;

import io.github.duiqi.Aligner;
import io.github.duiqi.cedict.CcCedict;
import io.github.duiqi.lexicon.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The dictionary options of {@code align} and {@code eval}: the bundled CC-CEDICT by default,
 * {@code --dictionary FILE} (repeatable) to add a user's lexicon file to it, {@code
 * --no-dictionary} for none. For now the aligner reads the dictionary only for its verdict on
 * each pair ({@link io.github.duiqi.DocumentVerdict}).
 *
 * <p>A picocli mixin: filled on the command's thread, then only read.
 */
final class DictionaryOptions {

  @Option(names = "--dictionary", paramLabel = "FILE",
      description = "add a lexicon file to the bundled CC-CEDICT (CC-CEDICT lines, or"
          + " headword<TAB>gloss lines; repeatable)")
  List<Path> files = new ArrayList<>();

  @Option(names = "--no-dictionary",
      description = "use no dictionary (the verdict on each pair then rests on numbers, Latin"
          + " words, pinyin names and bead shapes)")
  boolean none;

  /**
   * Sets the lexicon on {@code builder}.
   *
   * @throws CommandLine.ParameterException for both options together
   * @throws IOException if a file cannot be read
   * @throws io.github.duiqi.format.FormatException for a malformed line (file and line)
   */
  Aligner.Builder applyTo(Aligner.Builder builder, CommandLine commandLine) throws IOException {
    try {
      return builder.lexicon(lexicon(commandLine));
    } catch (OutOfMemoryError e) {
      throw new CommandFailure(Main.OUT_OF_MEMORY, String.format(java.util.Locale.ROOT,
          "out of memory loading the dictionary (Java heap: %d MB; CC-CEDICT takes about 12 MB):"
              + " give Java more, e.g. java -Xmx1g -jar duiqi-cli.jar ..., or use --no-dictionary",
          Runtime.getRuntime().maxMemory() >> 20));
    }
  }

  @Nullable Lexicon lexicon(CommandLine commandLine) throws IOException {
    if (none && !files.isEmpty()) {
      throw new CommandLine.ParameterException(commandLine,
          "--no-dictionary and --dictionary exclude each other");
    }
    if (none) {
      return null;
    }
    if (files.isEmpty()) {
      return CcCedict.lexicon();
    }
    Lexicon.Builder b = Lexicon.builder();
    // the bundled resource, merged with the user's files (CcCedict.lexicon() is built alone)
    try (InputStream in = CcCedict.class.getResourceAsStream("cc-cedict.lex.gz")) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("CC-CEDICT missing from the jar"));
      }
      b.addCompiled(in, "cc-cedict.lex.gz");
    }
    for (Path file : files) {
      b.addFile(file);
    }
    return b.build();
  }
}
