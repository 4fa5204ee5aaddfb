package io.github.duiqi.split;

import com.ibm.icu.text.UnicodeSet;

/**
 * The one source of character classes: the splitter's scanner, the paragraph layout, the
 * language runs of interleaved streams and the aligner's profiles all ask here. Sets are ICU
 * {@link UnicodeSet}s (frozen), turned into tables where a hot loop reads them, so that the
 * common case (a letter or a Han character) costs one array read and one comparison.
 *
 * <p>Whitespace is the JDK's whitespace plus the no-break spaces (NBSP, U+2007, U+202F) that the
 * JDK leaves out: {@code Zs}, {@code Zl}, {@code Zp} and the ASCII controls tab to carriage
 * return and U+001C–U+001F, so {@link Character#isWhitespace} or {@link Character#isSpaceChar}.
 *
 * <p>Terminators come in three strengths, each a set here: {@link #kind} gives the scanner's
 * classes (a Chinese full stop ends a sentence whatever follows, an ASCII period only by the
 * many rules); {@link #endsLine} adds the ellipsis and the colon, which end a line of a document
 * written one paragraph a line (a heading, the line before a list) but not a sentence.
 *
 * <p>Stateless; thread-safe.
 */
public final class Chars {

  /** Whitespace: see the class comment. */
  public static final UnicodeSet WHITESPACE =
      new UnicodeSet("[\\p{Zs}\\p{Zl}\\p{Zp}\\u0009-\\u000D\\u001C-\\u001F]").freeze();
  /**
   * The scripts of the Chinese side of an interleaved stream: Han, and the Bopomofo and kana
   * that Chinese text quotes (a Japanese name, a phonetic gloss), none of which English has.
   */
  public static final UnicodeSet CHINESE_SIDE_SCRIPT =
      new UnicodeSet("[[:sc=Han:][:sc=Bopomofo:][:sc=Hiragana:][:sc=Katakana:]]").freeze();
  /** Closing quotes and brackets that stay with the sentence they close (no straight quotes). */
  public static final UnicodeSet CLOSERS = new UnicodeSet(
      "[\\)\\]\u201D\u2019\u300D\u300F\u300B\u3009\u3011\u3015\u3017\uFF09\uFF3D\uFF63"
      + "\u00BB\u203A]").freeze();
  /** Marks that end a sentence: the strong ones, ASCII and full-width . ! ? */
  public static final UnicodeSet SENTENCE_ENDS = new UnicodeSet(
      "[\u3002\uFF61\uFF01\uFF1F\u203C\u2047\u2048\u2049!?.\uFF0E]").freeze();
  /** What ends a complete line: a sentence end, an ellipsis or a colon (see the class comment). */
  public static final UnicodeSet LINE_ENDS = new UnicodeSet(SENTENCE_ENDS)
      .addAll("\u2026\u22EF:\uFF1A").freeze();

  /**
   * Where a language run of an interleaved stream may end: the sentence ends (the ASCII period
   * decided by the caller), the ellipsis, and the Chinese semicolon, after which a translator's
   * rendering often starts. Not {@link #SENTENCE_ENDS}: using those instead moves the
   * interleaved figures (docs/accuracy.md) both ways, so a change waits for a measured reason.
   */
  public static final UnicodeSet RUN_ENDS = new UnicodeSet(
      "[\u3002!?\uFF01\uFF1F\uFF61\uFF1B\u2026]").freeze();

  private static final boolean[] CLOSER = new boolean[0x10000];
  private static final boolean[] CLOSER_OR_QUOTE = new boolean[0x10000];
  private static final boolean[] LINE_END = new boolean[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      CLOSER[c] = CLOSERS.contains(c);
      CLOSER_OR_QUOTE[c] = CLOSER[c] || c == '"' || c == '\'';
      LINE_END[c] = LINE_ENDS.contains(c);
    }
  }

  /** Anything without a role of its own: letters, digits, Han, most punctuation. */
  static final byte ORDINARY = 0;
  /** Whitespace that is not a line break. */
  static final byte SPACE = 1;
  /** {@code \n}, {@code \r}, U+2028. */
  static final byte LINE_BREAK = 2;
  /** U+2029 PARAGRAPH SEPARATOR: always ends a sentence, like a blank line. */
  static final byte PARAGRAPH = 3;
  /** Terminators that end a sentence whatever follows: 。 ｡ ！ ？ ‼ ⁇ ⁈ ⁉. */
  static final byte STRONG_END = 4;
  /** ASCII {@code !} and {@code ?}: end a sentence when what follows starts one. */
  static final byte EXCLAIM_OR_QUESTION = 5;
  /** ASCII full stop: the many-rule case (abbreviations, decimals, ellipses, URLs). */
  static final byte PERIOD = 6;
  /** U+FF0E FULLWIDTH FULL STOP: a decimal point between digits, a full stop elsewhere. */
  static final byte FULLWIDTH_PERIOD = 7;
  /** … and ⋯: an ellipsis, which does not end a sentence by itself. */
  static final byte ELLIPSIS = 8;
  /** An opening bracket whose content is an aside that is never split: ( （ [ ［ 【 〔 〖 《 〈. */
  static final byte ASIDE_OPEN = 9;
  /** A closing bracket that may end an aside: ) ） ] ］ 】 〕 〗 》 〉. */
  static final byte ASIDE_CLOSE = 10;
  /** ASCII double quote, whose direction is known only by counting. */
  static final byte STRAIGHT_DOUBLE_QUOTE = 11;
  /** A list bullet that starts a new item when it follows whitespace: • ‣ ⁃ ◦. */
  static final byte BULLET = 12;

  private static final int TABLE_SIZE = 0x3040;
  private static final byte[] TABLE = new byte[TABLE_SIZE];
  private static final int FULLWIDTH_BASE = 0xFF00;
  private static final byte[] FULLWIDTH_TABLE = new byte[0x70];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      if (isWhitespace((char) c)) {
        TABLE[c] = SPACE;
      }
    }
    TABLE['\n'] = LINE_BREAK;
    TABLE['\r'] = LINE_BREAK;
    TABLE['\u2028'] = LINE_BREAK;
    TABLE['\u2029'] = PARAGRAPH;
    for (char c : "\u3002\u203C\u2047\u2048\u2049".toCharArray()) {
      TABLE[c] = STRONG_END;
    }
    TABLE['!'] = EXCLAIM_OR_QUESTION;
    TABLE['?'] = EXCLAIM_OR_QUESTION;
    TABLE['.'] = PERIOD;
    TABLE['\u2026'] = ELLIPSIS;
    TABLE['\u22EF'] = ELLIPSIS;
    for (char c : "([\u3010\u3014\u3016\u300A\u3008".toCharArray()) {
      TABLE[c] = ASIDE_OPEN;
    }
    for (char c : ")]\u300B\u3009\u3011\u3015\u3017".toCharArray()) {
      TABLE[c] = ASIDE_CLOSE;
    }
    TABLE['"'] = STRAIGHT_DOUBLE_QUOTE;
    for (char c : "\u2022\u2023\u2043\u25E6".toCharArray()) {
      TABLE[c] = BULLET;
    }
    fullwidth('\uFF01', STRONG_END);
    fullwidth('\uFF1F', STRONG_END);
    fullwidth('\uFF61', STRONG_END);
    fullwidth('\uFF0E', FULLWIDTH_PERIOD);
    fullwidth('\uFF08', ASIDE_OPEN);
    fullwidth('\uFF3B', ASIDE_OPEN);
    fullwidth('\uFF09', ASIDE_CLOSE);
    fullwidth('\uFF3D', ASIDE_CLOSE);
  }

  private Chars() {}

  private static void fullwidth(char c, byte kind) {
    FULLWIDTH_TABLE[c - FULLWIDTH_BASE] = kind;
  }

  /** Every UTF-16 unit's class: one load, no branch, in the scanner's hot loop. */
  private static final byte[] ALL = new byte[0x10000];

  static {
    System.arraycopy(TABLE, 0, ALL, 0, TABLE_SIZE);
    System.arraycopy(FULLWIDTH_TABLE, 0, ALL, FULLWIDTH_BASE, FULLWIDTH_TABLE.length);
  }

  /** Returns the scanner's class of {@code c}. */
  static byte kind(char c) {
    return ALL[c];
  }

  /** Whitespace in the splitter's sense: JDK whitespace or a space separator such as NBSP. */
  public static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whitespace, or the byte-order mark that a stream may hold between its runs. */
  public static boolean isSpaceOrByteOrderMark(char c) {
    return isWhitespace(c) || c == '\uFEFF';
  }

  /** A code point of {@link #CHINESE_SIDE_SCRIPT}. */
  public static boolean isChineseSideScript(int cp) {
    return CHINESE_SIDE_SCRIPT.contains(cp);
  }

  /**
   * A closer after a sentence end: {@link #CLOSERS} and the straight quotes, which after a
   * terminator can only close.
   */
  public static boolean isCloserAfterEnd(char c) {
    return CLOSER_OR_QUOTE[c];
  }

  /** A mark of {@link #RUN_ENDS}. */
  public static boolean endsRun(int cp) {
    return RUN_ENDS.contains(cp);
  }

  /** A mark of {@link #LINE_ENDS}. */
  public static boolean endsLine(char c) {
    return LINE_END[c];
  }

  /**
   * What a line reader may end a line at (Java's, Python's {@code splitlines()}): LF, CR, VT, FF,
   * U+001C–U+001E, NEL, U+2028, U+2029. Segment text holds none of them once normalised.
   */
  public static final UnicodeSet LINE_BREAKS =
      new UnicodeSet("[\\u000A-\\u000D\\u001C-\\u001E\\u0085\\u2028\\u2029]").freeze();

  /**
   * Text written without spaces between words, so that a line break inside it is no word gap:
   * Han, kana, Bopomofo (not Hangul: Korean puts spaces between words), CJK symbols and
   * punctuation, the prolonged sound mark and full-width forms.
   */
  public static final UnicodeSet WRITTEN_WITHOUT_SPACES = new UnicodeSet(
      "[[:sc=Han:][:sc=Hiragana:][:sc=Katakana:][:sc=Bopomofo:][\\u3000-\\u303F]"
      + "[\\u30FB\\u30FC][\\uFF01-\\uFF60][\\uFF61-\\uFF9F]]").freeze();

  /** A character of {@link #LINE_BREAKS}. */
  public static boolean breaksLine(char c) {
    return c <= '\u2029' && LINE_BREAKS.contains(c);
  }

  /** A code point of {@link #WRITTEN_WITHOUT_SPACES}. */
  public static boolean isWrittenWithoutSpaces(int cp) {
    return cp >= 0x2E80 && WRITTEN_WITHOUT_SPACES.contains(cp);
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  /** Han, kana, Hangul and CJK compatibility characters (not CJK punctuation). */
  static boolean isCjk(char c) {
    return (c >= 0x3040 && c <= 0x9FFF)
        || (c >= 0x2E80 && c <= 0x2FDF)
        || c == 0x3005 || c == 0x3006 || c == 0x3007
        || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFF66 && c <= 0xFF9F)
        // high surrogates of the supplementary ideographic planes (CJK extensions B and on)
        || (c >= 0xD840 && c <= 0xD8BF);
  }

  /** Han ideographs only. */
  static boolean isHan(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xD840 && c <= 0xD8BF);
  }

  /** Characters that open a quotation or bracket and so may start a sentence. */
  static boolean isOpener(char c) {
    switch (c) {
      case '(': case '[': case '"': case '\'': case '\u201C': case '\u2018': case '\u201E':
      case '\u300C': case '\u300E': case '\u300A': case '\u3008': case '\u3010': case '\u3014':
      case '\u3016': case '\uFF08': case '\uFF3B': case '\uFF62': case '\u00AB': case '\u2039':
      case '\u00BF': case '\u00A1':
        return true;
      default:
        return false;
    }
  }

  /**
   * Closing quotes and brackets that stay with the sentence they close. The straight quotes and
   * U+201C (a closing quote in German) are decided by the caller.
   */
  static boolean isCloser(char c) {
    return CLOSER[c];
  }

  /** Punctuation that continues a sentence and so cannot start one. */
  static boolean isContinuation(char c) {
    switch (c) {
      case ',': case ';': case ':': case '\uFF0C': case '\uFF1B': case '\uFF1A': case '\u3001':
      case '-': case '\u2013': case '\u2014': case '\uFF5E': case '~':
        return true;
      default:
        return false;
    }
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isBullet(char c) {
    return c == '\u2022' || c == '\u2023' || c == '\u2043' || c == '\u25E6';
  }

  /** The closing bracket that matches an {@link #ASIDE_OPEN} bracket, by family. */
  static int bracketFamily(char c) {
    switch (c) {
      case '(': case ')': case '\uFF08': case '\uFF09':
        return 1;
      case '[': case ']': case '\uFF3B': case '\uFF3D': case '\u3010': case '\u3011':
      case '\u3014': case '\u3015': case '\u3016': case '\u3017':
        return 2;
      case '\u300A': case '\u300B': case '\u3008': case '\u3009':
        return 3;
      default:
        return 0;
    }
  }

  static boolean isOpeningBracket(char c) {
    switch (c) {
      case '(': case '\uFF08': case '[': case '\uFF3B': case '\u3010': case '\u3014':
      case '\u3016': case '\u300A': case '\u3008':
        return true;
      default:
        return false;
    }
  }
}
