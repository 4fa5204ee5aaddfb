package io.github.duiqi.cli;

import io.github.duiqi.Sentence;
import io.github.duiqi.SentenceSplitter;
import io.github.duiqi.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code duiqi split [--format lines|jsonl] [FILE|-]}: splits a UTF-8 text into sentences.
 *
 * <p>{@code lines} prints one sentence a line, its inner line breaks shown as spaces (or
 * removed between CJK characters); {@code jsonl} prints {@code {"text":…,"start":…,"end":…}}
 * with the exact text and UTF-16 offsets into the file's text after a leading BOM.
 *
 * <pre>{@code
 * java -jar duiqi-cli.jar split --format jsonl news.txt
 * }</pre>
 *
 * <p>Instances are made and used by picocli on one thread.
 */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Splits mixed Chinese/English text into sentences.",
        "Reads UTF-8, UTF-16 with a byte order mark, or --encoding (a leading BOM is dropped);"
            + " offsets count UTF-16 code units of the text after the BOM, as Java's String"
            + " does.",
        "lines: one sentence a line; a line break inside a sentence becomes a space (nothing"
            + " between CJK characters), and so do the other characters that end a line for"
            + " some reader (VT, FF, FS, GS, RS, NEL, LS, PS), so that Python's splitlines()"
            + " gives one sentence a line too."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:success", "2:bad usage, missing file, or not in its encoding",
        "3:the output could not be written", "141:the reader of standard output closed it"})
public final class SplitCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { lines, jsonl }

  @Option(names = "--format", paramLabel = "lines|jsonl", defaultValue = "lines",
      description = "lines: one sentence a line (default); jsonl: {\"text\",\"start\",\"end\"} "
          + "a line.")
  Format format = Format.lines;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = InputFiles.STDIN,
      description = "UTF-8 text file, or - (default) for standard input.")
  String file = InputFiles.STDIN;

  @Option(names = "--encoding", paramLabel = "NAME",
      description = "the input encoding, any Java charset name (GB18030, Big5, UTF-16LE, ...);"
          + " default: UTF-8")
  String encoding;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Standard input; tests may replace it, else the command line's. */
  InputStream stdin;

  @Override
  public Integer call() throws IOException {
    Charset charset;
    try {
      charset = encoding == null ? null : Encodings.charset(encoding);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    String text = InputFiles.read(file, stdin != null ? stdin : Main.stdin(spec), charset,
        "--encoding ");
    Writer out = Output.utf8(Output.stdout(spec));
    StringBuilder line = new StringBuilder();
    for (Sentence s : SentenceSplitter.create().split(text)) {
      line.setLength(0);
      if (format == Format.lines) {
        // normalised text holds no line end of any reader (Sentence.normalizedText)
        line.append(s.normalizedText());
      } else {
        line.append("{\"text\":");
        Json.appendString(line, s.text());
        line.append(",\"start\":").append(s.start()).append(",\"end\":").append(s.end())
            .append('}');
      }
      out.append(line.append('\n'));
    }
    out.flush();
    return Main.OK;
  }

  /** JSON string escaping: quotes, backslashes, controls and lone surrogates as \\uXXXX. */
  static final class Json {
    private Json() {}

    static void appendString(StringBuilder b, String s) {
      b.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"': b.append("\\\""); break;
          case '\\': b.append("\\\\"); break;
          case '\n': b.append("\\n"); break;
          case '\r': b.append("\\r"); break;
          case '\t': b.append("\\t"); break;
          default:
            boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            // NEL, LS and PS too: valid in JSON, but they end lines for some readers
            if (c < 0x20 || c == '\u0085' || c == '\u2028' || c == '\u2029' || loneSurrogate) {
              b.append(String.format("\\u%04x", (int) c));
            } else {
              b.append(c);
            }
        }
      }
      b.append('"');
    }
  }
}
