package io.github.duiqi.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chinese names that the English writes in pinyin, found in the document pair itself with no
 * dictionary: a run of {@value #MIN_SYLLABLES} to {@value #MAX_SYLLABLES} Han characters whose
 * toneless pinyin ({@link Pinyin}) spells a capitalised English word, or two capitalised words
 * written next to each other ({@code 琦瑶} Qiyao, {@code 王琦瑶} Wang Qiyao), where the spelling
 * occurs at least {@value #MIN_OCCURRENCES} times on each side. Recurrence on both sides is what
 * keeps chance spellings out: a pair of characters that happens to spell one English word once
 * is no name.
 *
 * <p>Each occurrence of a name, on either side, is one mention of an entity: a name of two
 * words is the same entity as each of its words that is a name too ({@code Wang Qiyao} and
 * {@code Qiyao}), so that {@code 琦瑶} in the Chinese matches {@code Wang Qiyao} in the English.
 * The cost term ({@link CostModel}) counts the mentions of a bead whose entity the bead's other
 * side does not mention. The Chinese is read at each position for its longest name, the English
 * for a two-word name before a one-word one.
 *
 * <p>Built once for a document pair (or the blocks of one stream) and shared by the models of
 * its paragraph pairs through offsets, as {@link LexicalEvidence} is. Immutable; thread-safe.
 */
final class NameEvidence {

  static final int MIN_SYLLABLES = 2;
  static final int MAX_SYLLABLES = 4;
  static final int MIN_OCCURRENCES = 2;
  /**
   * A capitalised word is a name only if it is written in lower case at most once for every
   * this many times capitalised.
   */
  static final int LOWER_CASE_SHARE = 4;
  /**
   * A spelling is a name only if the Chinese reads it at most this many times as often as the
   * English writes it capitalised: a common word that happens to spell a name (程度 cheng-du,
   * beside Chengdu, which the table reads 成都 cheng-dou) outnumbers it.
   */
  static final int MAX_CHINESE_SHARE = 3;

  /** Chinese sentence {@code i}'s mentions are {@code zhNames[zhAt[i]..zhAt[i + 1])}. */
  final int[] zhAt;
  final int[] zhNames;
  /** English sentence {@code q}'s mentions are {@code enNames[enAt[q]..enAt[q + 1])}. */
  final int[] enAt;
  final int[] enNames;
  /**
   * The names found, by entity: the longest spelling of each (of two as long, the first in
   * alphabetical order), for tracing.
   */
  final List<String> entities;

  private NameEvidence(int[] zhAt, int[] zhNames, int[] enAt, int[] enNames,
      List<String> entities) {
    this.zhAt = zhAt;
    this.zhNames = zhNames;
    this.enAt = enAt;
    this.enNames = enNames;
    this.entities = entities;
  }

  /** True if no name was found: the term is 0 on every bead. */
  boolean isEmpty() {
    return entities.isEmpty();
  }

  /** Sentences a side from which the reading is split between threads. */
  static final int PARALLEL_FROM = 4_000;

  /** The names of a document pair, found on the calling thread; texts are only read. */
  static NameEvidence of(List<String> chinese, List<String> english) {
    return of(chinese, english, 1);
  }

  /**
   * The names of a document pair, the texts read on up to {@code threads} threads (in parts of
   * at least {@link #PARALLEL_FROM} sentences): the same names whatever the threads.
   */
  static NameEvidence of(List<String> chinese, List<String> english, int threads) {
    int parts = Math.max(1, Math.min(threads,
        Math.min(chinese.size(), english.size()) / PARALLEL_FROM));
    // 1. the English spellings: capitalised words and pairs of them, counted, in one reading
    // of the English that also counts its lower-case words
    EnglishScan scan = EnglishScan.of(english, parts);
    List<String> forms = scan.forms;
    if (forms.isEmpty()) {
      return none(chinese.size(), english.size());
    }
    // 2. each spelling's readings as 2..4 syllables, keyed by the syllables' ids
    SyllableKeys keys = new SyllableKeys();
    java.util.Map<String, Integer> syllableIds = new java.util.HashMap<>();
    for (int s = 0; s < Pinyin.syllables(); s++) {
      syllableIds.put(Pinyin.text(s), s);
    }
    // spellings that read as the same syllables ("Like" and "Li Ke") share the key
    for (int f = 0; f < forms.size(); f++) {
      addReadings(forms.get(f), 0, true, 0, 0, f, syllableIds, keys);
    }
    if (keys.size == 0) {
      return none(chinese.size(), english.size());
    }
    // 3. the Chinese occurrences of each spelling; a position is read further only if its
    // first two syllables begin a reading (most positions of a text begin none)
    int syllables = Pinyin.syllables();
    java.util.BitSet firstTwo = keys.firstTwo(syllables);
    boolean[] candidate = new boolean[chinese.size()];
    int[][] partCounts = new int[parts][forms.size()];
    Parallel.run(parts, parts, part -> countReadings(chinese, from(part, parts, chinese.size()),
        from(part + 1, parts, chinese.size()), keys, firstTwo, partCounts[part], candidate));
    int[] zhCount = partCounts[0];
    for (int part = 1; part < parts; part++) {
      for (int f = 0; f < zhCount.length; f++) {
        zhCount[f] += partCounts[part][f];
      }
    }
    // 4. names: spellings recurring on both sides, and a single word seldom written in lower
    // case ("Like" and "Take" begin sentences, and spell li-ke and ta-ke); entities join a
    // pair to its named words
    boolean[] isName = new boolean[forms.size()];
    for (int f = 0; f < forms.size(); f++) {
      int capitalised = scan.counts.data[f];
      isName[f] = zhCount[f] >= MIN_OCCURRENCES && capitalised >= MIN_OCCURRENCES
          && zhCount[f] <= MAX_CHINESE_SHARE * capitalised
          && (forms.get(f).indexOf(' ') >= 0
              || LOWER_CASE_SHARE * scan.lowerCase(forms.get(f)) <= capitalised);
    }
    int named = 0;
    for (boolean name : isName) {
      named += name ? 1 : 0;
    }
    if (named == 0) {
      return none(chinese.size(), english.size());
    }
    int[] parent = new int[forms.size()];
    for (int f = 0; f < parent.length; f++) {
      parent[f] = f;
    }
    for (int f = 0; f < forms.size(); f++) {
      String form = forms.get(f);
      int space = form.indexOf(' ');
      if (!isName[f] || space < 0) {
        continue;
      }
      for (String part : new String[] {form.substring(0, space), form.substring(space + 1)}) {
        int p = scan.id(part);
        if (p >= 0 && isName[p]) {
          union(parent, f, p);
        }
      }
    }
    // names that read as the same syllables are one entity: 李可 is Like as much as Li Ke
    keys.forEachChain(node -> {
      int first = -1;
      for (int k = node; k >= 0; k = keys.next(k)) {
        int f = keys.form(k);
        if (isName[f]) {
          if (first < 0) {
            first = f;
          } else {
            union(parent, first, f);
          }
        }
      }
    });
    // entity ids in order of first spelling seen (the English order: deterministic), each
    // labelled with its longest spelling
    int[] entityOf = new int[forms.size()];
    Arrays.fill(entityOf, -1);
    List<String> entities = new ArrayList<>();
    int[] entityOfRoot = new int[forms.size()];
    Arrays.fill(entityOfRoot, -1);
    for (int f = 0; f < forms.size(); f++) {
      if (isName[f]) {
        int root = find(parent, f);
        if (entityOfRoot[root] < 0) {
          entityOfRoot[root] = entities.size();
          entities.add(forms.get(f));
        } else if (longer(forms.get(f), entities.get(entityOfRoot[root]))) {
          entities.set(entityOfRoot[root], forms.get(f));
        }
        entityOf[f] = entityOfRoot[root];
      }
    }
    // 5. the mentions, sentence by sentence
    int[] zhAt = new int[chinese.size() + 1];
    Profile.IntList zhNames = new Profile.IntList();
    for (int i = 0; i < chinese.size(); i++) {
      if (candidate[i]) {
        String s = chinese.get(i);
        for (int c = 0; c < s.length(); ) {
          int longest = 0;
          int entity = -1;
          long key = 0;
          int y0 = Pinyin.syllable(s.charAt(c));
          int y1 = c + 1 < s.length() ? Pinyin.syllable(s.charAt(c + 1)) : -1;
          boolean begins = y0 >= 0 && y1 >= 0 && firstTwo.get(y0 * syllables + y1);
          for (int n = 0; begins && n < MAX_SYLLABLES && c + n < s.length(); n++) {
            int y = Pinyin.syllable(s.charAt(c + n));
            if (y < 0) {
              break;
            }
            key = SyllableKeys.extend(key, y, n);
            int node = n + 1 >= MIN_SYLLABLES ? keys.get(key) : -1;
            while (node >= 0 && !isName[keys.form(node)]) {
              node = keys.next(node);
            }
            if (node >= 0) {
              int f = keys.form(node);
              longest = n + 1;
              entity = entityOf[f];
            }
          }
          if (entity >= 0) {
            zhNames.add(entity);
            c += longest;
          } else {
            c++;
          }
        }
      }
      zhAt[i + 1] = zhNames.size;
    }
    int[] enAt = new int[english.size() + 1];
    Profile.IntList enNames = new Profile.IntList();
    int[] single = scan.single.data;
    int[] pairWithPrevious = scan.pairWithPrevious.data;
    for (int q = 0; q < english.size(); q++) {
      int last = scan.wordAt[q + 1];
      for (int w = scan.wordAt[q]; w < last; w++) {
        int pair = w + 1 < last ? pairWithPrevious[w + 1] : -1;
        if (pair >= 0 && isName[pair]) {
          enNames.add(entityOf[pair]);
          w++;
        } else if (isName[single[w]]) {
          enNames.add(entityOf[single[w]]);
        }
      }
      enAt[q + 1] = enNames.size;
    }
    return new NameEvidence(zhAt, zhNames.toArray(), enAt, enNames.toArray(),
        List.copyOf(entities));
  }

  /** The first sentence of part {@code part} of {@code parts} of {@code n} sentences. */
  private static int from(int part, int parts, int n) {
    return (int) ((long) n * part / parts);
  }

  /**
   * Counts the readings found in Chinese sentences {@code from..to-1} into {@code counts} and
   * marks the sentences holding one.
   */
  private static void countReadings(List<String> chinese, int from, int to, SyllableKeys keys,
      java.util.BitSet firstTwo, int[] counts, boolean[] candidate) {
    int syllables = Pinyin.syllables();
    for (int i = from; i < to; i++) {
      String s = chinese.get(i);
      int next = s.isEmpty() ? -1 : Pinyin.syllable(s.charAt(0));
      for (int c = 0; c < s.length(); c++) {
        int y0 = next;
        next = c + 1 < s.length() ? Pinyin.syllable(s.charAt(c + 1)) : -1;
        if (y0 < 0 || next < 0 || !firstTwo.get(y0 * syllables + next)) {
          continue;
        }
        long key = 0;
        for (int n = 0; n < MAX_SYLLABLES && c + n < s.length(); n++) {
          int y = Pinyin.syllable(s.charAt(c + n));
          if (y < 0) {
            break;
          }
          key = SyllableKeys.extend(key, y, n);
          if (n + 1 >= MIN_SYLLABLES) {
            for (int node = keys.get(key); node >= 0; node = keys.next(node)) {
              counts[keys.form(node)]++;
              candidate[i] = true;
            }
          }
        }
      }
    }
  }

  private static NameEvidence none(int chinese, int english) {
    return new NameEvidence(new int[chinese + 1], new int[0], new int[english + 1], new int[0],
        List.of());
  }

  /**
   * Adds every reading of {@code form} from {@code at} on as syllables, after the {@code n}
   * syllables of {@code key} already read ({@code wordStart}: {@code at} begins a word); a space
   * (between the words of a pair) is skipped. Pinyin's own rule decides where a syllable may
   * begin: one that starts with a vowel begins a word (inside one, pinyin writes an
   * apostrophe: Xi'an), so "Jiang" is never ji-ang (激昂) nor "Tian" ti-an (提案); the syllables
   * of interjections without a vowel (ng, n, m, hm) are never read.
   */
  private static void addReadings(String form, int at, boolean wordStart, long key, int n,
      int formId, java.util.Map<String, Integer> syllableIds, SyllableKeys keys) {
    if (at < form.length() && form.charAt(at) == ' ') {
      addReadings(form, at + 1, true, key, n, formId, syllableIds, keys);
      return;
    }
    if (at == form.length()) {
      if (n >= MIN_SYLLABLES) {
        keys.put(key, formId);
      }
      return;
    }
    if (n == MAX_SYLLABLES) {
      return;
    }
    char first = form.charAt(at);
    if (!wordStart && (first == 'a' || first == 'o' || first == 'e')) {
      return;
    }
    // pinyin syllables have 1 to 6 letters
    for (int end = at + 1; end <= Math.min(form.length(), at + 6); end++) {
      String syllable = form.substring(at, end);
      Integer y = syllableIds.get(syllable);
      if (y != null && !INTERJECTIONS.contains(syllable)) {
        addReadings(form, end, false, SyllableKeys.extend(key, y, n), n + 1, formId,
            syllableIds, keys);
      }
    }
  }

  /** Syllables without a vowel: the readings of interjections (嗯 ng, 呣 m, 噷 hm). */
  private static final java.util.Set<String> INTERJECTIONS =
      java.util.Set.of("ng", "n", "m", "hm", "hng");

  /** True if {@code a} is a better label than {@code b}: longer, or as long and first in order. */
  private static boolean longer(String a, String b) {
    return a.length() > b.length() || a.length() == b.length() && a.compareTo(b) < 0;
  }

  private static int find(int[] parent, int f) {
    while (parent[f] != f) {
      parent[f] = parent[parent[f]];
      f = parent[f];
    }
    return f;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /**
   * What the names need of the English, read once: the capitalised words (runs of at least two
   * ASCII letters, the first upper-case and the rest lower-case, standing as whole words) with
   * their lower-cased spellings, each word and each pair of words one space apart counted as a
   * spelling; and the hash codes of the lower-case whole words, counted, so that a spelling
   * can be asked how often it is written in lower case (a collision of hash codes can only
   * make that count larger).
   */
  static final class EnglishScan {
    /** The spellings, lower-cased, in order of first occurrence. */
    final List<String> forms = new ArrayList<>();
    /** Capitalised occurrences of each spelling. */
    final Profile.IntList counts = new Profile.IntList();
    /** English sentence {@code q}'s capitalised words are {@code wordAt[q]..wordAt[q + 1]-1}. */
    final int[] wordAt;
    /** Per capitalised word: its spelling. */
    final Profile.IntList single = new Profile.IntList();
    /** Per capitalised word: the spelling of it and the word before, or -1 if they do not pair. */
    final Profile.IntList pairWithPrevious = new Profile.IntList();
    private final IntCounts lowerCase = new IntCounts();
    private final IntCounts formOfHash = new IntCounts();
    /**
     * The sentence being read, as characters: the loops read this buffer, not the string, so
     * that their compiled code is the same for Latin-1 and UTF-16 strings (as in
     * NumberExtractor.extract).
     */
    private char[] chars = new char[256];

    private EnglishScan(int sentences) {
      wordAt = new int[sentences + 1];
    }

    /** Reads the English in {@code parts} parts, one a thread, and joins what they found. */
    static EnglishScan of(List<String> english, int parts) {
      EnglishScan[] scans = new EnglishScan[parts];
      Parallel.run(parts, parts, part -> scans[part] = of(english.subList(
          from(part, parts, english.size()), from(part + 1, parts, english.size()))));
      if (parts == 1) {
        return scans[0];
      }
      EnglishScan all = new EnglishScan(english.size());
      int q0 = 0;
      for (EnglishScan part : scans) {
        all.append(part, q0);
        q0 += part.wordAt.length - 1;
      }
      return all;
    }

    private static EnglishScan of(List<String> english) {
      EnglishScan scan = new EnglishScan(english.size());
      for (int q = 0; q < english.size(); q++) {
        String s = english.get(q);
        scan.chars = NumberExtractor.chars(s, scan.chars);
        scan.read(s, scan.chars);
        scan.wordAt[q + 1] = scan.single.size;
      }
      return scan;
    }

    /**
     * Appends what {@code part} found in the sentences that follow this scan's first
     * {@code q0}: its spellings take this scan's ids (new ones after the ones it has, in the
     * part's order, as one reading of the whole would number them).
     */
    private void append(EnglishScan part, int q0) {
      int[] id = new int[part.forms.size()];
      for (int f = 0; f < id.length; f++) {
        String form = part.forms.get(f);
        int hash = form.hashCode();
        id[f] = find(hash, form, 0, form.length());
        if (id[f] < 0) {
          id[f] = forms.size();
          forms.add(form);
          counts.add(0);
          formOfHash.addId(hash, id[f]);
        }
        counts.data[id[f]] += part.counts.data[f];
      }
      int w0 = single.size;
      for (int w = 0; w < part.single.size; w++) {
        single.add(id[part.single.data[w]]);
        int pair = part.pairWithPrevious.data[w];
        pairWithPrevious.add(pair < 0 ? -1 : id[pair]);
      }
      for (int q = 1; q < part.wordAt.length; q++) {
        wordAt[q0 + q] = w0 + part.wordAt[q];
      }
      lowerCase.addAll(part.lowerCase);
    }

    /** The id of a spelling, or -1. */
    int id(String form) {
      return find(form.hashCode(), form, 0, form.length());
    }

    /** How often {@code form} (one word) stands in lower case. */
    int lowerCase(String form) {
      return Math.max(0, lowerCase.get(form.hashCode()));
    }

    private void read(String s, char[] chars) {
      int n = s.length();
      int previousStart = -1;
      int previousEnd = -2;
      int previousHash = 0;
      int c = 0;
      while (c < n) {
        char ch = chars[c];
        boolean upper = ch >= 'A' && ch <= 'Z';
        if (!upper && !(ch >= 'a' && ch <= 'z')) {
          c++;
          continue;
        }
        int from = c;
        int lowered = 0;
        int power = 1;
        boolean rest = true;
        for (; c < n; c++) {
          char x = chars[c];
          if (x >= 'a' && x <= 'z') {
            lowered = 31 * lowered + x;
          } else if (x >= 'A' && x <= 'Z') {
            rest &= c == from;
            lowered = 31 * lowered + (x + ('a' - 'A'));
          } else {
            break;
          }
          power *= 31;
        }
        boolean whole = (from == 0 || !isLetterOrDigit(chars[from - 1]))
            && (c == n || !isLetterOrDigit(chars[c]));
        if (!whole || !rest) {
          continue;
        }
        if (!upper) {
          lowerCase.add(lowered);
          continue;
        }
        if (c - from < 2) {
          continue;
        }
        single.add(spelling(lowered, s, from, c));
        int pair = -1;
        if (previousEnd == from - 1 && chars[previousEnd] == ' ') {
          // the String hash of "previous word" is its hash times 31 per character after it
          int pairHash = (31 * previousHash + ' ') * power + lowered;
          pair = spelling(pairHash, s, previousStart, c);
        }
        pairWithPrevious.add(pair);
        previousStart = from;
        previousEnd = c;
        previousHash = lowered;
      }
    }

    /** The id of the spelling of {@code s[from..to)} lower-cased, counted once more. */
    private int spelling(int hash, String s, int from, int to) {
      int id = find(hash, s, from, to);
      if (id < 0) {
        id = forms.size();
        forms.add(lowerCase(s, from, to));
        counts.add(0);
        formOfHash.addId(hash, id);
      }
      counts.data[id]++;
      return id;
    }

    /**
     * {@code s[from..to)}, ASCII letters and spaces, in lower case. Written out rather than
     * {@code toLowerCase}, as {@link #find} compares rather than {@code regionMatches}: inlined
     * into the scan, the JDK's case mapping for every kind of string made its compilation take
     * 0.7 s, twice, at 1,000,000 sentences.
     */
    private static String lowerCase(String s, int from, int to) {
      char[] lower = new char[to - from];
      for (int k = 0; k < lower.length; k++) {
        lower[k] = (char) (s.charAt(from + k) | 0x20); // 'A'..'Z' to 'a'..'z'; ' ' stays
      }
      return new String(lower);
    }

    /**
     * The id of the spelling whose text is {@code s[from..to)} up to case, or -1. Spellings and
     * the text compared are ASCII letters and single spaces, whose lower case is {@code | 0x20}.
     */
    private int find(int hash, String s, int from, int to) {
      for (int slot = formOfHash.first(hash); slot >= 0; slot = formOfHash.next(slot, hash)) {
        String form = forms.get(formOfHash.value(slot));
        if (form.length() == to - from && NumberExtractor.equalsIgnoringCase(s, from, form)) {
          return formOfHash.value(slot);
        }
      }
      return -1;
    }

    private static boolean isLetterOrDigit(char ch) {
      return ch < 128 ? ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
          : Character.isLetterOrDigit(ch);
    }
  }

  /**
   * A map from a sequence of up to four syllable ids, packed nine bits a syllable into a long,
   * to the spellings that read as it ({@link #get} gives the first node of their chain, -1 for
   * none); open addressing.
   */
  static final class SyllableKeys {
    private long[] keys = new long[64];
    private int[] values = new int[64];
    int size;

    /** {@code key} (n syllables) with syllable {@code y} after them. */
    static long extend(long key, int y, int n) {
      return key | (long) (y + 1) << (9 * n);
    }

    /** The pairs of first two syllables of the keys, bit {@code y0 * syllables + y1}. */
    java.util.BitSet firstTwo(int syllables) {
      java.util.BitSet out = new java.util.BitSet(syllables * syllables);
      for (long k : keys) {
        if (k != 0) {
          int y0 = (int) (k & 511) - 1;
          int y1 = (int) (k >>> 9 & 511) - 1;
          out.set(y0 * syllables + y1);
        }
      }
      return out;
    }

    int get(long key) {
      int mask = keys.length - 1;
      for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
        long k = keys[slot];
        if (k == key) {
          return values[slot];
        }
        if (k == 0) {
          return -1;
        }
      }
    }

    /** The spellings of the keys, as chains of nodes: node k holds form[k], then next[k]. */
    private final Profile.IntList nodeForm = new Profile.IntList();
    private final Profile.IntList nodeNext = new Profile.IntList();

    /** Adds spelling {@code form} to those of {@code key}, after them, if it is not one. */
    void put(long key, int form) {
      int node = get(key);
      if (node < 0) {
        putIfAbsent(key, newNode(form));
        return;
      }
      while (nodeForm.data[node] != form && nodeNext.data[node] >= 0) {
        node = nodeNext.data[node];
      }
      if (nodeForm.data[node] != form) {
        nodeNext.data[node] = newNode(form);
      }
    }

    private int newNode(int form) {
      nodeForm.add(form);
      nodeNext.add(-1);
      return nodeForm.size - 1;
    }

    /** Calls {@code action} with the first node of each key's chain. */
    void forEachChain(java.util.function.IntConsumer action) {
      for (int s = 0; s < keys.length; s++) {
        if (keys[s] != 0) {
          action.accept(values[s]);
        }
      }
    }

    /** The spelling of node {@code node}. */
    int form(int node) {
      return nodeForm.data[node];
    }

    /** The next node of the same key, or -1. */
    int next(int node) {
      return nodeNext.data[node];
    }

    void putIfAbsent(long key, int value) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
        if (keys[slot] == key) {
          return;
        }
        if (keys[slot] == 0) {
          keys[slot] = key;
          values[slot] = value;
          size++;
          return;
        }
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[2 * oldKeys.length];
      values = new int[keys.length];
      size = 0;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldKeys[s] != 0) {
          putIfAbsent(oldKeys[s], oldValues[s]);
        }
      }
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40) & mask;
    }
  }
}
