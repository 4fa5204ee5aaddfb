package io.github.duiqi.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English tokenisation for lexical evidence: words are maximal runs of letters, lower-cased;
 * clitics ({@code 's}, {@code n't}, {@code 'll} ...) are cut off; a word is a content word
 * unless it is a stop word or a single letter; content words are stemmed lightly (a table of
 * irregular forms, then plural, {@code -ed} and {@code -ing} rules).
 *
 * <p>The same rules apply to glosses and to the English text, so a stem need not be a real
 * word; it only has to be the same on both sides ({@code making}, {@code makes}, {@code made}
 * and {@code make} all give {@code mak}).
 *
 * <p>The static methods are stateless and thread-safe; a {@link Reader} is not.
 */
final class EnglishWords {
  private EnglishWords() {}

  /**
   * The lower-cased words of {@code text}, clitics cut off, before stop words and stemming:
   * what the compiled form stores, so that a later change of the stop words or the stemmer
   * needs no new compiled file.
   */
  static List<String> surfaceWords(CharSequence text) {
    List<String> out = new ArrayList<>();
    Reader reader = new Reader(text);
    while (reader.next()) {
      out.add(reader.word);
    }
    return out;
  }

  /**
   * Reads the {@link #surfaceWords} of a text one at a time, from any position where a word
   * may start ({@link #at}: the start, or the end of the word just read). Not thread-safe.
   */
  static final class Reader {
    private final CharSequence text;
    private final StringBuilder buffer = new StringBuilder();
    /** Where the next word is looked for. */
    int at;
    /** The word {@link #next} read. */
    String word = "";

    Reader(CharSequence text) {
      this.text = text;
    }

    /** Reads the next surface word into {@link #word}; false if there is none. */
    boolean next() {
      CharSequence t = text;
      int n = t.length();
      int i = at;
      StringBuilder w = buffer;
      while (i < n) {
        int cp = folded(t, i);
        if (cp < 0x80 ? !isAsciiLetter(cp) : !isWordLetter(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        w.setLength(0);
        while (i < n) {
          cp = folded(t, i);
          if (cp < 0x80 && isAsciiLetter(cp)) {
            w.append((char) (cp | 0x20));
            i++;
          } else if (cp >= 0x80 && isWordLetter(cp)) {
            w.appendCodePoint(Character.toLowerCase(cp));
            i += Character.charCount(cp);
          } else if (isApostrophe(cp) && i + 1 < n
              && isWordLetter(Character.codePointAt(t, i + 1)) && w.length() > 0) {
            w.append('\'');
            i++;
          } else {
            break;
          }
        }
        String surface = withoutClitic(w.toString());
        if (!surface.isEmpty()) {
          at = i;
          word = surface;
          return true;
        }
      }
      at = n;
      return false;
    }
  }

  /**
   * True if a run of ASCII letters ending at {@code to} is a whole surface word as
   * {@link Reader} reads it from the run's start: the next character, if any, is ASCII and
   * neither a letter nor an apostrophe (the word then ends at {@code to}, lower-cased, with no
   * clitic to cut).
   */
  static boolean endsPlainWord(CharSequence text, int to) {
    if (to == text.length()) {
      return true;
    }
    char c = text.charAt(to);
    return c < 0x80 && c != '\'' && !isAsciiLetter(c);
  }

  /**
   * The content stem of a surface word (one of {@link #surfaceWords}), or null if it is not a
   * content word (a stop word, a single letter).
   */
  static String contentStem(String surface) {
    if (surface.length() < 2 || STOP_WORDS.contains(surface)) {
      return null;
    }
    String stem = stem(surface);
    return STOP_WORDS.contains(stem) ? null : stem;
  }

  /** The content stems of {@code text}, in order, repeats kept. */
  static List<String> contentStems(CharSequence text) {
    List<String> out = new ArrayList<>();
    for (String w : surfaceWords(text)) {
      String s = contentStem(w);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** The code point at {@code i}, full-width ASCII folded to ASCII (Ｔｅａ → Tea). */
  private static int folded(CharSequence text, int i) {
    char c = text.charAt(i);
    return c >= '\uff01' && c <= '\uff5e' ? c - 0xfee0 : Character.codePointAt(text, i);
  }

  static boolean isAsciiLetter(int cp) {
    int lower = cp | 0x20;
    return lower >= 'a' && lower <= 'z';
  }

  private static boolean isWordLetter(int cp) {
    // Latin, Greek and Cyrillic letters; Han and other scripts are not English words
    if (!Character.isLetter(cp)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
        || script == Character.UnicodeScript.CYRILLIC;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019';
  }

  private static String withoutClitic(String w) {
    int apostrophe = w.indexOf('\'');
    if (apostrophe < 0) {
      return w;
    }
    if (w.endsWith("n't")) {
      String base = w.substring(0, w.length() - 3);
      return switch (base) {
        case "wo" -> "will";
        case "ca" -> "can";
        case "sha" -> "shall";
        default -> base;
      };
    }
    String tail = w.substring(apostrophe + 1);
    if (tail.equals("s") || tail.equals("ll") || tail.equals("re") || tail.equals("ve")
        || tail.equals("d") || tail.equals("m") || tail.equals("t")) {
      return w.substring(0, apostrophe);
    }
    // o'clock, rock'n'roll: one word without its apostrophes
    return w.replace("'", "");
  }

  /** The light stem of a lower-case word. */
  static String stem(String w) {
    String irregular = IRREGULAR.get(w);
    return withoutFinalE(irregular != null ? irregular : regularStem(w));
  }

  private static String regularStem(String w) {
    int n = w.length();
    if (n <= 3) {
      return w;
    }
    // plurals and third persons
    if (w.endsWith("ies")) {
      return n <= 4 ? w.substring(0, n - 1) : w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")
        || w.endsWith("zzes")) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    // past tenses and participles
    if (w.endsWith("eed")) {
      return measure(w, n - 3) > 0 ? w.substring(0, n - 1) : w;
    }
    if (w.endsWith("ied")) {
      return n > 4 ? w.substring(0, n - 3) + "y" : w.substring(0, n - 1);
    }
    if (w.endsWith("ed") && hasVowel(w, n - 2)) {
      return undoubled(w.substring(0, n - 2));
    }
    if (w.endsWith("ing") && hasVowel(w, n - 3)) {
      return undoubled(w.substring(0, n - 3));
    }
    return w;
  }

  /** hopp(ed) → hop, but fall, pass, buzz stay. */
  private static String undoubled(String s) {
    int n = s.length();
    if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && !isVowel(s, n - 1)
        && "lsz".indexOf(s.charAt(n - 1)) < 0) {
      return s.substring(0, n - 1);
    }
    return s;
  }

  /**
   * A final e is dropped from words of more than 3 letters, so that a stem is the same
   * whether or not the suffix rules cut an e: make, making, made → mak; hope, hoped → hop.
   */
  private static String withoutFinalE(String s) {
    return s.length() > 3 && s.charAt(s.length() - 1) == 'e' ? s.substring(0, s.length() - 1) : s;
  }

  private static boolean isVowel(String s, int i) {
    char c = s.charAt(i);
    if ("aeiou".indexOf(c) >= 0) {
      return true;
    }
    return c == 'y' && i > 0 && !isVowel(s, i - 1);
  }

  private static boolean hasVowel(String s, int end) {
    for (int i = 0; i < end; i++) {
      if (isVowel(s, i)) {
        return true;
      }
    }
    return false;
  }

  /** Porter's measure: the number of vowel-consonant sequences in {@code s[0, end)}. */
  private static int measure(String s, int end) {
    int m = 0;
    boolean previousVowel = false;
    for (int i = 0; i < end; i++) {
      boolean vowel = isVowel(s, i);
      if (!vowel && previousVowel) {
        m++;
      }
      previousVowel = vowel;
    }
    return m;
  }

  /** Function words, and the abbreviations dictionaries use (sb, sth, lit., fig., ...). */
  static final Set<String> STOP_WORDS = Set.copyOf(words(
      "a about above after again against all almost also although always am among an and "
          + "another any anybody anyone anything are around as at be because been before being "
          + "below between both but by can could did do does doing done down during each "
          + "either else enough etc even ever every everybody everyone everything few for "
          + "from further had has have having he her here hers herself him himself his how "
          + "however i if in into is it its itself just least less let like may me might mine "
          + "more most much must my myself neither no nobody none nor not nothing now of off "
          + "often on once one only onto or other others ought our ours ourselves out over "
          + "own per perhaps quite rather same shall she should since so some somebody someone "
          + "something sometimes somewhat such than that the their theirs them themselves then "
          + "there these they this those though through thus till to too toward towards under "
          + "unless until up upon us very via was we were what whatever when whenever where "
          + "whereas whether which while who whoever whom whose why will with within without "
          + "would yet you your yours yourself yourselves "
          // dictionary abbreviations and meta words
          + "sb sth abbr lit fig esp cf pr eg ie usu oneself classifier"));

  /**
   * Irregular forms and the stems they share with their base (plus a few words the rules would
   * cut wrongly, mapped to themselves). Written for this project from standard English grammar.
   */
  static final Map<String, String> IRREGULAR = irregular(
      // irregular verbs: past tense and participle
      "was be", "were be", "been be", "am be", "is be", "are be",
      "had have", "has have", "did do", "done do", "does do",
      "went go", "gone go", "goes go", "made make", "said say", "says say",
      "took take", "taken take", "came come", "saw see", "seen see", "knew know",
      "known know", "got get", "gotten get", "gave give", "given give", "found find",
      "thought think", "told tell", "became become", "left leave", "felt feel",
      "brought bring", "began begin", "begun begin", "kept keep", "held hold",
      "wrote write", "written write", "stood stand", "heard hear", "meant mean",
      "met meet", "ran run", "paid pay", "sat sit", "spoke speak", "spoken speak",
      "lain lie", "led lead", "grew grow", "grown grow", "lost lose",
      "fell fall", "fallen fall", "sent send", "built build", "understood understand",
      "drew draw", "drawn draw", "broke break", "broken break", "spent spend",
      "rose rise", "risen rise", "drove drive", "driven drive", "bought buy",
      "wore wear", "worn wear", "chose choose", "chosen choose", "sought seek",
      "threw throw", "thrown throw", "caught catch", "fought fight", "taught teach",
      "sold sell", "ate eat", "eaten eat", "flew fly", "flown fly", "forgot forget",
      "forgotten forget", "hung hang", "hid hide", "hidden hide", "bit bite",
      "bitten bite", "blew blow", "blown blow", "rode ride", "ridden ride", "rang ring",
      "rung ring", "sang sing", "sung sing", "sank sink", "sunk sink", "swam swim",
      "swum swim", "struck strike", "stole steal", "stolen steal", "shook shake",
      "shaken shake", "shot shoot", "slept sleep", "woke wake", "woken wake",
      "won win", "wept weep", "fed feed", "fled flee", "bred breed", "bled bleed",
      "dug dig", "froze freeze", "frozen freeze", "lent lend", "slid slide",
      "spun spin", "swore swear", "sworn swear", "tore tear", "torn tear",
      "dealt deal", "dreamt dream", "leapt leap", "bound bind", "wound wind",
      "ground grind", "laid lay", "shone shine", "strove strive", "forgave forgive",
      "forgiven forgive", "arose arise", "arisen arise", "awoke awake", "bore bear",
      "borne bear", "beaten beat", "betook betake", "clung cling", "crept creep",
      "drank drink", "drunk drink", "fitted fit", "forbade forbid", "forbidden forbid",
      "overcame overcome", "stuck stick", "stung sting", "swept sweep", "swung swing",
      "undertook undertake", "withdrew withdraw", "withdrawn withdraw",
      // irregular plurals
      "men man", "women woman", "children child", "feet foot", "teeth tooth",
      "geese goose", "mice mouse", "lice louse", "oxen ox", "wives wife",
      "knives knife", "lives life", "leaves leaf", "wolves wolf", "halves half",
      "shelves shelf", "thieves thief", "loaves loaf", "calves calf", "selves self",
      "phenomena phenomenon", "criteria criterion", "data datum", "media medium",
      "analyses analysis", "crises crisis", "theses thesis", "bases basis",
      "potatoes potato", "tomatoes tomato", "heroes hero", "echoes echo",
      "shoes shoe", "toes toe", "foes foe", "canoes canoe", "horses horse",
      "houses house", "uses use", "causes cause", "dies die", "lies lie", "ties tie",
      "pies pie", "dying die", "lying lie", "tying tie",
      // comparatives
      "better good", "best good", "worse bad", "worst bad",
      // words the rules would cut wrongly
      "news news", "series series", "species species", "means means",
      "always always", "perhaps perhaps", "evening evening", "morning morning",
      "ceiling ceiling", "pudding pudding", "wedding wedding", "herring herring",
      "sibling sibling", "king king", "ring ring", "wing wing", "thing thing",
      "bed bed", "red red", "hundred hundred", "sacred sacred", "naked naked",
      "wicked wicked", "kindred kindred", "hatred hatred");

  private static List<String> words(String s) {
    return List.of(s.trim().split("\\s+"));
  }

  private static Map<String, String> irregular(String... pairs) {
    Map<String, String> m = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (String p : pairs) {
      String[] kv = p.split(" ");
      if (kv.length != 2 || !seen.add(kv[0])) {
        throw new AssertionError("bad or repeated irregular form: " + p);
      }
      m.put(kv[0], kv[1]);
    }
    return Map.copyOf(m);
  }
}
