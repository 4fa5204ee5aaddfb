package io.github.duiqi.lexicon;

import io.github.duiqi.format.FormatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * A Chinese→English lexicon for lexical evidence: each Chinese headword (traditional and
 * simplified alike) with the set of English content words of its glosses, segmentation of
 * Chinese text by longest match over the headwords, English tokenisation into content words,
 * and the translation probability {@code t(e|f) = 1/|gloss(f)|} when {@code e} is one of the
 * glosses of {@code f}.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.builder()
 *     .addFile(Path.of("cedict_ts.u8"))        // CC-CEDICT's own format
 *     .addFile(Path.of("my-glossary.tsv"))     // headword<TAB>gloss; gloss
 *     .build();
 * int[] zh = lexicon.segment("傳統的做法");      // word ids, Lexicon.UNKNOWN for unknown Han
 * int[] en = lexicon.englishWords("the traditional way");
 * double t = lexicon.translationProbability(en[0], zh[0]);
 * }</pre>
 *
 * <p><b>Words as ints.</b> Chinese headwords have ids {@code 0 .. chineseWordCount()-1} in
 * sorted order, English content stems {@code 0 .. englishWordCount()-1} likewise. A cost term
 * converts each sentence once ({@link #segment}, {@link #englishWords}) and then looks pairs up
 * with {@link #glosses(int, int)} or {@link #translationProbability}: a binary search in the
 * headword's sorted gloss array, no allocation.
 *
 * <p>Formats, cleaning rules, segmentation and stemming: {@code docs/lexicon.md}.
 *
 * <p>Immutable and thread-safe: build one and share it between any number of aligners and
 * threads.
 */
public final class Lexicon {
  /** The id of a word the lexicon does not know. */
  public static final int UNKNOWN = -1;
  /** What a stop word or a single letter stems to in {@link #englishWords(List)}'s memo. */
  private static final int NOT_CONTENT = UNKNOWN - 1;

  private final Headwords headwords;
  private final HeadwordTrie trie;
  private final String[] englishWords;
  private final Map<String, Integer> englishIds;
  /** Gloss set of headword h: glossIds[glossStart[set[h]] .. glossStart[set[h] + 1]). */
  private final int[] glossSet;
  private final int[] glossStart;
  private final int[] glossIds;
  private final LexiconReport report;

  /**
   * The lexicon of {@code headwords} (sorted, distinct, folded): headword {@code h} has the
   * English stems of gloss set {@code setOf[h]} (ids into {@code stems.english}, sorted).
   */
  private Lexicon(Headwords headwords, HeadwordTrie trie, Stems stems, int[] setOf,
      GlossSets sets, LexiconReport report) {
    this.headwords = headwords;
    this.trie = trie;
    this.englishWords = stems.english;
    this.englishIds = stems.ids;
    this.glossSet = setOf;
    if (sets.count != sets.start.length - 1) {
      throw new IllegalStateException(sets.count + " gloss sets of " + (sets.start.length - 1));
    }
    this.glossStart = sets.start;
    this.glossIds = Arrays.copyOf(sets.ids, sets.start[sets.count]);
    this.report = report;
  }

  /**
   * Returns a builder that reads dictionary files and builds a lexicon from them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What was read to build this lexicon and what was left out.
   *
   * @return the report
   */
  public LexiconReport report() {
    return report;
  }

  /**
   * The number of Chinese headwords; their ids are {@code 0 .. chineseWordCount()-1}.
   *
   * @return the number of Chinese headwords
   */
  public int chineseWordCount() {
    return headwords.size();
  }

  /**
   * The number of English content stems; their ids are {@code 0 .. englishWordCount()-1}.
   *
   * @return the number of English stems
   */
  public int englishWordCount() {
    return englishWords.length;
  }

  /**
   * The id of Chinese headword {@code word}, or {@link #UNKNOWN}. Full-width ASCII and the
   * middle dots of names match their plain forms.
   * @param word a Chinese word
   * @return the id, or {@link #UNKNOWN}
   */
  public int chineseId(CharSequence word) {
    Objects.requireNonNull(word, "word");
    return word.length() == 0 ? UNKNOWN : trie.find(word);
  }

  /**
   * The headword of id {@code id}.
   *
   * @param id an id
   * @return the headword
   */
  public String chineseWord(int id) {
    Objects.checkIndex(id, chineseWordCount());
    return headwords.toString(id);
  }

  /**
   * The id of English content stem {@code stem}, or {@link #UNKNOWN}.
   *
   * @param stem an English stem, as {@link #englishStems} gives
   * @return the id, or {@link #UNKNOWN}
   */
  public int englishId(String stem) {
    Objects.requireNonNull(stem, "stem");
    Integer id = englishIds.get(stem);
    return id == null ? UNKNOWN : id;
  }

  /**
   * The English content stem of id {@code id}.
   *
   * @param id an id
   * @return the stem
   */
  public String englishWord(int id) {
    Objects.checkIndex(id, englishWords.length);
    return englishWords[id];
  }

  /**
   * The number of distinct English content stems in the glosses of headword {@code id}.
   *
   * @param chineseId a Chinese headword id
   * @return the size of its gloss set
   */
  public int glossSize(int chineseId) {
    Objects.checkIndex(chineseId, chineseWordCount());
    int s = glossSet[chineseId];
    return glossStart[s + 1] - glossStart[s];
  }

  /**
   * The English content stems of headword {@code id}'s glosses: sorted ids, a fresh array.
   *
   * @param chineseId a Chinese headword id
   * @return the stem ids, sorted
   */
  public int[] glossIds(int chineseId) {
    Objects.checkIndex(chineseId, chineseWordCount());
    int s = glossSet[chineseId];
    return Arrays.copyOfRange(glossIds, glossStart[s], glossStart[s + 1]);
  }

  /**
   * The glosses of {@code word} as content stems, sorted; empty if it is not a headword.
   *
   * @param word a Chinese word
   * @return the stems, sorted; empty if {@code word} is not a headword
   */
  public List<String> glosses(CharSequence word) {
    int id = chineseId(word);
    if (id == UNKNOWN) {
      return List.of();
    }
    int s = glossSet[id];
    List<String> out = new ArrayList<>(glossStart[s + 1] - glossStart[s]);
    for (int i = glossStart[s]; i < glossStart[s + 1]; i++) {
      out.add(englishWords[glossIds[i]]);
    }
    Collections.sort(out);
    return Collections.unmodifiableList(out);
  }

  /**
   * Whether English stem {@code englishId} is in the glosses of headword {@code chineseId};
   * false when either is {@link #UNKNOWN}. A binary search; no allocation.
   * @param chineseId a Chinese headword id
   * @param englishId an English stem id
   * @return whether it is
   */
  public boolean glosses(int chineseId, int englishId) {
    if (chineseId == UNKNOWN || englishId == UNKNOWN) {
      return false;
    }
    int s = glossSet[chineseId];
    return Arrays.binarySearch(glossIds, glossStart[s], glossStart[s + 1], englishId) >= 0;
  }

  /**
   * {@code t(e|f)}: {@code 1 / glossSize(f)} if English stem {@code e} is in the glosses of
   * headword {@code f}, else 0 (also when either is {@link #UNKNOWN}).
   * @param englishId an English stem id
   * @param chineseId a Chinese headword id
   * @return t(e|f)
   */
  public double translationProbability(int englishId, int chineseId) {
    return glosses(chineseId, englishId) ? 1.0 / glossSize(chineseId) : 0.0;
  }

  /**
   * Segments Chinese text into headwords by longest match, left to right: the id of each word
   * found, in order; {@link #UNKNOWN} for each Han character that starts no headword. Other
   * characters (Latin, digits, punctuation, spaces) give nothing, unless they start a headword
   * that holds Han ({@code T恤}, {@code ３Ｄ打印}) and do not continue a Latin word or number.
   *
   * @return a fresh array the caller owns
   * @param chinese Chinese text
   */
  public int[] segment(CharSequence chinese) {
    Objects.requireNonNull(chinese, "chinese");
    int[] ids = new int[chinese.length()];
    return Arrays.copyOf(ids, scan(chinese, ids, null));
  }

  /**
   * The words {@link #segment} finds, as the text they cover, in order: each headword found
   * and each unknown Han character alone.
   * @param chinese Chinese text
   * @return the words
   */
  public List<String> segmentText(CharSequence chinese) {
    Objects.requireNonNull(chinese, "chinese");
    int[] ids = new int[chinese.length()];
    int[] starts = new int[chinese.length() + 1];
    int count = scan(chinese, ids, starts);
    List<String> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      out.add(chinese.subSequence(starts[k], starts[k] + spanLength(chinese, ids[k], starts[k]))
          .toString());
    }
    return Collections.unmodifiableList(out);
  }

  private int spanLength(CharSequence text, int id, int start) {
    return id == UNKNOWN ? Character.charCount(Character.codePointAt(text, start))
        : headwords.length(id);
  }

  /** Longest-match segmentation: fills ids (and starts, if given); returns the word count. */
  private int scan(CharSequence chinese, int[] ids, int[] starts) {
    int n = chinese.length();
    int count = 0;
    int i = 0;
    while (i < n) {
      int end = i;
      int id = UNKNOWN;
      char first = HeadwordTrie.fold(chinese.charAt(i));
      // a headword starting with Latin or a digit must not start inside a Latin word or number
      if (!isAsciiAlphanumeric(first) || i == 0
          || !isAsciiAlphanumeric(HeadwordTrie.fold(chinese.charAt(i - 1)))) {
        int node = 0;
        for (int j = i; j < n; j++) {
          node = trie.child(node, HeadwordTrie.fold(chinese.charAt(j)));
          if (node < 0) {
            break;
          }
          int w = trie.wordAt(node);
          if (w >= 0) {
            id = w;
            end = j + 1;
          }
        }
      }
      if (id != UNKNOWN) {
        if (starts != null) {
          starts[count] = i;
        }
        ids[count++] = id;
        i = end;
        continue;
      }
      int cp = Character.codePointAt(chinese, i);
      if (isHan(cp)) {
        if (starts != null) {
          starts[count] = i;
        }
        ids[count++] = UNKNOWN;
      }
      i += Character.charCount(cp);
    }
    return count;
  }

  /**
   * The content words of English text as stem ids, in order, repeats kept: lower-cased,
   * stop words dropped, lightly stemmed; {@link #UNKNOWN} for a content word no gloss holds.
   *
   * @return a fresh array the caller owns
   * @param english English text
   */
  public int[] englishWords(CharSequence english) {
    Objects.requireNonNull(english, "english");
    List<String> stems = EnglishWords.contentStems(english);
    int[] out = new int[stems.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = englishId(stems.get(i));
    }
    return out;
  }

  /**
   * {@link #englishWords(CharSequence)} of each of {@code sentences}, in order: the same ids,
   * faster for many sentences, since each distinct surface word is stemmed and looked up once.
   *
   * <pre>{@code
   * int[][] ids = lexicon.englishWords(List.of("He smiled.", "She smiles."));  // ids[0][0] == ids[1][0]
   * }</pre>
   *
   * @param sentences English sentences
   * @return one fresh array per sentence, which the caller owns
   */
  public int[][] englishWords(List<? extends CharSequence> sentences) {
    Objects.requireNonNull(sentences, "sentences");
    SurfaceMemo memo = new SurfaceMemo();
    int[][] out = new int[sentences.size()][];
    int[] buffer = new int[16];
    int q = -1;
    for (CharSequence sentence : sentences) {
      q++;
      CharSequence text = Objects.requireNonNull(sentence, "sentences[" + q + "]");
      EnglishWords.@Nullable Reader reader = null;
      int n = text.length();
      int count = 0;
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        int id;
        if (c < 0x80 && !EnglishWords.isAsciiLetter(c)) {
          i++;
          continue;
        }
        int j = i + 1;
        if (c < 0x80) {
          // a run of ASCII letters: most words, looked up without a string
          while (j < n && text.charAt(j) < 0x80 && EnglishWords.isAsciiLetter(text.charAt(j))) {
            j++;
          }
        }
        if (c < 0x80 && EnglishWords.endsPlainWord(text, j)) {
          int h = hashOfLowerCase(text, i, j);
          id = memo.get(text, i, j, h);
          if (id == SurfaceMemo.MISSING) {
            String surface = lowerCase(text, i, j);
            id = idOfSurface(surface);
            memo.put(surface, h, id);
          }
          i = j;
        } else {
          if (reader == null) {
            reader = new EnglishWords.Reader(text);
          }
          reader.at = i;
          if (!reader.next()) {
            break;
          }
          i = reader.at;
          String surface = reader.word;
          id = memo.get(surface, 0, surface.length(), surface.hashCode());
          if (id == SurfaceMemo.MISSING) {
            id = idOfSurface(surface);
            memo.put(surface, surface.hashCode(), id);
          }
        }
        if (id != NOT_CONTENT) {
          if (count == buffer.length) {
            buffer = Arrays.copyOf(buffer, 2 * count);
          }
          buffer[count++] = id;
        }
      }
      out[q] = Arrays.copyOf(buffer, count);
    }
    return out;
  }

  /** The id of a surface word's content stem: {@link #UNKNOWN} or {@link #NOT_CONTENT}. */
  private int idOfSurface(String surface) {
    String stem = EnglishWords.contentStem(surface);
    return stem == null ? NOT_CONTENT : englishId(stem);
  }

  /** {@code String.hashCode} of {@code text[from..to)} lower-cased (ASCII letters). */
  private static int hashOfLowerCase(CharSequence text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + (text.charAt(k) | 0x20);
    }
    return h;
  }

  private static String lowerCase(CharSequence text, int from, int to) {
    char[] chars = new char[to - from];
    for (int k = from; k < to; k++) {
      chars[k - from] = (char) (text.charAt(k) | 0x20);
    }
    return new String(chars);
  }

  /**
   * Surface words (lower case) and their ids, looked up by a range of a text's ASCII letters
   * as well as by string, so that a word met again costs no allocation. Open addressing.
   */
  private static final class SurfaceMemo {
    static final int MISSING = Integer.MIN_VALUE;
    private String[] keys = new String[1024];
    private int[] hashes = new int[1024];
    private int[] values = new int[1024];
    private int size;

    /** The id of the word spelt {@code text[from..to)} lower-cased, or {@link #MISSING}. */
    int get(CharSequence text, int from, int to, int h) {
      int mask = keys.length - 1;
      for (int x = spread(h) & mask; ; x = (x + 1) & mask) {
        String key = keys[x];
        if (key == null) {
          return MISSING;
        }
        if (hashes[x] == h && key.length() == to - from && sameLowerCase(key, text, from)) {
          return values[x];
        }
      }
    }

    void put(String key, int h, int value) {
      if (2 * (size + 1) > keys.length) {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        keys = new String[2 * oldKeys.length];
        hashes = new int[keys.length];
        values = new int[keys.length];
        size = 0;
        for (int x = 0; x < oldKeys.length; x++) {
          if (oldKeys[x] != null) {
            put(oldKeys[x], oldHashes[x], oldValues[x]);
          }
        }
      }
      int mask = keys.length - 1;
      int x = spread(h) & mask;
      while (keys[x] != null) {
        x = (x + 1) & mask;
      }
      keys[x] = key;
      hashes[x] = h;
      values[x] = value;
      size++;
    }

    private static int spread(int h) {
      int x = h * 0x9e3779b9;
      return x ^ (x >>> 16);
    }

    /** True if {@code text[from..)} lower-cased (ASCII) spells {@code key}. */
    private static boolean sameLowerCase(String key, CharSequence text, int from) {
      for (int k = 0; k < key.length(); k++) {
        char c = text.charAt(from + k);
        if (key.charAt(k) != (c < 0x80 ? (char) (c | 0x20) : c)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The content words of English text as stems, in order, repeats kept: lower-cased, stop
   * words and single letters dropped, irregular forms mapped to their base
   * ({@code went → go}), then plural, {@code -ed} and {@code -ing} cut and a final {@code e}
   * dropped ({@code making, makes, made, make → mak}). Independent of any lexicon.
   * @param english English text
   * @return the stems
   */
  public static List<String> englishStems(CharSequence english) {
    Objects.requireNonNull(english, "english");
    return Collections.unmodifiableList(EnglishWords.contentStems(english));
  }

  /**
   * Reads dictionary files and builds a {@link Lexicon}. Entries of every source are merged:
   * a headword's glosses are the union of all its entries', and {@code variant of X} /
   * {@code see X} references resolve against every source added, one level deep.
   *
   * <pre>{@code
   * Lexicon lexicon = Lexicon.builder()
   *     .addFile(Path.of("cedict_ts.u8"))
   *     .add("對齊", "to align; alignment")
   *     .build();
   * }</pre>
   *
   * <p>Accepted formats ({@code docs/lexicon.md}):
   * <ul>
   *   <li>CC-CEDICT: {@code 傳統 传统 [chuan2 tong3] /tradition/traditional/};</li>
   *   <li>tab-separated: {@code headword<TAB>gloss}, senses separated by {@code /} or by
   *       {@code ;} outside parentheses and brackets;</li>
   *   <li>the compiled form that {@link #writeCompiled} writes (gzip).</li>
   * </ul>
   * In the text formats blank lines and lines starting with {@code #} are comments; files are
   * UTF-8. A malformed line throws {@link FormatException} with the source and line; a
   * well-formed entry that gives no English content word is counted in
   * {@link LexiconReport#skipped()}.
   *
   * <p>Not thread-safe; the lexicons it builds are.
   */
  public static final class Builder {
    private final Map<String, Integer> headwordIds = new HashMap<>();
    private final List<String> headwords = new ArrayList<>();
    private final Map<String, Integer> surfaceIds = new HashMap<>();
    private final List<String> surfaces = new ArrayList<>();
    private final List<int[]> entryHeadwords = new ArrayList<>();
    private final List<int[]> entryWords = new ArrayList<>();
    private final List<String[][]> entryReferences = new ArrayList<>();
    private final EnumMap<LexiconReport.SkipReason, Integer> skipped =
        new EnumMap<>(LexiconReport.SkipReason.class);
    private int entries;
    /** A compiled file added first and alone so far: not yet merged into the entries. */
    private CompiledForm.@Nullable Data pending;
    /** The English side of {@link #pending}, begun on a thread of its own as it was read. */
    private @Nullable FutureTask<Stems> pendingStems;

    private Builder() {}

    private void flushPending() {
      if (pending != null) {
        CompiledForm.Data data = pending;
        pending = null;
        if (pendingStems != null) {
          pendingStems.cancel(false); // merged entry by entry: its stems are not needed
        }
        pendingStems = null;
        merge(data);
      }
    }

    /** Adds the entries of a compiled file, one a headword. */
    private void merge(CompiledForm.Data data) {
      int[] surface = new int[data.words.length];
      for (int i = 0; i < surface.length; i++) {
        surface[i] = surfaceId(data.words[i]);
      }
      int[][] sets = new int[data.sets.length][];
      for (int s = 0; s < sets.length; s++) {
        int[] set = data.sets[s].clone();
        for (int i = 0; i < set.length; i++) {
          set[i] = surface[set[i]];
        }
        sets[s] = sortedDistinct(set);
      }
      for (int h = 0; h < data.headwords.size(); h++) {
        compiledEntry(data.headwords.toString(h), sets[data.setOf[h]]);
      }
    }

    /**
     * Adds a dictionary file, its format told by its content: the compiled form (gzip), else
     * tab-separated if its first entry line holds a tab, else CC-CEDICT.
     *
     * @throws FormatException if a line is malformed or the file is not UTF-8
     * @throws IOException if the file cannot be read
   * @param file the file
   * @return this builder
   */
    public Builder addFile(Path file) throws IOException {
      Objects.requireNonNull(file, "file");
      byte[] head = new byte[2];
      try (InputStream in = Files.newInputStream(file)) {
        int read = in.readNBytes(head, 0, 2);
        if (read == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
          try (InputStream all = Files.newInputStream(file)) {
            return addCompiled(all, file.toString());
          }
        }
      }
      boolean tsv = false;
      try (var lines = Files.newBufferedReader(file)) {
        String line;
        while ((line = lines.readLine()) != null) {
          line = line.startsWith("\ufeff") ? line.substring(1) : line;
          if (!line.isBlank() && !line.startsWith("#")) {
            tsv = line.indexOf('\t') >= 0;
            break;
          }
        }
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new FormatException(file.toString(), 0, "not valid UTF-8", e);
      }
      return tsv ? addTsv(file) : addCedict(file);
    }

    /**
     * Adds a CC-CEDICT file.
     *
     * @param file the file
     * @return this builder
     * @throws FormatException if a line is malformed or the file is not UTF-8
     * @throws IOException if the file cannot be read
     */
    public Builder addCedict(Path file) throws IOException {
      Objects.requireNonNull(file, "file");
      try (Reader in = Files.newBufferedReader(file)) {
        return addCedict(in, file.toString());
      }
    }

    /**
     * Adds a tab-separated file.
     *
     * @param file the file
     * @return this builder
     * @throws FormatException if a line is malformed or the file is not UTF-8
     * @throws IOException if the file cannot be read
     */
    public Builder addTsv(Path file) throws IOException {
      Objects.requireNonNull(file, "file");
      try (Reader in = Files.newBufferedReader(file)) {
        return addTsv(in, file.toString());
      }
    }

    /**
     * Adds CC-CEDICT lines from {@code in}, which the caller closes; {@code source} names it in
     * error messages.
     * @param in the input
     * @param source what {@code in} is, for error messages
     * @return this builder
     * @throws IOException if reading fails; {@link FormatException} for malformed input
     */
    public Builder addCedict(Reader in, String source) throws IOException {
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(source, "source");
      DictionaryLines.readCedict(in, source, this::entry);
      return this;
    }

    /**
     * Adds tab-separated lines from {@code in}, which the caller closes.
     *
     * @param in the input
     * @param source what {@code in} is, for error messages
     * @return this builder
     * @throws IOException if reading fails; {@link FormatException} for malformed input
     */
    public Builder addTsv(Reader in, String source) throws IOException {
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(source, "source");
      DictionaryLines.readTsv(in, source, this::entry);
      return this;
    }

    /**
     * Adds a compiled lexicon (what {@link #writeCompiled} wrote) from {@code in}, which the
     * caller closes. Added first and alone, it is read by a faster path: on a machine of more
     * than one core a short-lived daemon thread stems its English words while the rest is read.
     *
     * @param in the compiled lexicon, read to its end; the caller closes it
     * @param source what {@code in} is (a file name, a resource), for error messages
     * @return this builder
     * @throws FormatException if it is not a compiled lexicon of this version, or truncated
     * @throws IOException if reading {@code in} fails
     */
    public Builder addCompiled(InputStream in, String source) throws IOException {
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(source, "source");
      if (entries == 0 && pending == null) {
        // alone, it builds by the fast path; its stems are made while the rest is read (a
        // first load in a fresh JVM runs mostly interpreted or freshly compiled code, and the
        // English side and the headwords cost about the same)
        List<FutureTask<Stems>> stems = new ArrayList<>(1);
        CompiledForm.Data data = CompiledForm.read(new BufferedInputStream(in, 1 << 16), source,
            words -> stems.add(startStems(words)));
        pending = data;
        pendingStems = stems.get(0);
      } else {
        flushPending();
        merge(CompiledForm.read(new BufferedInputStream(in, 1 << 16), source));
      }
      return this;
    }

    /**
     * Adds one entry: a headword and its gloss, senses separated by {@code /} or {@code ;}
     * as in a tab-separated file.
     *
     * @throws IllegalArgumentException if the headword is empty or holds a space or a tab,
     *     or the gloss is empty
     * @param headword a Chinese headword
     * @param gloss its gloss
     * @return this builder
     */
    public Builder add(String headword, String gloss) {
      Objects.requireNonNull(headword, "headword");
      Objects.requireNonNull(gloss, "gloss");
      if (headword.indexOf('\n') >= 0 || gloss.indexOf('\n') >= 0 || gloss.indexOf('\t') >= 0) {
        throw new IllegalArgumentException("headword or gloss holds a line break or tab: "
            + headword);
      }
      try {
        DictionaryLines.readTsv(new java.io.StringReader(headword + "\t" + gloss), "entry",
            this::entry);
      } catch (FormatException e) {
        throw new IllegalArgumentException(e.reason(), e);
      } catch (IOException e) {
        throw new AssertionError("a string cannot fail to read", e);
      }
      return this;
    }

    private void entry(String source, long line, String[] heads, List<String> senses) {
      flushPending();
      entries++;
      int[] ids = headwordIds(heads);
      if (ids.length == 0) {
        skip(LexiconReport.SkipReason.NO_HAN_HEADWORD);
        return;
      }
      StringBuilder text = new StringBuilder();
      List<String[]> references = new ArrayList<>();
      for (String sense : senses) {
        GlossCleaner.clean(sense, text, references);
      }
      List<String> words = EnglishWords.surfaceWords(text);
      int[] own = new int[words.size()];
      for (int i = 0; i < own.length; i++) {
        own[i] = surfaceId(words.get(i));
      }
      entryHeadwords.add(ids);
      entryWords.add(sortedDistinct(own));
      entryReferences.add(references.isEmpty() ? null : references.toArray(new String[0][]));
    }

    /** An entry of a compiled file: its words are builder surface ids, sorted, shared. */
    private void compiledEntry(String headword, int[] words) {
      entries++;
      int[] ids = headwordIds(new String[] {headword});
      if (ids.length == 0) {
        skip(LexiconReport.SkipReason.NO_HAN_HEADWORD);
        return;
      }
      entryHeadwords.add(ids);
      entryWords.add(words);
      entryReferences.add(null);
    }

    private int[] headwordIds(String[] heads) {
      int[] ids = new int[heads.length];
      int n = 0;
      for (String h : heads) {
        String folded = fold(h);
        if (holdsHan(folded)) {
          Integer id = headwordIds.get(folded);
          if (id == null) {
            id = headwords.size();
            headwordIds.put(folded, id);
            headwords.add(folded);
          }
          if (n == 0 || ids[0] != id) {
            ids[n++] = id;
          }
        }
      }
      return Arrays.copyOf(ids, n);
    }

    private int surfaceId(String word) {
      Integer id = surfaceIds.get(word);
      if (id == null) {
        id = surfaces.size();
        surfaceIds.put(word, id);
        surfaces.add(word);
      }
      return id;
    }

    private void skip(LexiconReport.SkipReason reason) {
      skipped.merge(reason, 1, Integer::sum);
    }

    /**
     * Builds the lexicon of every entry added so far. The builder stays usable.
     * @return the lexicon
     */
    public Lexicon build() {
      if (pending != null && entryHeadwords.isEmpty()) {
        return buildCompiled(pending, Objects.requireNonNull(pendingStems));
      }
      flushPending();
      Resolved r = resolve();
      // stems of the surface words used, interned in sorted order
      String[] stemOf = new String[surfaces.size()];
      boolean[] seen = new boolean[surfaces.size()];
      for (int[] set : r.words) {
        for (int w : set) {
          if (!seen[w]) {
            seen[w] = true;
            stemOf[w] = EnglishWords.contentStem(surfaces.get(w));
          }
        }
      }
      Stems stems = Stems.of(stemOf);
      int[][] glosses = new int[r.headwords.length][];
      for (int h = 0; h < glosses.length; h++) {
        int[] ids = new int[r.words[h].length];
        int n = 0;
        for (int w : r.words[h]) {
          if (stems.ofWord[w] != UNKNOWN) {
            ids[n++] = stems.ofWord[w];
          }
        }
        glosses[h] = Arrays.copyOf(ids, sortDistinct(ids, 0, n));
      }
      // identical gloss sets (a traditional headword and its simplified form) stored once
      Map<IntArrayKey, Integer> setIndex = new HashMap<>();
      List<int[]> distinct = new ArrayList<>();
      int[] setOf = new int[glosses.length];
      int total = 0;
      for (int h = 0; h < glosses.length; h++) {
        Integer set = setIndex.putIfAbsent(new IntArrayKey(glosses[h]), distinct.size());
        if (set == null) {
          set = distinct.size();
          distinct.add(glosses[h]);
          total += glosses[h].length;
        }
        setOf[h] = set;
      }
      GlossSets sets = new GlossSets(distinct.size(), total);
      for (int[] set : distinct) {
        sets.add(set);
      }
      Headwords heads = Headwords.of(r.headwords);
      return new Lexicon(heads, new HeadwordTrie(heads), stems, setOf, sets,
          new LexiconReport(entries, r.headwords.length, stems.english.length, r.skipped));
    }

    /**
     * Writes every entry added so far, cleaned and with its references resolved, in the
     * compiled form ({@link #addCompiled} reads it back): gzip, the headwords sorted, each with
     * its English words (before stemming, so that a later stemmer reads it the same way).
     * Headwords without glosses are written with an empty word set (they still segment).
     * The caller closes {@code out}.
     * @param out where to write
     * @throws IOException if reading fails; {@link FormatException} for malformed input
     */
    public void writeCompiled(OutputStream out) throws IOException {
      Objects.requireNonNull(out, "out");
      flushPending();
      Resolved r = resolve();
      CompiledForm.write(out, r.headwords, r.words, surfaces);
    }

    /**
     * The lexicon of one compiled file, without the entry-by-entry merge: its headwords are
     * sorted and distinct, its word sets shared. Gives the lexicon {@link #build} gives for the
     * same entries (a test checks it).
     */
    private Lexicon buildCompiled(CompiledForm.Data data, FutureTask<Stems> stemsTask) {
      HeadwordTrie trie = new HeadwordTrie(data.headwords);
      Stems stems = result(stemsTask);
      int total = 0;
      for (int[] set : data.sets) {
        total += set.length;
      }
      GlossSets sets = new GlossSets(data.sets.length, total);
      for (int[] set : data.sets) {
        sets.addStemsOf(set, stems.ofWord);
      }
      // a headword without content words stays, without glosses, as build() keeps it
      int empty = 0;
      for (int h = 0; h < data.headwords.size(); h++) {
        if (sets.size(data.setOf[h]) == 0) {
          empty++;
        }
      }
      EnumMap<LexiconReport.SkipReason, Integer> skips = new EnumMap<>(skipped);
      if (empty > 0) {
        skips.merge(LexiconReport.SkipReason.NO_CONTENT, empty, Integer::sum);
      }
      int kept = data.headwords.size();
      return new Lexicon(data.headwords, trie, stems, data.setOf, sets,
          new LexiconReport(kept, kept, stems.english.length, skips));
    }

    /**
     * Makes the stems of a compiled file's words ({@link Stems#of}) on a thread of its own when
     * the machine has more than one core, else when the result is asked for.
     */
    private static FutureTask<Stems> startStems(String[] words) {
      FutureTask<Stems> task = new FutureTask<>(() -> {
        String[] stemOf = new String[words.length];
        for (int w = 0; w < stemOf.length; w++) {
          stemOf[w] = EnglishWords.contentStem(words[w]);
        }
        return Stems.of(stemOf);
      });
      if (Runtime.getRuntime().availableProcessors() > 1) {
        Thread thread = new Thread(task, "duiqi-lexicon-stems");
        thread.setDaemon(true);
        try {
          thread.start();
        } catch (OutOfMemoryError | RuntimeException e) {
          // no thread to be had (a container's limit): the caller runs the task in result()
        }
      }
      return task;
    }

    /**
     * The task's result (run here if no thread has begun it), waited for without giving up on
     * an interrupt (which is kept).
     */
    static <T> T result(FutureTask<T> task) {
      task.run(); // nothing if a thread has begun it
      boolean interrupted = false;
      try {
        while (true) {
          try {
            return task.get();
          } catch (InterruptedException e) {
            interrupted = true;
          } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
              throw r;
            }
            if (cause instanceof Error error) {
              throw error;
            }
            throw new IllegalStateException(cause);
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    /** The headwords (sorted) and their surface word sets, references resolved. */
    private static final class Resolved {
      final String[] headwords;
      final int[][] words;
      final Map<LexiconReport.SkipReason, Integer> skipped;

      Resolved(String[] headwords, int[][] words, Map<LexiconReport.SkipReason, Integer> skipped) {
        this.headwords = headwords;
        this.words = words;
        this.skipped = skipped;
      }
    }

    private Resolved resolve() {
      int entryCount = entryHeadwords.size();
      // entries of each headword
      int[] count = new int[headwords.size() + 1];
      for (int[] hs : entryHeadwords) {
        for (int h : hs) {
          count[h + 1]++;
        }
      }
      for (int h = 0; h < headwords.size(); h++) {
        count[h + 1] += count[h];
      }
      int[] byHeadword = new int[count[headwords.size()]];
      int[] fill = Arrays.copyOf(count, headwords.size());
      for (int e = 0; e < entryCount; e++) {
        for (int h : entryHeadwords.get(e)) {
          byHeadword[fill[h]++] = e;
        }
      }
      boolean[] content = new boolean[surfaces.size()];
      for (int w = 0; w < content.length; w++) {
        content[w] = EnglishWords.contentStem(surfaces.get(w)) != null;
      }
      int[][] own = new int[headwords.size()][];
      int[][] resolved = new int[headwords.size()][];
      EnumMap<LexiconReport.SkipReason, Integer> skips = new EnumMap<>(skipped);
      for (int e = 0; e < entryCount; e++) {
        int[] words = entryWords.get(e);
        String[][] refs = entryReferences.get(e);
        if (refs != null) {
          for (String[] alternatives : refs) {
            int target = UNKNOWN;
            for (String alt : alternatives) {
              Integer id = headwordIds.get(fold(alt));
              if (id != null) {
                target = id;
                break;
              }
            }
            if (target != UNKNOWN) {
              words = union(words, ownWords(target, own, count, byHeadword));
            }
          }
        }
        boolean any = false;
        for (int w : words) {
          any |= content[w];
        }
        if (!any) {
          // no gloss, but the headword stays a word for segmentation (他們 is "they; them")
          skips.merge(refs == null ? LexiconReport.SkipReason.NO_CONTENT
              : LexiconReport.SkipReason.UNRESOLVED_REFERENCE, 1, Integer::sum);
          words = new int[0];
        }
        for (int h : entryHeadwords.get(e)) {
          resolved[h] = resolved[h] == null ? words : union(resolved[h], words);
        }
      }
      List<Integer> kept = new ArrayList<>();
      for (int h = 0; h < headwords.size(); h++) {
        if (resolved[h] != null) {
          kept.add(h);
        }
      }
      kept.sort((a, b) -> headwords.get(a).compareTo(headwords.get(b)));
      String[] heads = new String[kept.size()];
      int[][] words = new int[kept.size()][];
      for (int i = 0; i < heads.length; i++) {
        heads[i] = headwords.get(kept.get(i));
        words[i] = resolved[kept.get(i)];
      }
      return new Resolved(heads, words, skips);
    }

    /** The union of the words a headword's entries give themselves (no references). */
    private int[] ownWords(int headword, int[][] own, int[] count, int[] byHeadword) {
      if (own[headword] == null) {
        int[] words = new int[0];
        for (int k = count[headword]; k < count[headword + 1]; k++) {
          words = union(words, entryWords.get(byHeadword[k]));
        }
        own[headword] = words;
      }
      return own[headword];
    }
  }

  static String fold(String headword) {
    char[] c = headword.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = HeadwordTrie.fold(c[i]);
    }
    return new String(c);
  }

  static int[] sortedDistinct(int[] values) {
    int[] v = values.clone();
    int n = sortDistinct(v, 0, v.length);
    return n == v.length ? v : Arrays.copyOf(v, n);
  }

  /** Sorts {@code v[from..to)} and drops its repeats; returns the end of the distinct values. */
  private static int sortDistinct(int[] v, int from, int to) {
    Arrays.sort(v, from, to);
    int end = from;
    for (int i = from; i < to; i++) {
      if (end == from || v[end - 1] != v[i]) {
        v[end++] = v[i];
      }
    }
    return end;
  }

  /** The union of two sorted distinct arrays, sorted and distinct. */
  static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int v;
      if (j >= b.length || i < a.length && a[i] < b[j]) {
        v = a[i++];
      } else if (i >= a.length || b[j] < a[i]) {
        v = b[j++];
      } else {
        v = a[i++];
        j++;
      }
      out[n++] = v;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * Whether the {@code length} characters at {@code c[at]} can be a headword, those before
   * {@code c[foldedFrom]} known to be folded: the rest folded, and a Han character somewhere.
   */
  static boolean isHeadword(char[] c, int foldedFrom, int at, int length) {
    for (int i = foldedFrom; i < at + length; i++) {
      if (HeadwordTrie.fold(c[i]) != c[i]) {
        return false;
      }
    }
    return length > 0 && isHan(c[at]) || holdsHan(CharBuffer.wrap(c, at, length));
  }

  private static boolean holdsHan(CharSequence s) {
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      if (isHan(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  static boolean isHan(int cp) {
    // the CJK Unified Ideographs of Unicode 1.1 first: most headwords start with one
    return cp >= '\u4e00' && cp <= '\u9fa5'
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  /**
   * The English side: the distinct stems sorted (their ids), the id of each, and the stem id of
   * each surface word ({@link #UNKNOWN} for a word without a content stem).
   */
  private static final class Stems {
    final String[] english;
    final Map<String, Integer> ids;
    final int[] ofWord;

    private Stems(String[] english, Map<String, Integer> ids, int[] ofWord) {
      this.english = english;
      this.ids = ids;
      this.ofWord = ofWord;
    }

    /** The stems of surface words {@code stemOf} (null: no content stem). */
    static Stems of(@Nullable String[] stemOf) {
      Map<String, Integer> ids = new HashMap<>(stemOf.length * 2);
      for (String stem : stemOf) {
        if (stem != null) {
          ids.putIfAbsent(stem, UNKNOWN);
        }
      }
      String[] english = ids.keySet().toArray(new String[0]);
      Arrays.sort(english);
      for (int i = 0; i < english.length; i++) {
        ids.put(english[i], i); // one map: built here, looked up by englishId later
      }
      int[] ofWord = new int[stemOf.length];
      for (int w = 0; w < ofWord.length; w++) {
        ofWord[w] = stemOf[w] == null ? UNKNOWN : ids.get(stemOf[w]);
      }
      return new Stems(english, ids, ofWord);
    }
  }

  /**
   * Gloss sets written one after another into one array as they are made (set {@code s} is
   * {@code ids[start[s] .. start[s + 1])}): no array a set while loading.
   */
  private static final class GlossSets {
    final int[] start;
    final int[] ids;
    int count;

    GlossSets(int sets, int capacity) {
      this.start = new int[sets + 1];
      this.ids = new int[capacity];
    }

    int size(int set) {
      return start[set + 1] - start[set];
    }

    /** Adds the set of the stems of {@code words}, words without a stem left out. */
    void addStemsOf(int[] words, int[] wordStem) {
      int from = start[count];
      int at = from;
      for (int w : words) {
        if (wordStem[w] != UNKNOWN) {
          ids[at++] = wordStem[w];
        }
      }
      start[++count] = sortDistinct(ids, from, at);
    }

    /** Adds a set of stem ids already sorted and distinct. */
    void add(int[] set) {
      System.arraycopy(set, 0, ids, start[count], set.length);
      start[count + 1] = start[count] + set.length;
      count++;
    }
  }

  /** An int[] with value equality, for sharing identical gloss sets. */
  private static final class IntArrayKey {
    private final int[] values;

    IntArrayKey(int[] values) {
      this.values = values;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof IntArrayKey k && Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }
}
