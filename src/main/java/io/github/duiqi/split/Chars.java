package io.github.duiqi.split;

/**
 * Character classes used by the sentence scanner, looked up in a table so that the common case
 * (a letter or a Han character) costs one array read and one comparison.
 *
 * <p>Whitespace is {@link Character#isWhitespace} or {@link Character#isSpaceChar}: the JDK's
 * whitespace plus the no-break spaces (NBSP, U+2007, U+202F) that the JDK leaves out.
 *
 * <p>Stateless; thread-safe.
 */
final class Chars {

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
  static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
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
    switch (c) {
      case ')': case ']': case '\u201D': case '\u2019': case '\u300D': case '\u300F':
      case '\u300B': case '\u3009': case '\u3011': case '\u3015': case '\u3017': case '\uFF09':
      case '\uFF3D': case '\uFF63': case '\u00BB': case '\u203A':
        return true;
      default:
        return false;
    }
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
