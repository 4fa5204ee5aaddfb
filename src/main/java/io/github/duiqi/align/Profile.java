package io.github.duiqi.align;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.github.duiqi.split.Chars;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the aligner knows about the sentences of one side, in primitive arrays: prefix sums of
 * lengths and of punctuation counts, and per-sentence numbers and Latin tokens.
 *
 * <p>Length unit: a wide character (Han, kana, hangul, full-width punctuation) counts 3, any
 * other non-space character 1, whitespace 0. With the ratio estimated per document the weights
 * matter only for script mixing inside a sentence (a Latin name in Chinese text counts like the
 * same name in English); docs/aligner.md gives the measurements behind the choice.
 *
 * <p>Immutable once built; thread-safe.
 */
final class Profile {

  /** Punctuation classes both languages mark: question, exclamation, quote, colon, bracket. */
  static final int PUNCT_CLASSES = 5;

  private static final byte[] WIDTH = new byte[0x10000];
  /**
   * Per character: bits 0–2 its punctuation class plus 1 (0 for none), bit 3 set for a Latin
   * letter; one look-up a character in the pass that builds a profile.
   */
  private static final byte[] KIND = new byte[0x10000];
  private static final int LATIN = 8;

  static {
    for (int c = 0; c < WIDTH.length; c++) {
      if (Chars.isWhitespace((char) c)) {
        WIDTH[c] = 0;
      } else {
        int eaw = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
        boolean wide = eaw == UCharacter.EastAsianWidth.WIDE
            || eaw == UCharacter.EastAsianWidth.FULLWIDTH;
        WIDTH[c] = (byte) (wide ? 3 : 1);
      }
      char ch = (char) c;
      boolean latin = ch < 0x250 && Character.isLetter(ch) || ch >= '\uff21' && ch <= '\uff3a'
          || ch >= '\uff41' && ch <= '\uff5a';
      KIND[c] = (byte) (punctClass(ch) + 1 | (latin ? LATIN : 0));
    }
  }

  final int size;
  /** {@code length[k]} = total length of sentences {@code 0..k-1}. */
  final double[] length;
  /**
   * {@code punct[k * PUNCT_CLASSES + c]} = count of class c in sentences {@code 0..k-1}; the
   * classes of one prefix share a cache line, since a bead's cost reads them all.
   */
  final int[] punct;
  /** {@code punctTotal[k]} = count of all classes in sentences {@code 0..k-1}. */
  final int[] punctTotal;
  /** Prefix count of numbers; the numbers of sentence k are {@code numbers[numberAt[k]..numberAt[k+1])}. */
  final int[] numberAt;
  final long[] numbers;
  /** Latin token ids, laid out as the numbers; ids index the shared vocabulary. */
  final int[] tokenAt;
  final int[] tokens;
  /**
   * For a profile of blocks, {@code sentences[k]} = sentences in blocks {@code 0..k-1}; null for
   * a profile of sentences.
   */
  final int @Nullable [] sentences;
  /**
   * {@code quoteEnds[k]} = sentences among {@code 0..k-1} that end a quoted turn or a question
   * ({@link #endsTurn}); all 0 for blocks.
   */
  final int[] quoteEnds;

  private Profile(int size, double[] length, int[] punct, int[] numberAt, long[] numbers,
      int[] tokenAt, int[] tokens, int @Nullable [] sentences, int[] quoteEnds) {
    this.sentences = sentences;
    this.quoteEnds = quoteEnds;
    this.size = size;
    this.length = length;
    this.punct = punct;
    this.punctTotal = new int[size + 1];
    for (int k = 1; k <= size; k++) {
      int sum = 0;
      for (int c = 0; c < PUNCT_CLASSES; c++) {
        sum += punct[k * PUNCT_CLASSES + c];
      }
      punctTotal[k] = sum;
    }
    this.numberAt = numberAt;
    this.numbers = numbers;
    this.tokenAt = tokenAt;
    this.tokens = tokens;
  }

  /** Length of one character in length units. */
  static int width(int ch) {
    return ch < WIDTH.length ? WIDTH[ch] : 3;
  }

  /** Length of a text in length units. */
  static double length(CharSequence s) {
    double sum = 0;
    for (int k = 0; k < s.length(); k++) {
      sum += WIDTH[s.charAt(k)];
    }
    return sum;
  }

  /**
   * The profile of blocks of consecutive units, block {@code b} ending at unit
   * {@code ends[b]} ({@code ends[0]} is 0, the last is {@link #size}): their lengths and
   * punctuation counts (prefix sums taken at block boundaries) and the sentences they hold, with
   * no numbers or tokens. The units of the coarse search.
   */
  Profile blocks(int[] ends) {
    int blocks = ends.length - 1;
    double[] blockLength = new double[blocks + 1];
    int[] blockPunct = new int[PUNCT_CLASSES * (blocks + 1)];
    int[] blockSentences = new int[blocks + 1];
    for (int b = 1; b <= blocks; b++) {
      int k = ends[b];
      blockLength[b] = length[k];
      blockSentences[b] = sentencesBefore(k);
      System.arraycopy(punct, k * PUNCT_CLASSES, blockPunct, b * PUNCT_CLASSES, PUNCT_CLASSES);
    }
    return new Profile(blocks, blockLength, blockPunct, new int[blocks + 1], new long[0],
        new int[blocks + 1], new int[0], blockSentences, new int[blocks + 1]);
  }

  /**
   * Block ends that cut this side into {@code blocks} blocks of about equal length, each of at
   * least one unit ({@code blocks} at most {@link #size}): the ends of the other side's blocks
   * of equal length then lie where this side's do if the translation kept its length ratio
   * everywhere, whatever the two sides' sentence counts.
   */
  int[] equalLengthEnds(int blocks) {
    int[] ends = new int[blocks + 1];
    double total = length[size];
    int k = 0;
    for (int b = 1; b < blocks; b++) {
      double target = total * b / blocks;
      // the first boundary at or past the target, or the one before it if that is nearer
      while (k < size && length[k] < target) {
        k++;
      }
      int at = k > 0 && target - length[k - 1] < length[k] - target ? k - 1 : k;
      ends[b] = Math.max(ends[b - 1] + 1, Math.min(at, size - (blocks - b)));
      k = ends[b];
    }
    ends[blocks] = size;
    return ends;
  }

  /** Sentences in units {@code 0..k-1}: {@code k} for a sentence profile. */
  int sentencesBefore(int k) {
    return sentences == null ? k : sentences[k];
  }

  double length(int from, int to) {
    return length[to] - length[from];
  }

  int punct(int cls, int from, int to) {
    return punct[to * PUNCT_CLASSES + cls] - punct[from * PUNCT_CLASSES + cls];
  }

  /**
   * Builds the profiles of a pair of sides. Latin tokens are collected from the Chinese side
   * (where a Latin word is evidence); on the English side only words that also occur in the
   * Chinese are kept.
   */
  static Profile[] of(List<String> chinese, List<String> english) {
    Map<String, Integer> vocabulary = new HashMap<>();
    Profile zh = build(chinese, vocabulary, true, null);
    // an English word is looked up only if its hash is one of the Chinese-side tokens': most
    // are passed over without a substring
    long[] filter = new long[FILTER_BITS / 64];
    for (String token : vocabulary.keySet()) {
      int h = filterBit(token.hashCode());
      filter[h >>> 6] |= 1L << h;
    }
    Profile en = build(english, vocabulary, false, filter);
    return new Profile[] {zh, en};
  }

  /** Size of the English pre-filter, in bits: about 1.5 % false hits for 1,000 tokens. */
  private static final int FILTER_BITS = 1 << 16;

  private static int filterBit(int hash) {
    return (hash ^ hash >>> 16) & (FILTER_BITS - 1);
  }

  /**
   * True if the word {@code s[start..end)}, lower-cased, may be in the filter: its
   * {@link String#hashCode} computed in place, for ASCII words (others are always looked up).
   */
  private static boolean mayContain(long[] filter, String s, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c >= 128) {
        return true;
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    int bit = filterBit(h);
    return (filter[bit >>> 6] & 1L << bit) != 0;
  }

  /**
   * @param filter for the English side, the hashes of the Chinese tokens (see
   *     {@link #mayContain}), or null to look up every word
   */
  private static Profile build(List<String> sentences, Map<String, Integer> vocabulary,
      boolean chinese, long @Nullable [] filter) {
    int n = sentences.size();
    double[] length = new double[n + 1];
    int[] punct = new int[PUNCT_CLASSES * (n + 1)];
    int[] numberAt = new int[n + 1];
    int[] tokenAt = new int[n + 1];
    LongList numbers = new LongList();
    IntList tokens = new IntList();
    int[] counts = new int[PUNCT_CLASSES];
    int[] quoteEnds = new int[n + 1];
    for (int k = 0; k < n; k++) {
      String s = sentences.get(k);
      quoteEnds[k + 1] = quoteEnds[k] + (endsTurn(s, chinese) ? 1 : 0);
      Arrays.fill(counts, 0);
      int len = 0;
      boolean letters = false;
      for (int p = 0; p < s.length(); p++) {
        char ch = s.charAt(p);
        len += WIDTH[ch];
        int kind = KIND[ch];
        int cls = (kind & 7) - 1;
        if (cls >= 0) {
          counts[cls]++;
        }
        letters |= (kind & LATIN) != 0;
      }
      length[k + 1] = length[k] + len;
      for (int c = 0; c < PUNCT_CLASSES; c++) {
        punct[(k + 1) * PUNCT_CLASSES + c] = punct[k * PUNCT_CLASSES + c] + counts[c];
      }
      NumberExtractor.extract(s, numbers::add);
      numberAt[k + 1] = numbers.size;
      if (letters) {
        latinTokens(s, vocabulary, chinese, filter, tokens);
      }
      tokenAt[k + 1] = tokens.size;
    }
    return new Profile(n, length, punct, numberAt, numbers.toArray(), tokenAt, tokens.toArray(),
        null, quoteEnds);
  }

  /**
   * True if the sentence ends a turn of dialogue or a question, after which the next sentence
   * seldom shares a bead with it (2–6 % of the time in the gold, against 37 % overall): an
   * English sentence ending in a closing quote or {@code ?}, a Chinese one ending in a question
   * mark followed by a closing quote ({@code ？”}).
   */
  static boolean endsTurn(String s, boolean chinese) {
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = s.charAt(end - 1);
    boolean closingQuote = last == '”' || last == '’' || last == '"' || last == '\''
        || last == '」' || last == '』' || last == '»';
    if (!chinese) {
      return last == '?' || closingQuote;
    }
    if (!closingQuote || end < 2) {
      return false;
    }
    char before = s.charAt(end - 2);
    return before == '？' || before == '?';
  }

  /** The punctuation class of a character, or -1. */
  static int punctClass(char ch) {
    switch (ch) {
      case '?': case '？': return 0;
      case '!': case '！': return 1;
      case '"': case '“': case '”': case '「': case '」': case '『': case '』': case '＂': return 2;
      case ':': case '：': return 3;
      case '(': case '（': case '[': case '［': return 4;
      default: return -1;
    }
  }

  private static void latinTokens(String s, Map<String, Integer> vocabulary, boolean chinese,
      long @Nullable [] filter, IntList out) {
    int n = s.length();
    int i = 0;
    int before = out.size;
    while (i < n) {
      char ch = s.charAt(i);
      if (!isLatinLetter(ch)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isLatinLetter(s.charAt(i))) {
        i++;
      }
      if (i - start < 2) {
        continue;
      }
      if (filter != null && !mayContain(filter, s, start, i)) {
        continue;
      }
      String token = s.substring(start, i).toLowerCase(Locale.ROOT);
      Integer id = vocabulary.get(token);
      if (id == null && chinese) {
        id = vocabulary.size();
        vocabulary.put(token, id);
      }
      if (id != null && (chinese || !out.containsFrom(before, id))) {
        out.add(id);
      }
    }
  }

  private static boolean isLatinLetter(char ch) {
    return (KIND[ch] & LATIN) != 0;
  }

  /** A growable long array. */
  static final class LongList {
    long[] data = new long[16];
    int size;

    void add(long v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }

  /** A growable int array. */
  static final class IntList {
    int[] data = new int[16];
    int size;

    void add(int v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    boolean containsFrom(int from, int v) {
      for (int k = from; k < size; k++) {
        if (data[k] == v) {
          return true;
        }
      }
      return false;
    }

    int[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}
