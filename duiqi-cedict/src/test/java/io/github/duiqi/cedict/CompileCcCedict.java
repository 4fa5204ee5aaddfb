package io.github.duiqi.cedict;

import io.github.duiqi.lexicon.Lexicon;
import io.github.duiqi.lexicon.LexiconReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Compiles a CC-CEDICT file into the resource of this artifact; run by
 * {@code tools/rebuild.sh}: {@code CompileCcCedict cedict_ts.u8 src/main/resources/.../cc-cedict.lex.gz}.
 * Writes to a temporary file first, so a failure leaves the old resource in place.
 */
public final class CompileCcCedict {
  private CompileCcCedict() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CompileCcCedict CEDICT_FILE OUTPUT.lex.gz");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Lexicon.Builder builder = Lexicon.builder().addCedict(in);
    LexiconReport report = builder.build().report();
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "cc-cedict", ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      builder.writeCompiled(o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    System.out.printf("%s: %d entries, %d headwords, %d English stems, skipped %s; %d bytes%n",
        out, report.entries(), report.headwords(), report.englishWords(), report.skipped(),
        Files.size(out));
  }
}
