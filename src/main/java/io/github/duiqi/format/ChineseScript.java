package io.github.duiqi.format;

import com.ibm.icu.text.Transliterator;
import java.util.Objects;
import java.util.Optional;

/**
 * The script Chinese text is written in, with its BCP 47 language tag, and detection from the
 * text itself.
 *
 * <p>{@link #detect(CharSequence)} counts the characters that belong to one script only and
 * takes the majority. A character is Traditional-only when ICU4J's {@code Hant-Hans}
 * transliterator changes it and {@code Hans-Hant} leaves it alone (e.g. 國, 發, 這), and
 * Simplified-only the other way round (国, 发, 这). Characters shared by both scripts (中, 人, 和)
 * do not vote, so text made only of them, or with as many votes each way, is undecided. The
 * table covers CJK Unified Ideographs and Extension A and is built once, on first use (about
 * 0.3 s).
 *
 * <pre>{@code
 * ChineseScript.detect("國家主席習近平").orElse(ChineseScript.SIMPLIFIED).languageTag(); // "zh-Hant"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum ChineseScript {
  /** Simplified Chinese, {@code zh-Hans}. */
  SIMPLIFIED("zh-Hans"),
  /** Traditional Chinese, {@code zh-Hant}. */
  TRADITIONAL("zh-Hant");

  private final String languageTag;

  ChineseScript(String languageTag) {
    this.languageTag = languageTag;
  }

  /**
   * Returns the script's language tag, as TMX's {@code srclang} and {@code xml:lang} take it.
   *
   * @return the BCP 47 tag: {@code zh-Hans} or {@code zh-Hant}
   */
  public String languageTag() {
    return languageTag;
  }

  /**
   * Returns the script most of the text's script-specific characters belong to, or empty when
   * no character decides it or both scripts have as many.
   *
   * @param text the text, of any length; characters outside CJK Unified Ideographs and
   *     Extension A do not vote
   * @return the majority script, or empty when undecided
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<ChineseScript> detect(CharSequence text) {
    long balance = votes(text);
    if (balance > 0) {
      return Optional.of(TRADITIONAL);
    }
    return balance < 0 ? Optional.of(SIMPLIFIED) : Optional.empty();
  }

  /** Returns Traditional-only minus Simplified-only characters in {@code text}. */
  static long votes(CharSequence text) {
    Objects.requireNonNull(text, "text");
    long balance = 0;
    for (int i = 0; i < text.length(); i++) {
      balance += Table.vote(text.charAt(i));
    }
    return balance;
  }

  /** Built on first use only: most writers never need it. */
  private static final class Table {
    private static final char FIRST = '\u3400';
    private static final char LAST = '\u9FFF';
    private static final byte[] VOTES = build();

    static int vote(char c) {
      return c < FIRST || c > LAST ? 0 : VOTES[c - FIRST];
    }

    private static byte[] build() {
      Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
      Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
      byte[] votes = new byte[LAST - FIRST + 1];
      for (char c = FIRST; c <= LAST; c++) {
        if (!Character.isIdeographic(c)) {
          continue;
        }
        String s = String.valueOf(c);
        boolean simplifies = !toSimplified.transliterate(s).equals(s);
        boolean traditionalizes = !toTraditional.transliterate(s).equals(s);
        if (simplifies && !traditionalizes) {
          votes[c - FIRST] = 1;
        } else if (traditionalizes && !simplifies) {
          votes[c - FIRST] = -1;
        }
      }
      return votes;
    }
  }
}
