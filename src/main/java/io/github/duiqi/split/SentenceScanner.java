package io.github.duiqi.split;

import java.util.Arrays;
import java.util.Objects;

/**
 * The single-pass sentence scanner behind the public {@code SentenceSplitter}.
 *
 * <p>Each character costs one table look-up; only terminators, brackets, quotes, bullets and
 * line breaks get a closer look, and only a period looks at the word before it. Nothing is
 * allocated per character: the output is one array of sentence spans, from which the public
 * splitter makes its {@code Sentence} values. The rules are described in
 * {@code docs/splitting.md}.
 *
 * <pre>{@code
 * int[] spans = SentenceScanner.spans("他说。Mr. Smith left.", SplitRules.DEFAULT);
 * // {0, 3, 3, 15}: sentence k is [spans[2k], spans[2k + 1])
 * }</pre>
 *
 * <p>An instance holds the state of one scan and is confined to the calling thread; the static
 * {@link #spans} is thread-safe.
 */
public final class SentenceScanner {

  /** How far ahead an opening bracket looks for its partner, in UTF-16 units. */
  private static final int PAREN_ASIDE_LIMIT = 400;
  private static final int SQUARE_ASIDE_LIMIT = 200;
  private static final int TITLE_ASIDE_LIMIT = 120;
  /** How far a period looks around itself for the marks of a URL or an e-mail address. */
  private static final int LINK_LOOKAROUND = 256;
  /** Longest speaker-and-verb after a closed quotation, e.g. 他低声说 (see isSpeechTag). */
  private static final int SPEECH_TAG_LIMIT = 6;

  private static final int NO_LIST = 0;
  private static final int LIST_DIGITS = 1;
  private static final int LIST_LOWER = 2;
  private static final int LIST_UPPER = 3;

  private final String s;
  private final int n;
  private final SplitRules rules;
  /** Sentence k spans {@code out[2k]..out[2k + 1]}; {@code count} sentences so far. */
  private int[] out = new int[32];
  private int count;

  /** Start of the current sentence, or -1 between sentences. */
  private int start = -1;
  /** Index of the bracket that closes the current aside, or -1 outside asides. */
  private int asideClose = -1;
  /** Whether the current aside opens its sentence, so that a sentence may end with it. */
  private boolean asideOpensSentence;
  /**
   * What is left of the characters that bracket look-ahead may read in this text: twice the
   * text's length, so that unmatched brackets cannot make a scan quadratic.
   */
  private int asideBudget;
  /**
   * {@code s[start..openerRunEnd)} are all opening quotes and brackets (if at least
   * {@code start}; see isAsideAtSentenceStart).
   */
  private int openerRunEnd = -1;
  /** Whether an ASCII double quote is open in this paragraph. */
  private boolean doubleQuoteOpen;
  /** End of the list marker ("1.", "a)", "• 9.") that opens the current sentence, or -1. */
  private int markerEnd = -1;
  private int listKind = NO_LIST;
  private int listNext;
  private int listStyle;
  /** Set by {@link #skipClosers}: whether the closers it skipped include a quotation mark. */
  private boolean closersHadQuote;

  private SentenceScanner(String text, SplitRules rules) {
    this.s = text;
    this.n = text.length();
    this.asideBudget = 2 * n + 4096;
    this.rules = rules;
  }

  /**
   * Splits {@code text} into sentences: returns their spans, sentence {@code k} from
   * {@code result[2k]} to {@code result[2k + 1]} (exclusive), in text order.
   *
   * @throws NullPointerException if an argument is null
   */
  public static int[] spans(CharSequence text, SplitRules rules) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rules, "rules");
    String original = text.toString();
    int[] toOriginal = rules.lineBreakEndsSentence() ? null
        : new SentenceScanner(original, rules).unwrapped();
    if (toOriginal == null) {
      return new SentenceScanner(original, rules).run();
    }
    // scan the text as it was before it was hard-wrapped, so that every rule reads a wrapped
    // sentence as the unwrapped one (“……！”他\n说。, P.D.A.S\n.), then map the spans back
    StringBuilder view = new StringBuilder(toOriginal.length);
    for (int p : toOriginal) {
      view.append(p < 0 ? ' ' : original.charAt(p));
    }
    int[] spans = new SentenceScanner(view.toString(), rules).run();
    for (int k = 0; k < spans.length; k += 2) {
      spans[k] = origin(toOriginal[spans[k]]);
      spans[k + 1] = origin(toOriginal[spans[k + 1] - 1]) + 1;
    }
    return spans;
  }

  /** Whether a list item starts at {@code p} (a line that starts one is no wrap: 1.…\n2.…). */
  private boolean startsListItem(int p) {
    return Chars.isBullet(s.charAt(p)) || parseMarker(p) >= 0;
  }

  /** Whether the line that ends at {@code end} holds a Chinese-side character. */
  private static boolean lineHoldsChinese(String s, int end) {
    for (int p = end - 1; p >= 0; p--) {
      char c = s.charAt(p);
      if (c == '\n' || c == '\r' || c == '\u2028') {
        return false;
      }
      if (c >= 0x2E80 && Chars.isChineseSideScript(Character.codePointAt(s, p))) {
        return true;
      }
    }
    return false;
  }

  private static int origin(int p) {
    return p < 0 ? -p - 1 : p;
  }

  /**
   * The text unwrapped: each hard wrap (a run of whitespace holding one line break: LF, CR,
   * CR LF or U+2028) joined as {@link SegmentText} joins it, with nothing where it is a bare
   * line break next to text written without spaces (or, in a line that holds Chinese, anywhere but
   * between two letters), else a space; a wrap that holds other whitespace loses its line break. Returns for each character of
   * the unwrapped text its index in {@code s}, or {@code -1 - index} for a space standing for a
   * line break; null if the text has no hard wrap. Blank lines are kept as they are.
   */
  private int @org.jspecify.annotations.Nullable [] unwrapped() {
    String s = this.s;
    int[] map = null;
    int size = 0;
    int copied = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c != '\n' && c != '\r' && c != '\u2028') {
        continue;
      }
      int from = i;
      while (from > 0 && Chars.isWhitespace(s.charAt(from - 1))) {
        from--;
      }
      int to = i;
      int breaks = 0;
      boolean bare = true;
      for (int p = from; p < n && Chars.isWhitespace(s.charAt(p)); p++, to = p) {
        char w = s.charAt(p);
        if (w == '\n' || w == '\r' || w == '\u2028') {
          if (!(w == '\n' && p > from && s.charAt(p - 1) == '\r')) {
            breaks++;
          }
        } else {
          bare = false;
          breaks += w == '\u2029' ? 2 : 0;
        }
      }
      i = to - 1;
      if (breaks != 1 || from == 0 || to == n || startsListItem(to)) {
        continue;
      }
      if (map == null) {
        map = new int[n];
      }
      for (int p = copied; p < from; p++) {
        map[size++] = p;
      }
      int left = Character.codePointBefore(s, from);
      int right = Character.codePointAt(s, to);
      boolean join = bare && (SegmentText.joinsBareBreak(left, right)
          || SegmentText.joinsInChinese(left, right) && lineHoldsChinese(s, from));
      if (bare && !join) {
        map[size++] = -1 - from; // the space the line break stands for
      } else if (!bare) {
        // the space beside the break was there before the text was wrapped: keep it alone
        for (int p = from; p < to; p++) {
          char w = s.charAt(p);
          if (w != '\n' && w != '\r' && w != '\u2028') {
            map[size++] = p;
          }
        }
      }
      copied = to;
    }
    if (map == null) {
      return null;
    }
    for (int p = copied; p < n; p++) {
      map[size++] = p;
    }
    return Arrays.copyOf(map, size);
  }

  /**
   * Characters read outside the main loop (look-ahead and look-behind of the rules), for the
   * test that the scan stays linear on every input; the main loop reads each character once.
   */
  private long lookups;

  /** A character read by a rule's look-around, counted in {@link #lookups}. */
  private char at(int j) {
    lookups++;
    return s.charAt(j);
  }

  /**
   * Characters the scan of {@code text} reads beyond the main loop's one read each: a measure
   * of work that a test holds below a constant times the length.
   */
  static long lookAroundWork(String text, SplitRules rules) {
    SentenceScanner scanner = new SentenceScanner(text, rules);
    scanner.run();
    return scanner.lookups;
  }

  private int[] run() {
    String s = this.s;
    int n = this.n;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      byte kind = Chars.kind(c);
      if (kind == Chars.ORDINARY) {
        if (start < 0) {
          begin(i);
        }
        // the hot loop: most characters are letters or Han and need nothing but a look-up
        do {
          i++;
        } while (i < n && Chars.kind(s.charAt(i)) == Chars.ORDINARY);
      } else {
        i = special(kind, c, i);
      }
    }
    emit(n);
    return Arrays.copyOf(out, 2 * count);
  }

  /** Handles a character of a class other than ORDINARY; returns the next index to scan. */
  private int special(byte kind, char c, int i) {
    switch (kind) {
      case Chars.SPACE:
        if (i + 1 < n && listKind != NO_LIST && !Chars.isWhitespace(at(i + 1))) {
          maybeListItem(i + 1);
        }
        return i + 1;
      case Chars.LINE_BREAK:
        return lineBreak(c, i);
      case Chars.PARAGRAPH:
        emit(i);
        newParagraph();
        return i + 1;
      default:
        break;
    }
    if (start < 0) {
      begin(i);
    }
    // an aside inside a sentence is never split; one that opens its sentence may hold
    // whole sentences: "(For small samples ... may be used. The exact test ... Chapter 4.)"
    boolean inAside = i < asideClose && !asideOpensSentence;
    switch (kind) {
      case Chars.STRONG_END:
      case Chars.EXCLAIM_OR_QUESTION:
      case Chars.ELLIPSIS:
        return inAside ? i + 1 : terminatorRun(i);
      case Chars.PERIOD:
        return inAside || i < markerEnd ? i + 1 : period(i);
      case Chars.FULLWIDTH_PERIOD:
        if (inAside || i < markerEnd || (i > 0 && i + 1 < n
            && Chars.isDigit(at(i - 1)) && Chars.isDigit(at(i + 1)))) {
          return i + 1; // ３．２９: a decimal point
        }
        return terminatorRun(i);
      case Chars.ASIDE_OPEN:
        if (i >= asideClose) {
          asideClose = findAsideClose(i);
          asideOpensSentence = isAsideAtSentenceStart(i);
        }
        return i + 1;
      case Chars.ASIDE_CLOSE:
        if (i == asideClose) {
          asideClose = -1;
          return afterAside(i);
        }
        return i + 1;
      case Chars.STRAIGHT_DOUBLE_QUOTE:
        doubleQuoteOpen = !doubleQuoteOpen;
        return i + 1;
      case Chars.BULLET:
        // a bullet after whitespace opens a list item: "• 9. The first item • 10. The second"
        if (start < i && !inAside && Chars.isWhitespace(at(i - 1))) {
          emit(i);
          begin(i);
        }
        return i + 1;
      default:
        throw new AssertionError("character class " + kind);
    }
  }

  // ---------------------------------------------------------------- sentences and paragraphs

  /** Starts a sentence at {@code i} and notes whether it opens with a list marker. */
  private void begin(int i) {
    start = i;
    openerRunEnd = i;
    markerEnd = -1;
    listKind = NO_LIST;
    int p = i;
    if (Chars.isBullet(at(p))) {
      p++;
      while (p < n && isHorizontalSpace(at(p))) {
        p++;
      }
    }
    long marker = parseMarker(p);
    if (marker >= 0) {
      markerEnd = (int) (marker >>> 32);
      listKind = (int) (marker >>> 24) & 0xFF;
      listStyle = (int) (marker >>> 16) & 0xFF;
      listNext = ((int) marker & 0xFFFF) + 1;
    }
  }

  /**
   * Parses a list marker at {@code p}: one or two digits or one ASCII letter, then ".", ".)" or
   * ")", then whitespace (or, after digits, CJK text as in "1.加强管理"). Returns -1, or the
   * marker's end, kind, style and value packed as {@code end<<32 | kind<<24 | style<<16 | value}.
   */
  private long parseMarker(int p) {
    if (p >= n) {
      return -1;
    }
    int q = p;
    int value = 0;
    int kind;
    char c = at(q);
    if (Chars.isDigit(c)) {
      while (q < n && Chars.isDigit(at(q))) {
        if (q - p == 2) {
          return -1; // years and counts, not list numbers
        }
        value = value * 10 + Character.digit(at(q), 10);
        q++;
      }
      kind = LIST_DIGITS;
    } else if (Chars.isAsciiLetter(c)) {
      value = c;
      q++;
      kind = c >= 'a' ? LIST_LOWER : LIST_UPPER;
    } else {
      return -1;
    }
    int style;
    if (q < n && (at(q) == '.' || at(q) == '\uFF0E')) {
      q++;
      style = 1;
      if (q < n && at(q) == ')') {
        q++;
        style = 2;
      }
    } else if (q < n && (at(q) == ')' || at(q) == '\uFF09')) {
      q++;
      style = 3;
    } else {
      return -1;
    }
    if (q < n && !Chars.isWhitespace(at(q))
        && !(kind == LIST_DIGITS && Chars.isCjk(at(q)))) {
      return -1;
    }
    return ((long) q << 32) | ((long) kind << 24) | ((long) style << 16) | value;
  }

  /** Ends the current sentence before {@code p} if {@code p} holds the list's next marker. */
  private void maybeListItem(int p) {
    if (start < 0 || p < asideClose || p <= markerEnd) {
      return;
    }
    char c = at(p);
    if (listKind == LIST_DIGITS ? !Chars.isDigit(c) : !Chars.isAsciiLetter(c)) {
      return;
    }
    long marker = parseMarker(p);
    if (marker >= 0
        && ((int) (marker >>> 24) & 0xFF) == listKind
        && ((int) (marker >>> 16) & 0xFF) == listStyle
        && ((int) marker & 0xFFFF) == listNext) {
      emit(p);
    }
  }

  private int lineBreak(char c, int i) {
    int j = i + 1;
    if (c == '\r' && j < n && at(j) == '\n') {
      j++;
    }
    int p = j;
    while (p < n && isHorizontalSpace(at(p))) {
      p++;
    }
    if (p < n && Chars.isLineBreak(at(p))) {
      emit(i); // a blank line
      newParagraph();
      return p;
    }
    if (rules.lineBreakEndsSentence()) {
      emit(i);
      asideClose = -1;
    } else if (p < n && listKind != NO_LIST) {
      maybeListItem(p);
    }
    return j;
  }

  private void newParagraph() {
    doubleQuoteOpen = false;
    asideClose = -1;
  }

  /** Ends the current sentence at {@code end}, less trailing whitespace. */
  private void emit(int end) {
    if (start < 0) {
      return;
    }
    int e = end;
    while (e > start && Chars.isWhitespace(at(e - 1))) {
      e--;
    }
    if (e > start) {
      if (2 * count == out.length) {
        out = Arrays.copyOf(out, 2 * out.length);
      }
      out[2 * count] = start;
      out[2 * count + 1] = e;
      count++;
    }
    start = -1;
    markerEnd = -1;
    listKind = NO_LIST;
  }

  // ---------------------------------------------------------------- asides

  /** Returns the index of the bracket matching the one at {@code i}, or -1 if it is too far. */
  private int findAsideClose(int i) {
    char open = at(i);
    int family = Chars.bracketFamily(open);
    int limit = family == 1 ? PAREN_ASIDE_LIMIT : family == 2 ? SQUARE_ASIDE_LIMIT
        : TITLE_ASIDE_LIMIT;
    if (asideBudget <= 0) {
      return -1;
    }
    int end = Math.min(n, i + 1 + Math.min(limit, asideBudget));
    int close = scanAside(i, family, end);
    asideBudget -= (close < 0 ? end : close) - i;
    return close;
  }

  private int scanAside(int i, int family, int end) {
    int depth = 0;
    boolean afterLineBreak = false;
    for (int j = i + 1; j < end; j++) {
      char c = at(j);
      if (Chars.isLineBreak(c)) {
        if (afterLineBreak || c == '\u2029') {
          return -1; // an aside does not run over a blank line
        }
        afterLineBreak = true;
        if (c == '\r' && j + 1 < end && at(j + 1) == '\n') {
          j++;
        }
      } else if (!Chars.isWhitespace(c)) {
        afterLineBreak = false;
        if (Chars.bracketFamily(c) == family) {
          if (Chars.isOpeningBracket(c)) {
            depth++;
          } else if (depth == 0) {
            return j;
          } else {
            depth--;
          }
        }
      }
    }
    return -1;
  }

  /** Whether only opening quotes and brackets stand between the sentence start and {@code i}. */
  private boolean isAsideAtSentenceStart(int i) {
    // resumes where the last call of this sentence stopped, so that a run of openers
    // (200,000 《) is read once, not once per opener
    while (openerRunEnd < i && Chars.isOpener(at(openerRunEnd))) {
      openerRunEnd++;
    }
    return openerRunEnd >= i;
  }

  /**
   * At the bracket closing an aside that opened its sentence, a terminator just inside ends the
   * sentence ("(He left.) Then ..."); an aside inside a sentence never ends it.
   */
  private int afterAside(int i) {
    if (!asideOpensSentence) {
      return i + 1;
    }
    char before = at(i - 1);
    byte kind = Chars.kind(before);
    boolean strong = kind == Chars.STRONG_END || kind == Chars.FULLWIDTH_PERIOD;
    boolean ended = strong || kind == Chars.EXCLAIM_OR_QUESTION
        // a period, but not the last dot of an elision such as "[...]"
        || (kind == Chars.PERIOD && !(i >= 2 && at(i - 2) == '.'));
    if (!ended) {
      return i + 1;
    }
    int k = skipClosers(i);
    boolean boundary = strong || (i >= 2 && Chars.isCjk(at(i - 2)))
        ? strongBoundary(k)
        : weakBoundary(k);
    commitClosers(i, k);
    if (boundary) {
      emit(k);
    }
    return k;
  }

  // ---------------------------------------------------------------- terminators

  /** A run of 。！？!?… and periods, started by anything but a period. */
  private int terminatorRun(int i) {
    int j = i;
    boolean ends = false;
    boolean strong = false;
    while (j < n) {
      byte kind = Chars.kind(at(j));
      if (kind == Chars.STRONG_END || kind == Chars.FULLWIDTH_PERIOD) {
        ends = true;
        strong = true;
      } else if (kind == Chars.EXCLAIM_OR_QUESTION) {
        ends = true;
      } else if (kind != Chars.PERIOD && kind != Chars.ELLIPSIS) {
        break;
      }
      j++;
    }
    int k = skipClosers(j);
    if (!ends && k == j) {
      return j; // …… inside a sentence
    }
    boolean cjk = strong || (i > 0 && Chars.isCjk(at(i - 1)))
        || (k < n && Chars.isCjk(at(k)));
    boolean boundary = cjk ? strongBoundary(k) : weakBoundary(k);
    commitClosers(j, k);
    if (boundary) {
      emit(k);
    }
    return k;
  }

  /**
   * After a Chinese terminator and its closers at {@code k}: the sentence ends unless a comma
   * follows, or a short speech tag that finishes a quotation (“……。”他说。).
   */
  private boolean strongBoundary(int k) {
    if (k >= n) {
      return true;
    }
    char c = at(k);
    if (Chars.isContinuation(c)) {
      return false;
    }
    return !(closersHadQuote && isSpeechTag(k));
  }

  /**
   * After an ASCII terminator and its closers at {@code k}: the sentence ends if CJK text
   * follows at once, or whitespace and then something that can start a sentence.
   */
  private boolean weakBoundary(int k) {
    if (k >= n) {
      return true;
    }
    char c = at(k);
    if (!Chars.isWhitespace(c)) {
      return Chars.isCjk(c);
    }
    int m = skipWhitespace(k);
    return m >= n || (startsSentence(at(m)) && !(closersHadQuote && isEnglishSpeechTag(m)));
  }

  /**
   * Whether {@code m} starts "Name verb" or "Name Name verb" with a verb of speaking, as in
   * {@code "Can you send it?" Li asked.}: the tag belongs to the quotation before it.
   */
  private boolean isEnglishSpeechTag(int m) {
    if (isOpenerWord(m)) {
      return false; // "He asked ..." after a quotation is a new sentence; a tag says "he asked"
    }
    int p = m;
    for (int words = 0; words < 3; words++) {
      int e = p;
      while (e < n && (Chars.isAsciiLetter(at(e)) || at(e) == '-')) {
        e++;
      }
      if (e == p) {
        return false;
      }
      if (words > 0 && rules.speechVerbs().get(s, p, e) != WordTable.ABSENT) {
        return true;
      }
      if (e < n && at(e) == '.') {
        e++; // Mr. Wang
      }
      if (!Character.isUpperCase(at(p)) || e >= n || at(e) != ' ') {
        return false;
      }
      p = e + 1;
    }
    return false;
  }

  /**
   * Whether {@code k} starts a short speaker-and-verb phrase ending in 。 or a comma, such as
   * 他说。 or 李经理问，: hand-aligned corpora keep it with the quotation before it.
   */
  private boolean isSpeechTag(int k) {
    int p = k < n && at(k) == ' ' ? k + 1 : k;
    int q = p;
    while (q < n && q - p < SPEECH_TAG_LIMIT && Chars.isHan(at(q))) {
      q++;
    }
    if (q == p || q >= n) {
      return false;
    }
    char end = at(q);
    if (end != '\u3002' && end != '\uFF0C' && end != ',') {
      return false; // 小明道：“…” opens a new quotation: a new sentence
    }
    char verb = at(q - 1);
    switch (verb) {
      case '说': case '說': case '问': case '問': case '答': case '喊': case '叫': case '嚷':
        return true;
      case '道':
        // 他道 / 笑道, but not 知道 (know), 难道, 味道 ...
        char before = q - 2 >= p ? at(q - 2) : ' ';
        return before != '知' && before != '难' && before != '難' && before != '味'
            && q - p <= 4;
      default:
        return false;
    }
  }

  /**
   * Skips the closing quotes and brackets at {@code j}; sets {@link #closersHadQuote}. ASCII
   * quotes and U+201C close only when they are not followed by a word (which they would open).
   */
  private int skipClosers(int j) {
    boolean quote = false;
    while (j < n) {
      char c = at(j);
      if (c == '"') {
        if (!doubleQuoteOpen && startsWord(j + 1)) {
          break;
        }
      } else if (c == '\'' || c == '\u201C') {
        if (startsWord(j + 1)) {
          break;
        }
      } else if (c == ' ' && !quote && j + 1 < n && (isClosingQuote(at(j + 1))
          || (at(j + 1) == '"' && doubleQuoteOpen && !startsWord(j + 2)))) {
        j++; // "下棋。 ”", 'the ties. " This': a stray space before the closing quote
        continue;
      } else if (!Chars.isCloser(c)) {
        break;
      }
      quote |= c != ')' && c != ']' && c != '\uFF09' && c != '\uFF3D';
      j++;
    }
    closersHadQuote = quote;
    return j;
  }

  private static boolean isClosingQuote(char c) {
    return c == '\u201D' || c == '\u300D' || c == '\u300F';
  }

  /** Straight double quotes among skipped closers were closing ones. */
  private void commitClosers(int from, int to) {
    for (int j = from; j < to; j++) {
      if (at(j) == '"') {
        doubleQuoteOpen = false;
      }
    }
  }

  private boolean startsWord(int j) {
    if (j >= n) {
      return false;
    }
    char c = at(j);
    return Character.isLetterOrDigit(c) || Chars.isCjk(c);
  }

  // ---------------------------------------------------------------- the period

  private int period(int i) {
    // a run of dots, possibly spaced: "...", ". . .", "...."
    int dots = 1;
    int q = i + 1;
    while (true) {
      if (q < n && at(q) == '.') {
        dots++;
        q++;
      } else if (q + 1 < n && at(q) == ' ' && at(q + 1) == '.') {
        dots++;
        q += 2;
      } else {
        break;
      }
    }
    if (dots == 1) {
      return singlePeriod(i);
    }
    boolean attached = i > 0 && !Chars.isWhitespace(at(i - 1));
    int k = skipClosers(q);
    if (dots >= 4 && attached && at(i + 1) == ' ') {
      // "compounds. . . . The": the period ends the sentence, the ellipsis opens the next one
      int m = skipWhitespace(k);
      if (m > k && m < n && startsSentence(at(m))) {
        emit(i + 1);
        return i + 1;
      }
      commitClosers(q, k);
      return k;
    }
    if ((dots == 3 || dots == 6) && k == q) {
      // an ellipsis inside a sentence, even before a capital ("is . . . I didn't"); six dots
      // are the Chinese ellipsis typed in ASCII
      return q;
    }
    boolean boundary = i > 0 && Chars.isCjk(at(i - 1)) || k < n && Chars.isCjk(at(k))
        ? strongBoundary(k)
        : weakBoundary(k);
    commitClosers(q, k);
    if (boundary) {
      emit(k);
    }
    return k;
  }

  private int singlePeriod(int i) {
    if (i + 1 >= n) {
      return i + 1;
    }
    char next = at(i + 1);
    if (Chars.isDigit(next)) {
      return i + 1; // 3.5, v1.2, 1026.253.553
    }
    if (i > 0 && Chars.isCjk(at(i - 1))) {
      // Chinese written with an ASCII period ends like 。
      int k = skipClosers(i + 1);
      boolean boundary = strongBoundary(k);
      commitClosers(i + 1, k);
      if (boundary) {
        emit(k);
      }
      return k;
    }
    int k = skipClosers(i + 1);
    if (k < n && !Chars.isWhitespace(at(k))) {
      char after = at(k);
      boolean boundary;
      if (Chars.isCjk(after)) {
        // "stability.中美" ends; "如下:1.加强" is a list number, "J.K.罗琳" a name
        boundary = k > i + 1 || !(isEnumeration(i) || isInitial(i));
      } else {
        // "brother.My": a sentence glued to the next; Ph.D.-level, Jr.'s, example.com do not end
        boundary = k == i + 1 && isGluedSentence(i);
      }
      commitClosers(i + 1, k);
      if (boundary) {
        emit(k);
      }
      return k;
    }
    commitClosers(i + 1, k);
    if (k >= n) {
      return k;
    }
    int m = skipWhitespace(k);
    if (m < n && (k > i + 1 && closersHadQuote
        // 'one o'clock A.M." "Wow': a closing quote shows the abbreviation ends the sentence
        ? startsSentence(at(m)) && !isEnglishSpeechTag(m)
        : periodEndsSentence(i, m))) {
      emit(k);
    }
    return k;
  }

  /**
   * Whether the period at {@code i}, followed by whitespace and the character at {@code m},
   * ends a sentence, judged by the word before it.
   */
  private boolean periodEndsSentence(int i, int m) {
    char next = at(m);
    int ws = wordStart(i);
    if (ws == i || (ws > 0 && isApostrophe(at(ws - 1)))) {
      return startsSentence(next); // after ")" or "%" or in "John's."
    }
    int letters = 0;
    int longestPart = 0;
    int part = 0;
    boolean innerDot = false;
    for (int j = ws; j < i; j++) {
      char c = at(j);
      if (c == '.') {
        innerDot = true;
        part = 0;
      } else {
        part++;
        longestPart = Math.max(longestPart, part);
        if (!Chars.isDigit(c)) {
          letters++;
        }
      }
    }
    if (letters == 0) {
      // a number: "$100.00. It", or a list number in Chinese text "如下:1. 加强"
      return startsSentence(next) && !(Chars.isCjk(next) && isEnumeration(i));
    }
    if (i - ws == 1) {
      char letter = at(ws);
      if (Character.isLowerCase(letter)) {
        // "p. 55" and list letters go on; a variable ends a sentence before "It", "We", ...
        // ("y and z imply x. It is hard"), and so does any letter before Chinese text
        return Chars.isCjk(next) || isOpenerWord(m);
      }
      if (Character.isUpperCase(next) || Chars.isCjk(next)) {
        // "Jonas E. Smith" and "C. S. 路易斯" are initials; "you and I. Did" is the pronoun
        return letter == 'I' && !Chars.isCjk(next) ? previousWordIsLowercase(ws)
            : isOpenerWord(m) && !isInitial(m + 1);
      }
      return startsSentence(next);
    }
    switch (rules.abbreviations().get(s, ws, i)) {
      case SplitRules.NEVER_ENDS:
        return false;
      case SplitRules.BEFORE_NUMBER:
        if (Chars.isDigit(next)) {
          return false;
        }
        break;
      case SplitRules.RARELY_ENDS:
        return Chars.isCjk(next) || isOpenerWord(m);
      default:
        if (innerDot && longestPart <= 3) {
          if (isInitials(ws, i)) {
            return Character.isUpperCase(next) || Chars.isCjk(next)
                ? isOpenerWord(m) && !isInitial(m + 1)
                : startsSentence(next);
          }
          return Chars.isCjk(next) || isOpenerWord(m); // U.S., a.m., Ph.D.
        }
        break;
    }
    return startsSentence(next);
  }

  /** Whether a period at {@code i} follows a lone capital letter, as in "J." or "J.M.". */
  private boolean isInitial(int i) {
    return i >= 1 && i < n && at(i) == '.' && Character.isUpperCase(at(i - 1))
        && Chars.isAsciiLetter(at(i - 1)) && (i < 2 || !Character.isLetter(at(i - 2)));
  }

  /** Whether {@code a[from, to)} is initials such as "J.M" or "H.L.A". */
  private boolean isInitials(int from, int to) {
    for (int j = from; j < to; j += 2) {
      if (!Character.isUpperCase(at(j)) || (j + 1 < to && at(j + 1) != '.')) {
        return false;
      }
    }
    return true;
  }

  /** Start of the word before {@code i}: letters, digits, inner periods, ° and º. */
  private int wordStart(int i) {
    int j = i;
    while (j > 0) {
      char c = at(j - 1);
      if (isWordChar(c) || (c == '.' && j - 1 > 0 && isWordChar(at(j - 2)))) {
        j--;
      } else {
        break;
      }
    }
    // the word starts with a word character, never with a period
    while (j < i && at(j) == '.') {
      j++;
    }
    return j;
  }

  static boolean isWordChar(char c) {
    return Chars.isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '\u00B0' || c == '\u00BA'
        || (c >= '\u00C0' && c <= '\u024F' && Character.isLetter(c));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** Whether the period at {@code i} follows a short list number in CJK text ("如下:1.加强"). */
  private boolean isEnumeration(int i) {
    int j = i;
    while (j > 0 && Chars.isDigit(at(j - 1))) {
      j--;
    }
    if (j == i || i - j > 2) {
      return false;
    }
    while (j > 0 && isHorizontalSpace(at(j - 1))) {
      j--;
    }
    if (j == 0) {
      return true;
    }
    char before = at(j - 1);
    return !Chars.isAsciiLetter(before) && !Chars.isDigit(before) && before != '.'
        && before != ',';
  }

  /** "brother.My": a lower-case word, a period and a capitalized word with no space between. */
  private boolean isGluedSentence(int i) {
    if (i == 0 || i + 2 >= n || !Character.isUpperCase(at(i + 1))
        || !Character.isLowerCase(at(i + 2)) || !Character.isLowerCase(at(i - 1))) {
      return false;
    }
    int ws = i - 1;
    while (ws > 0 && Chars.isAsciiLetter(at(ws - 1))) {
      ws--;
    }
    if (i - ws < 2 || (ws > 0 && (at(ws - 1) == '.' || isWordChar(at(ws - 1))))) {
      return false;
    }
    return rules.abbreviations().get(s, ws, i) == WordTable.ABSENT && !inLinkOrAddress(i);
  }

  /** Whether the non-blank token around {@code i} looks like a URL or an e-mail address. */
  private boolean inLinkOrAddress(int i) {
    int from = i;
    int min = Math.max(0, i - LINK_LOOKAROUND);
    while (from > min && !Chars.isWhitespace(at(from - 1))) {
      from--;
    }
    int to = i;
    int max = Math.min(n, i + LINK_LOOKAROUND);
    while (to < max && !Chars.isWhitespace(at(to))) {
      to++;
    }
    if (s.startsWith("www.", from)) {
      return true;
    }
    for (int j = from; j < to; j++) {
      char c = at(j);
      if (c == '@' || (c == ':' && j + 2 < to && at(j + 1) == '/'
          && at(j + 2) == '/')) {
        return true;
      }
    }
    return false;
  }

  private boolean previousWordIsLowercase(int ws) {
    int j = ws - 1;
    while (j >= 0 && Chars.isWhitespace(at(j))) {
      j--;
    }
    if (j < 0 || !Character.isLetter(at(j))) {
      return true;
    }
    while (j > 0 && Character.isLetter(at(j - 1))) {
      j--;
    }
    return Character.isLowerCase(at(j));
  }

  /** Whether the word at {@code m} commonly opens a sentence ("The", "It", "How"). */
  private boolean isOpenerWord(int m) {
    int e = m;
    while (e < n && Chars.isAsciiLetter(at(e))) {
      e++;
    }
    return e > m && rules.openers().get(s, m, e) != WordTable.ABSENT;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isTitleCase(c) || Chars.isDigit(c)
        || Chars.isCjk(c) || Chars.isOpener(c) || Chars.isBullet(c)
        // scripts without case
        || (Character.isLetter(c) && !Character.isLowerCase(c) && c > '\u024F');
  }

  private int skipWhitespace(int k) {
    while (k < n && Chars.isWhitespace(at(k))) {
      k++;
    }
    return k;
  }

  private static boolean isHorizontalSpace(char c) {
    return Chars.isWhitespace(c) && !Chars.isLineBreak(c);
  }
}
