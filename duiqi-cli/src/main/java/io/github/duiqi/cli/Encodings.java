package io.github.duiqi.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The input encodings of {@code --encoding [zh=|en=]NAME}: {@code NAME} for both sides,
 * {@code zh=NAME} or {@code en=NAME} for one; later values override earlier ones. A side
 * without one is detected (UTF-8, or UTF-16 with a byte order mark).
 *
 * <pre>{@code
 * Encodings e = Encodings.parse(List.of("zh=GB18030"));   // zh GB18030, en detected
 * }</pre>
 *
 * @param chinese the Chinese side's encoding, or null to detect it
 * @param english the English side's encoding, or null to detect it
 */
record Encodings(@Nullable Charset chinese, @Nullable Charset english) {

  static final Encodings DETECT = new Encodings(null, null);

  /**
   * Parses the values of {@code --encoding}.
   *
   * @throws IllegalArgumentException naming the value if a side or a charset is unknown
   */
  static Encodings parse(List<String> values) {
    Charset zh = null;
    Charset en = null;
    for (String value : values) {
      int eq = value.indexOf('=');
      String side = eq < 0 ? "" : value.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      Charset charset = charset(value.substring(eq + 1).strip());
      switch (side) {
        case "" -> {
          zh = charset;
          en = charset;
        }
        case "zh" -> zh = charset;
        case "en" -> en = charset;
        default -> throw new IllegalArgumentException("--encoding " + value + ": expected NAME,"
            + " zh=NAME or en=NAME");
      }
    }
    return new Encodings(zh, en);
  }

  /**
   * Looks a Java charset up by name or alias, e.g. {@code GB18030}, {@code Big5},
   * {@code UTF-16LE}.
   *
   * @throws IllegalArgumentException naming the value if no charset has the name
   */
  static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException("--encoding: unknown encoding '" + name
          + "' (Java charset names: UTF-8, GB18030, GBK, Big5, Big5-HKSCS, UTF-16LE, ...)");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--encoding: no encoding name given");
    }
  }

  /** Parses {@code --encoding} of a command, as a usage error if it is wrong. */
  static Encodings parse(CommandLine cl, List<String> values) {
    try {
      return parse(values);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
  }
}
