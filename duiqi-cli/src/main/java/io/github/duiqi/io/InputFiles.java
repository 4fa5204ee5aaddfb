package io.github.duiqi.io;

import io.github.duiqi.format.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads command-line input files strictly, with errors that name the file and, for bad bytes,
 * the line, and that say which encoding the bytes are in when it is not the expected one.
 *
 * <p>Without an explicit encoding a file is UTF-8, or UTF-16 if it starts with a UTF-16 byte
 * order mark. A UTF-8 file with many NUL bytes (UTF-16 without a byte order mark) is refused;
 * a file that is not UTF-8 but reads cleanly as GB18030, Big5 or UTF-16 is refused with that
 * encoding named. With an explicit encoding the bytes are decoded strictly in it. In every case
 * a leading byte order mark (U+FEFF) is removed, so offsets count from the first character
 * after it; line breaks and all other characters are kept as they are.
 *
 * <pre>{@code
 * String text = InputFiles.read("news.txt", System.in);                     // "-": stdin
 * String gbk = InputFiles.read("news.txt", System.in, Charset.forName("GB18030"), "--encoding ");
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
public final class InputFiles {

  /** The argument that names standard input. */
  public static final String STDIN = "-";

  /** How errors name standard input. */
  public static final String STDIN_NAME = "<stdin>";

  /** Share of NUL bytes above which UTF-8 text is taken for UTF-16 without a byte order mark. */
  private static final double NUL_SHARE = 0.01;
  /** Share of plausible characters a decoding needs before it is suggested. */
  private static final double PLAUSIBLE = 0.97;
  /** Characters looked at to judge a decoding. */
  private static final int SAMPLE = 1 << 16;

  private InputFiles() {}

  /**
   * Returns the exception for a malformed line of a file the command line reads (a manifest),
   * with the message {@code FILE:N: WHY}.
   *
   * @throws NullPointerException if {@code file} or {@code why} is null
   */
  public static FormatException malformed(String file, int line, String why) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(why, "why");
    return new FormatException(file, line, why);
  }

  /**
   * Reads {@code file}, or {@code stdin} if {@code file} is {@value #STDIN}, as UTF-8 (or
   * UTF-16 with a byte order mark); a suggested encoding is given as {@code --encoding NAME}.
   *
   * @throws FormatException if the input is not UTF-8 (naming the file, or {@value #STDIN_NAME},
   *     and the line of the first bad byte, and the encoding it reads cleanly in, if one does)
   * @throws FileSystemException if the file is missing, unreadable or a directory; its message
   *     is one line naming the file
   * @throws IOException if standard input cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static String read(String file, InputStream stdin) throws IOException {
    return read(file, stdin, null, "--encoding ");
  }

  /**
   * Reads {@code file}, or {@code stdin} if {@code file} is {@value #STDIN}, in
   * {@code encoding}, or detected as described above if it is null.
   *
   * @param option what the messages tell the user to type before an encoding's name, e.g.
   *     {@code "--encoding zh="}
   * @throws FormatException if the input is not in its encoding (naming the file and line)
   * @throws FileSystemException if the file is missing, unreadable or a directory
   * @throws IOException if standard input cannot be read
   * @throws NullPointerException if {@code file}, {@code stdin} or {@code option} is null
   */
  public static String read(String file, InputStream stdin, @Nullable Charset encoding,
      String option) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(option, "option");
    return text(bytes(file, stdin), file, encoding, option);
  }

  /** The text of {@code file}'s bytes, in {@code encoding} or detected if it is null. */
  private static String text(byte[] bytes, String file, @Nullable Charset encoding,
      String option) {
    String name = STDIN.equals(file) ? STDIN_NAME : file;
    return encoding == null ? decode(bytes, name, option) : decode(bytes, name, encoding);
  }

  /**
   * Reads {@code file} as {@link #read(String, InputStream, Charset, String)} does and returns
   * its {@link #lines}: the same lines, the same errors. Well-formed UTF-8 is decoded a line at
   * a time, without the whole text as one string: the JDK decodes a non-Latin-1 file through a
   * byte array twice its size and then copies it, and a million English sentences (114 MB) took
   * 114 + 229 + 228 MB of heap at once before being cut into lines.
   *
   * @throws FormatException if the input is not in its encoding (naming the file and line)
   * @throws FileSystemException if the file is missing, unreadable or a directory
   * @throws IOException if standard input cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static List<String> readLines(String file, InputStream stdin, @Nullable Charset encoding,
      String option) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(option, "option");
    byte[] bytes = bytes(file, stdin);
    boolean utf8 = encoding == null ? !utf16ByteOrderMark(bytes)
        && !mostlyNul(nuls(bytes), bytes.length)
        : encoding.equals(StandardCharsets.UTF_8);
    List<String> lines = utf8 ? utf8Lines(bytes) : null;
    if (lines != null) {
      return lines;
    }
    // another encoding, or a U+FFFD somewhere (a malformed sequence or the text's own):
    // decoded whole, which says where a malformed sequence is
    return lines(text(bytes, file, encoding, option));
  }

  /**
   * The lines of well-formed UTF-8 as {@link String#lines} cuts the text (after LF, CR or CR LF;
   * no empty line after a last line break), a leading byte order mark dropped; null if a line
   * decodes to a U+FFFD (the JDK's decoder puts one for each malformed sequence).
   */
  private static @Nullable List<String> utf8Lines(byte[] bytes) {
    int n = bytes.length;
    int start = n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    List<String> out = new ArrayList<>();
    int from = start;
    for (int i = start; i < n; i++) {
      byte b = bytes[i];
      // CR and LF are never part of a multi-byte sequence in UTF-8
      if (b == '\n' || b == '\r') {
        String line = new String(bytes, from, i - from, StandardCharsets.UTF_8);
        if (line.indexOf('\uFFFD') >= 0) {
          return null;
        }
        out.add(line);
        if (b == '\r' && i + 1 < n && bytes[i + 1] == '\n') {
          i++;
        }
        from = i + 1;
      }
    }
    if (from < n) {
      String line = new String(bytes, from, n - from, StandardCharsets.UTF_8);
      if (line.indexOf('\uFFFD') >= 0) {
        return null;
      }
      out.add(line);
    }
    return Collections.unmodifiableList(out);
  }

  private static boolean utf16ByteOrderMark(byte[] bytes) {
    return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
  }

  private static long nuls(byte[] bytes) {
    long nuls = 0;
    for (byte b : bytes) {
      nuls += b == 0 ? 1 : 0;
    }
    return nuls;
  }

  /** True if {@code nuls} of {@code length} bytes are at least {@link #NUL_SHARE}: UTF-16. */
  private static boolean mostlyNul(long nuls, int length) {
    return nuls > 0 && nuls >= NUL_SHARE * length;
  }

  /** The bytes of {@code file}, or of {@code stdin} for {@value #STDIN}. */
  private static byte[] bytes(String file, InputStream stdin) throws IOException {
    if (STDIN.equals(file)) {
      return stdin.readAllBytes();
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new FileSystemException(file, null, "not a valid file name");
    }
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file, null, "no such file");
    } catch (AccessDeniedException e) {
      throw new AccessDeniedException(file, null, "permission denied");
    } catch (IOException e) {
      String why = Files.isDirectory(path) ? "is a directory" : String.valueOf(e.getMessage());
      FileSystemException f = new FileSystemException(file, null, "cannot read: " + why);
      f.initCause(e);
      throw f;
    }
  }

  /**
   * Decodes UTF-8, or UTF-16 after a UTF-16 byte order mark, dropping the byte order mark.
   *
   * @throws FormatException naming {@code name} and the line of the first bad byte, and the
   *     encoding the bytes read cleanly in, if one does
   */
  static String decode(byte[] bytes, String name, String option) {
    if (utf16ByteOrderMark(bytes)) {
      return decode(bytes, name, (bytes[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE
          : StandardCharsets.UTF_16BE);
    }
    String text;
    try {
      text = decode(bytes, name, StandardCharsets.UTF_8);
    } catch (FormatException e) {
      Charset likely = likelyEncoding(bytes);
      if (likely == null) {
        throw e;
      }
      throw new FormatException(name, e.line(), e.reason() + "; it reads as " + likely.name()
          + ": give " + option + likely.name(), e);
    }
    long nuls = nuls(bytes);
    if (mostlyNul(nuls, bytes.length)) {
      Charset likely = likelyEncoding(bytes);
      String which = likely == null ? "UTF-16LE or UTF-16BE" : likely.name();
      throw new FormatException(name, 0, String.format(Locale.ROOT,
          "%d NUL bytes (%.0f%%): this is not UTF-8 text but looks like %s without a byte"
              + " order mark: give %s%s", nuls, 100.0 * nuls / bytes.length, which, option,
          likely == null ? "UTF-16LE" : likely.name()));
    }
    return text;
  }

  /**
   * Decodes strictly in {@code encoding}, dropping a leading byte order mark.
   *
   * @throws FormatException naming {@code name}, the encoding and the line of the first bad byte
   */
  static String decode(byte[] bytes, String name, Charset encoding) {
    if (encoding.equals(StandardCharsets.UTF_8)) {
      // the JDK's own UTF-8 decoding into a String (faster, and without a buffer of the
      // file's size) turns each malformed sequence into U+FFFD: without one in the result the
      // bytes were well-formed and the result is the strict decoder's; with one, the strict
      // decoder decides (the text may hold U+FFFD itself) and says where
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
      }
    }
    return decodeStrictly(bytes, name, encoding);
  }

  /** {@link #decode(byte[], String, Charset)} through the charset's strict decoder. */
  static String decodeStrictly(byte[] bytes, String name, Charset encoding) {
    CharsetDecoder decoder = encoding.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
        (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1 + lineBreaksBefore(bytes, at, encoding);
      throw new FormatException(name, line, String.format(Locale.ROOT,
          "invalid %s (byte 0x%02X at offset %d)",
          encoding.equals(StandardCharsets.UTF_8) ? "UTF-8" : encoding.name(),
          at < bytes.length ? bytes[at] & 0xFF : 0, at));
    }
    out.flip();
    int from = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
    return out.subSequence(from, out.length()).toString();
  }

  /** Line breaks before byte {@code at}: decoded again up to there, so any encoding counts. */
  private static int lineBreaksBefore(byte[] bytes, int at, Charset encoding) {
    CharsetDecoder decoder = encoding.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer before = decoder.decode(ByteBuffer.wrap(bytes, 0, at));
      int lines = 0;
      for (int i = 0; i < before.length(); i++) {
        lines += before.charAt(i) == '\n' ? 1 : 0;
      }
      return lines;
    } catch (CharacterCodingException e) {
      return 0;
    }
  }

  /**
   * The encoding among GB18030, Big5, UTF-16LE and UTF-16BE in which {@code bytes} decode
   * without error into the most plausible text (common Han characters, ASCII, punctuation),
   * if that text is plausible enough; else null.
   */
  static @Nullable Charset likelyEncoding(byte[] bytes) {
    Charset best = null;
    double bestShare = PLAUSIBLE;
    for (String candidate : new String[] {"GB18030", "Big5", "UTF-16LE", "UTF-16BE"}) {
      Charset charset;
      try {
        charset = Charset.forName(candidate);
      } catch (IllegalArgumentException e) {
        continue;   // a JDK without the extended charsets
      }
      CharBuffer text;
      try {
        text = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, 4 * SAMPLE)));
      } catch (CharacterCodingException e) {
        // a sample cut inside a character fails at its end only: judge what came before
        if (bytes.length <= 4 * SAMPLE) {
          continue;
        }
        text = charset.decode(ByteBuffer.wrap(bytes, 0, 4 * SAMPLE - 4));
      }
      double share = plausibleShare(text);
      if (share > bestShare) {
        best = charset;
        bestShare = share;
      }
    }
    return best;
  }

  /** Share of the characters that are ASCII text, common punctuation or common Han. */
  private static double plausibleShare(CharSequence text) {
    CharsetEncoder gb2312 = encoder("GB2312");
    CharsetEncoder big5 = encoder("Big5");
    int n = Math.min(text.length(), SAMPLE);
    if (n == 0) {
      return 0;
    }
    int plausible = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t'
          || c >= 0x2000 && c <= 0x206F || c >= 0x3000 && c <= 0x303F
          || c >= 0xFF01 && c <= 0xFF5E) {
        plausible++;
      } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
          && (gb2312 != null && gb2312.canEncode(c) || isFrequentBig5(big5, c))) {
        plausible++;
      }
    }
    return (double) plausible / n;
  }

  /** Whether {@code c} is among Big5's 5,401 frequent Han characters (lead bytes A4 to C6). */
  private static boolean isFrequentBig5(@Nullable CharsetEncoder big5, char c) {
    if (big5 == null) {
      return false;
    }
    try {
      ByteBuffer b = big5.reset().encode(CharBuffer.wrap(new char[] {c}));
      int lead = b.remaining() == 2 ? b.get(0) & 0xFF : 0;
      return lead >= 0xA4 && lead <= 0xC6;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static @Nullable CharsetEncoder encoder(String name) {
    try {
      return Charset.forName(name).newEncoder();
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * Splits text into lines, without their line breaks: a line ends at {@code \n},
   * {@code \r\n} or a lone {@code \r} (old Mac files); a final line break does not start
   * another line. Blank lines are kept.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static List<String> lines(String text) {
    // the JDK's definition of a line (String.lines, BufferedReader.readLine), which the
    // library's readers follow too: one definition, none of our own
    return Objects.requireNonNull(text, "text").lines().toList();
  }
}
