package io.github.duiqi.moduletest;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.format.AlignmentFormat;
import io.github.duiqi.format.BeadWriter;
import io.github.duiqi.format.FormatOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Aligns an interleaved file and writes the alignment to standard output in the format named:
 * {@code java --module-path ... -m io.github.duiqi.moduletest/io.github.duiqi.moduletest.AlignInterleaved FILE FORMAT}.
 * It uses only the library's exported packages, as any modular application would.
 */
public final class AlignInterleaved {
  private AlignInterleaved() {}

  /**
   * Runs the program.
   *
   * @param args the input file (UTF-8) and a format name ({@code tsv}, {@code tmx}, ...)
   * @throws IOException if the file cannot be read or the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: AlignInterleaved FILE FORMAT");
      System.exit(2);
    }
    Alignment alignment = Aligner.create().alignInterleaved(Files.readString(Path.of(args[0])));
    // into a buffer first: standard output stays open whatever the writer does on close
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (BeadWriter out = AlignmentFormat.fromName(args[1])
        .writer(bytes, FormatOptions.defaults())) {
      out.writeAll(alignment);
    }
    System.out.write(bytes.toByteArray());
    System.out.flush();
  }
}
