package io.github.duiqi.align;

/**
 * {@link CostModel#cost(int, int, int)} for the cells of one row, with what depends on the row
 * alone worked out once a row: the Chinese side of a bead ending in row {@code i} is the same for
 * every cell of the row. {@link #costs} gives one type's costs over a run of cells, exactly the
 * model's (the same sums, in the same order), in a short loop with no data-dependent branch,
 * which the search ({@link BeadSearch}) merges into its cells and the posteriors
 * ({@link BeadScores}) exponentiate.
 *
 * <p>{@link CostModel#cost} is the one reference implementation; these loops are fast paths
 * that {@code RowCostsTest} checks against it bit for bit. The evidence is counted in one of
 * three ways, chosen once a row and type: with no numbers or Latin tokens on the Chinese side,
 * the English punctuation total corrected in the classes the Chinese has (the English total
 * alone when it has none) plus the English numbers, from prefix sums; with numbers or Latin
 * tokens, through bit masks (below); otherwise (a bead at the text's edge, repeated or many
 * numbers) with the model's own method. A new term of the cost needs a term here too, or a
 * condition that leaves its cells to the model; the test fails until it has one.
 *
 * <p>Mutable (one row at a time); confined to one thread.
 */
final class RowCosts {

  private final CostModel model;
  private final int types;
  private final int[] ca;
  private final int[] cb;
  private final double[] typeCost;
  /** The model's settings: the weights and variance, read once a call of {@link #costs}. */
  private final Settings settings;
  private final double[] enLength;
  private final int[] enPunct;
  private final int[] enPunctTotal;
  /**
   * The English packed prefix counts ({@link Profile#packedDifference}) when every bead's
   * English side holds fewer than {@link Profile#PACKED_LIMIT} of each class; else null.
   */
  private final long @org.jspecify.annotations.Nullable [] enPacked;
  /** Per span: the Chinese counts packed, and whether they are below the limit. */
  private final long[] zhPacked;
  private final boolean[] zhPackable;
  private final int[] enNumberAt;
  private final int n;

  /** The row the costs are for. */
  private int row;
  /*
   * What the row's Chinese side holds, per span s (the bead's last s Chinese sentences, which
   * every type with s Chinese sentences shares): worked out once a row and span, read at index
   * ca[t] (and ca[t] * PUNCT_CLASSES).
   */
  /** Per span: ratio-scaled length of the Chinese side, or NaN if the span does not fit. */
  private final double[] zhLength;
  /**
   * Per type: true for a one-sided bead that may start at the text's start or end at its end,
   * where it may pay no length term (see CostModel): left to the model's own method.
   */
  private final boolean[] edge;
  /** Per span: count of each punctuation class on the Chinese side. */
  private final int[] zhPunct;
  /** Per span: the classes with a count on the Chinese side ({@code zhClassCount[s]} of them). */
  private final int[] zhClass;
  private final int[] zhClassCount;
  private final int[] zhNumberFrom;
  private final int[] zhNumberTo;
  private final int[] zhTokenFrom;
  private final int[] zhTokenTo;
  /** Per span: the Chinese side's joined turns ({@link CostModel#turnsJoined}). */
  private final int[] zhTurns;
  private final int[] enQuoteEnds;
  /*
   * The lexical term (null when the model has none): per Chinese span length s (the types
   * with s Chinese sentences share it), the term of each English sentence q against the row's
   * last s Chinese sentences, lexTerms[s][q - lexFrom[s]] for q in lexFrom[s]..lexTo[s]-1,
   * made on first use in a row; the span's glosses are marked in lexMark (valid where
   * lexStamp holds the current stamp).
   */
  private final @org.jspecify.annotations.Nullable LexicalEvidence lex;
  private final double lexWeight;
  private final double[][] lexTerms;
  private final int[] lexFrom;
  private final int[] lexTo;
  private final double[] lexMark;
  private final int[] lexStamp;
  private int stamp;
  /** The row and span whose translations lexMark holds, and that span's Chinese word count. */
  private int lexRow = -1;
  private int lexSpan;
  private int lexWords;
  /**
   * A ring of the Chinese sentences' translations ({@link #sentenceVector}), for pairs whose
   * evidence does not hold them all ({@link LexicalEvidence#vectorAt}): slot k holds sentence
   * vecIndex[k]'s English words vecWord[k][0..vecSize[k]) with their sums vecSum[k].
   */
  private final int[] vecIndex;
  private final int[][] vecWord;
  private final double[][] vecSum;
  private final int[] vecSize;
  /** Builds the ring's translations when the evidence does not hold them all; else null. */
  private final LexicalEvidence.@org.jspecify.annotations.Nullable Translations translations;
  /** Per span, for a model of blocks: sentences in the bead's Chinese blocks. */
  private final int[] zhSentences;
  /** For a model of blocks, the English side's sentence prefix counts; else null. */
  private final int @org.jspecify.annotations.Nullable [] enSentences;

  /*
   * Match masks, for rows with numbers or Latin tokens on the Chinese side. Bit b stands for
   * the b-th Chinese number (token) of the row's widest bead; an English sentence's mask has
   * the bits of the Chinese numbers (tokens) it holds, so a bead's matches are the bit count of
   * its English sentences' masks, ANDed with its own Chinese bits. Exact for numbers when the
   * row's Chinese numbers are distinct (a match then never has to choose), and for tokens
   * always (a Chinese token is matched by presence): otherwise the direct count is used.
   */
  private final int maxA;
  private final int maxB;
  /** The types with no Chinese sentence (0-n), in type order. */
  private final int[] sameRow;
  private final long[] zhNumberBits;
  private final long[] zhTokenBits;
  private boolean numberMasks;
  private boolean tokenMasks;
  private int rowNumberFrom;
  private int rowNumberTo;
  private int rowTokenFrom;
  private int rowTokenTo;
  /** English sentences {@code maskFrom..maskTo-1} have masks; -1 when not built this row. */
  private int maskFrom = -1;
  private int maskTo;
  private long[] enNumberMask = new long[0];
  private long[] enTokenMask = new long[0];
  /*
   * Names (null when the model has none): per span, the Chinese mentions (indices into
   * names.zhNames) and their bits among the row's widest span's mentions; per English sentence
   * of the masks' window, the bits of the row's Chinese mentions that it names, and per English
   * mention of the window, the bits of the row's Chinese mentions of its entity.
   */
  private final @org.jspecify.annotations.Nullable NameEvidence names;
  private final double nameWeight;
  private final int namesChinese;
  private final int namesEnglish;
  private final int[] zhNameFrom;
  private final int[] zhNameTo;
  private final long[] zhNameBits;
  private boolean nameMasks;
  private int rowNameFrom;
  private int rowNameTo;
  private long[] enNameMask = new long[0];
  private long[] enMentionMask = new long[0];
  /** The index in names.enNames of the first English mention of the masks' window. */
  private int mentionFrom;
  /** The English positions the row's cells end at (see {@link #columns}). */
  private int maskWanted;
  private int maskWantedTo;
  private double[] scratch = new double[64];
  /** {@link #distinct}'s table: a slot holds a value if its stamp is the call's round. */
  private static final int SEEN_BITS = 7;
  private static final int SEEN_SLOTS = 1 << SEEN_BITS;
  private final long[] seenValue = new long[SEEN_SLOTS];
  private final int[] seenStamp = new int[SEEN_SLOTS];
  private int seenRound;

  RowCosts(CostModel model) {
    this.model = model;
    this.types = model.types();
    this.ca = model.chineseCounts;
    this.cb = model.englishCounts;
    this.typeCost = model.typeCost;
    this.settings = model.settings;
    this.enLength = model.en.length;
    this.enPunct = model.en.punct;
    this.enPunctTotal = model.en.punctTotal;
    this.enNumberAt = model.en.numberAt;
    this.n = model.zh.size;
    int a = 0;
    int b = 0;
    for (int t = 0; t < types; t++) {
      a = Math.max(a, ca[t]);
      b = Math.max(b, cb[t]);
    }
    this.maxA = a;
    this.maxB = b;
    int spans = a + 1;
    this.zhLength = new double[spans];
    this.edge = new boolean[types];
    this.zhPunct = new int[spans * Profile.PUNCT_CLASSES];
    this.zhClass = new int[spans * Profile.PUNCT_CLASSES];
    this.zhClassCount = new int[spans];
    this.zhNumberFrom = new int[spans];
    this.zhNumberTo = new int[spans];
    this.zhTokenFrom = new int[spans];
    this.zhTokenTo = new int[spans];
    this.zhTurns = new int[spans];
    this.enQuoteEnds = model.en.quoteEnds;
    this.zhSentences = new int[spans];
    this.zhPacked = new long[spans];
    this.zhPackable = new boolean[spans];
    this.enPacked = (long) model.en.maxClassCount * b < Profile.PACKED_LIMIT
        ? model.en.punctPacked : null;
    this.enSentences = model.sumsOfBeads() ? model.en.sentences : null;
    int same = 0;
    for (int t = 0; t < types; t++) {
      same += ca[t] == 0 ? 1 : 0;
    }
    this.sameRow = new int[same];
    for (int t = 0, q = 0; t < types; t++) {
      if (ca[t] == 0) {
        sameRow[q++] = t;
      }
    }
    this.zhNumberBits = new long[spans];
    this.zhTokenBits = new long[spans];
    this.names = model.names;
    this.nameWeight = model.nameWeight;
    this.namesChinese = model.namesChinese;
    this.namesEnglish = model.namesEnglish;
    this.zhNameFrom = new int[spans];
    this.zhNameTo = new int[spans];
    this.zhNameBits = new long[spans];
    this.lex = model.lexical;
    this.lexWeight = model.lexiconWeight;
    this.lexTerms = new double[a + 1][];
    this.lexFrom = new int[a + 1];
    this.lexTo = new int[a + 1];
    this.lexMark = lex == null ? new double[0] : new double[lex.englishWords()];
    this.lexStamp = new int[lexMark.length];
    int slots = lex == null ? 0 : a + 1;
    this.vecIndex = new int[slots];
    java.util.Arrays.fill(vecIndex, -1);
    this.vecWord = new int[slots][16];
    this.vecSum = new double[slots][16];
    this.vecSize = new int[slots];
    this.translations = lex == null || lex.vectorAt != null ? null
        : new LexicalEvidence.Translations(lex);
  }

  /** Moves to the cells ending in Chinese position {@code i}. */
  void row(int i) {
    row = i;
    Profile zh = model.zh;
    int widest = Math.max(0, i - maxA);
    rowNumberFrom = zh.numberAt[widest];
    rowNumberTo = zh.numberAt[i];
    rowTokenFrom = zh.tokenAt[widest];
    rowTokenTo = zh.tokenAt[i];
    numberMasks = rowNumberTo - rowNumberFrom <= 64
        && distinct(zh.numbers, rowNumberFrom, rowNumberTo);
    tokenMasks = rowTokenTo - rowTokenFrom <= 64;
    NameEvidence nm = names;
    if (nm != null) {
      rowNameFrom = nm.zhAt[namesChinese + widest];
      rowNameTo = nm.zhAt[namesChinese + i];
      nameMasks = rowNameTo - rowNameFrom <= 64;
    }
    maskFrom = -1;
    maskWanted = Integer.MAX_VALUE;
    maskWantedTo = -1;
    java.util.Arrays.fill(lexTo, -1);
    for (int t = 0; t < types; t++) {
      int i0 = i - ca[t];
      boolean oneSided = ca[t] == 0 || cb[t] == 0;
      edge[t] = i0 >= 0 && oneSided && (i0 == 0 || i == n);
    }
    int[] punct = zh.punct;
    for (int span = 0; span <= maxA; span++) {
      int i0 = i - span;
      if (i0 < 0) {
        zhLength[span] = Double.NaN;
        continue;
      }
      zhLength[span] = zh.length(i0, i) * model.ratio;
      int z = span * Profile.PUNCT_CLASSES;
      int classes = 0;
      int most = 0;
      for (int c = 0; c < Profile.PUNCT_CLASSES; c++) {
        int count = punct[i * Profile.PUNCT_CLASSES + c] - punct[i0 * Profile.PUNCT_CLASSES + c];
        zhPunct[z + c] = count;
        // branch-free: the slot past the last class is overwritten or never read
        zhClass[z + classes] = c;
        classes += count > 0 ? 1 : 0;
        most = Math.max(most, count);
      }
      zhClassCount[span] = classes;
      zhPackable[span] = enPacked != null && most < Profile.PACKED_LIMIT;
      zhPacked[span] = zhPackable[span] ? Profile.pack(zhPunct, z) : 0;
      zhSentences[span] = zh.sentencesBefore(i) - zh.sentencesBefore(i0);
      zhNumberFrom[span] = zh.numberAt[i0];
      zhNumberTo[span] = zh.numberAt[i];
      zhTokenFrom[span] = zh.tokenAt[i0];
      zhTokenTo[span] = zh.tokenAt[i];
      zhTurns[span] = CostModel.turnsJoined(zh, i0, i);
      zhNumberBits[span] = bits(zhNumberFrom[span] - rowNumberFrom,
          zhNumberTo[span] - rowNumberFrom);
      zhTokenBits[span] = bits(zhTokenFrom[span] - rowTokenFrom, zhTokenTo[span] - rowTokenFrom);
      if (nm != null) {
        zhNameFrom[span] = nm.zhAt[namesChinese + i0];
        zhNameTo[span] = nm.zhAt[namesChinese + i];
        zhNameBits[span] = bits(zhNameFrom[span] - rowNameFrom, zhNameTo[span] - rowNameFrom);
      }
    }
  }

  /** Bits {@code from..to-1} (to at most 64). */
  private static long bits(int from, int to) {
    if (from >= to || from >= 64) {
      return 0;
    }
    long upTo = to >= 64 ? -1L : (1L << to) - 1;
    return upTo & -(1L << from);
  }

  /**
   * True if {@code values[from..to-1]} (at most 64 of them) are distinct: a linear pass through
   * a table of 128 slots marked with the call's round, where comparing every pair took 2,016
   * comparisons a row at 64 numbers.
   */
  boolean distinct(long[] values, int from, int to) {
    if (to - from < 2) {
      return true;
    }
    if (to - from > SEEN_SLOTS / 2) {
      throw new IllegalArgumentException("more than " + SEEN_SLOTS / 2 + " numbers: " + (to - from));
    }
    if (++seenRound == 0) {
      java.util.Arrays.fill(seenStamp, 0);
      seenRound = 1;
    }
    int round = seenRound;
    for (int z = from; z < to; z++) {
      long v = values[z];
      // the top bits of a Fibonacci hash: every bit of the value moves them
      int slot = (int) ((v * 0x9E3779B97F4A7C15L) >>> (64 - SEEN_BITS));
      while (seenStamp[slot] == round) {
        if (seenValue[slot] == v) {
          return false;
        }
        slot = (slot + 1) & (SEEN_SLOTS - 1);
      }
      seenStamp[slot] = round;
      seenValue[slot] = v;
    }
    return true;
  }

  /** Builds the English masks of sentences {@code from..to-1}, for this row. */
  private void buildMasks(int from, int to) {
    Profile zh = model.zh;
    Profile en = model.en;
    int size = to - from;
    if (enNumberMask.length < size) {
      enNumberMask = new long[Math.max(size, 2 * enNumberMask.length)];
      enTokenMask = new long[enNumberMask.length];
    }
    for (int q = from; q < to; q++) {
      long numbers = 0;
      if (numberMasks) {
        for (int e = en.numberAt[q]; e < en.numberAt[q + 1]; e++) {
          for (int z = rowNumberFrom; z < rowNumberTo; z++) {
            if (zh.numbers[z] == en.numbers[e]) {
              numbers |= 1L << (z - rowNumberFrom);
            }
          }
        }
      }
      long tokens = 0;
      if (tokenMasks) {
        for (int e = en.tokenAt[q]; e < en.tokenAt[q + 1]; e++) {
          for (int z = rowTokenFrom; z < rowTokenTo; z++) {
            if (zh.tokens[z] == en.tokens[e]) {
              tokens |= 1L << (z - rowTokenFrom);
            }
          }
        }
      }
      enNumberMask[q - from] = numbers;
      enTokenMask[q - from] = tokens;
    }
    NameEvidence nm = names;
    if (nm != null) {
      if (enNameMask.length < size) {
        enNameMask = new long[enNumberMask.length];
      }
      mentionFrom = nm.enAt[namesEnglish + from];
      int mentions = nm.enAt[namesEnglish + to] - mentionFrom;
      if (enMentionMask.length < mentions) {
        enMentionMask = new long[Math.max(mentions, 2 * enMentionMask.length)];
      }
      for (int q = from; q < to; q++) {
        long named = 0;
        if (nameMasks) {
          for (int e = nm.enAt[namesEnglish + q]; e < nm.enAt[namesEnglish + q + 1]; e++) {
            long same = 0;
            for (int z = rowNameFrom; z < rowNameTo; z++) {
              if (nm.zhNames[z] == nm.enNames[e]) {
                same |= 1L << (z - rowNameFrom);
              }
            }
            enMentionMask[e - mentionFrom] = same;
            named |= same;
          }
        }
        enNameMask[q - from] = named;
      }
    }
    maskFrom = from;
    maskTo = to;
  }

  /**
   * Relaxes the cells {@code rowLo..rowHi} of this row ({@code cur}, back-pointers from
   * {@code back[base]}) with bead type {@code t} (at least one Chinese sentence) from the row
   * {@code prev} it starts in, which spans {@code prevLo..prevHi}: a cell takes the type if it
   * is strictly cheaper than what the cell holds.
   */
  void relax(int t, double[] prev, int prevLo, int prevHi, double[] cur, int rowLo, int rowHi,
      byte[] back, int base) {
    int k = cb[t];
    int from = Math.max(rowLo, prevLo + k);
    int to = Math.min(rowHi, prevHi + k);
    if (from > to) {
      return;
    }
    if (scratch.length < to - from + 1) {
      scratch = new double[Math.max(to - from + 1, 2 * scratch.length)];
    }
    double[] costs = scratch;
    // every cell's cost, then the merge: a loop with no branch on the data is faster than one
    // that skips the cells a type cannot win (its branches mispredict)
    costs(t, from, to, costs);
    byte type = (byte) t;
    for (int j = from; j <= to; j++) {
      double c = prev[j - k - prevLo] + costs[j - from];
      int x = j - rowLo;
      // selects rather than a branch, which would mispredict
      double held = cur[x];
      boolean cheaper = c < held;
      back[base + x] = cheaper ? type : back[base + x];
      cur[x] = cheaper ? c : held;
    }
  }

  /**
   * The cost of type {@code t} ending at ({@code row}, {@code j}), for each {@code j} from
   * {@code from} to {@code to}, into {@code out[j - from]}; requires {@link #fits(int)} and
   * {@code from >= englishCounts[t]}. Exactly {@link CostModel#cost(int, int, int)}: the same
   * sums in the same order, with the evidence counted as described in the class comment.
   */
  void costs(int t, int from, int to, double[] out) {
    Settings s = settings;
    double pw = s.punctuationWeight > 0 ? s.punctuationWeight : 0;
    double nw = s.numberWeight > 0 ? s.numberWeight : 0;
    int span = ca[t];
    boolean numbers = nw > 0 && zhNumberTo[span] > zhNumberFrom[span];
    boolean tokens = s.latinWeight > 0 && zhTokenTo[span] > zhTokenFrom[span];
    boolean named = names != null && zhNameTo[span] > zhNameFrom[span];
    if (edge[t] || numbers && !numberMasks || tokens && !tokenMasks || named && !nameMasks) {
      // a bead at the text's edge, or many or repeated numbers: the model's own sums, but for
      // the lexical term, which the row has (the model's order: evidence, then the lexicon)
      int k = cb[t];
      double[] terms = lex == null ? null : lexicalTerms(ca[t], from - k, to);
      int tOff = lex == null ? 0 : lexFrom[ca[t]];
      for (int j = from; j <= to; j++) {
        if (terms == null) {
          out[j - from] = cost(t, j, Double.POSITIVE_INFINITY);
        } else {
          double evidence = model.evidenceCostWithoutLexicon(row - ca[t], row, j - k, j);
          out[j - from] = model.costBeforeEvidence(t, row, j)
              + (evidence + lexWeight * lexicalSum(terms, tOff, j - k, j));
        }
      }
    } else if (numbers || tokens || named) {
      int k = cb[t];
      if (maskFrom < 0 || from - k < maskFrom || to > maskTo) {
        buildMasks(Math.max(0, Math.min(from - k, maskWanted)), Math.max(to, maskWantedTo));
      }
      costsMasked(t, from, to, out);
    } else if (enSentences != null) {
      costsOfSums(t, pw > 0 ? zhClassCount[span] : 0, pw, enSentences, from, to, out);
    } else {
      // with no punctuation on the Chinese side (or the feature off) the difference is the
      // English total: the classes loop below runs no round
      costsPunctuated(t, pw > 0 ? zhClassCount[span] : 0, pw, nw, from, to, out);
    }
  }

  /**
   * Says which English positions this row's cells will end at, so that English masks are built
   * once a row for all of them.
   */
  void columns(int from, int to) {
    maskWanted = Math.max(0, from - maxB);
    maskWantedTo = to;
  }

  /**
   * Costs with numbers, Latin tokens or names on the Chinese side, matched through the row's
   * masks.
   */
  private void costsMasked(int t, int from, int to, double[] out) {
    Settings s = settings;
    double pw = s.punctuationWeight > 0 ? s.punctuationWeight : 0;
    double nw = s.numberWeight > 0 ? s.numberWeight : 0;
    double lw = s.latinWeight > 0 ? s.latinWeight : 0;
    int k = cb[t];
    int span = ca[t];
    double lz = zhLength[span];
    double tc = typeCost[t];
    int z = span * Profile.PUNCT_CLASSES;
    int classes = zhClassCount[span];
    long zp = zhPacked[span];
    long[] ep = zhPackable[span] ? enPacked : null;
    int nz = zhNumberTo[span] - zhNumberFrom[span];
    int tz = zhTokenTo[span] - zhTokenFrom[span];
    long numberBits = zhNumberBits[span];
    long tokenBits = zhTokenBits[span];
    double[] el = enLength;
    int[] en = enNumberAt;
    long[] numberMask = enNumberMask;
    long[] tokenMask = enTokenMask;
    int offset = maskFrom;
    double a = s.varianceLinear;
    double b = s.varianceQuadratic;
    double xw = lexWeight;
    double[] terms = lex == null ? null : lexicalTerms(ca[t], from - k, to);
    int tOff = lex == null ? 0 : lexFrom[ca[t]];
    double qw = s.quoteWeight > 0 ? s.quoteWeight : 0;
    double mw = nameWeight;
    NameEvidence nm = names;
    int[] enNameAt = nm == null ? null : nm.enAt;
    int nc = namesEnglish;
    int nzNames = zhNameTo[span] - zhNameFrom[span];
    long nameBits = zhNameBits[span];
    long[] nameMask = enNameMask;
    long[] mentionMask = enMentionMask;
    int mentionOffset = mentionFrom;
    for (int j = from; j <= to; j++) {
      int j0 = j - k;
      double lexical = terms == null ? 0 : xw * lexicalSum(terms, tOff, j0, j);
      double partial = tc
          + CostModel.lengthCostOfSquare(CostModel.squaredDeviation(lz, el[j] - el[j0], a, b));
      int diff = ep != null ? Profile.packedDifference(zp, ep[j], ep[j0])
          : punctuationDifference(z, classes, j0, j);
      int unmatchedNames = 0;
      if (enNameAt != null) {
        int eFrom = enNameAt[nc + j0];
        int eTo = enNameAt[nc + j];
        if (nzNames == 0) {
          unmatchedNames = eTo - eFrom;
        } else {
          long nameSpan = 0;
          for (int q = j0 - offset; q < j - offset; q++) {
            nameSpan |= nameMask[q];
          }
          unmatchedNames = nzNames - Long.bitCount(nameSpan & nameBits);
          for (int e = eFrom; e < eTo; e++) {
            unmatchedNames += (mentionMask[e - mentionOffset] & nameBits) == 0 ? 1 : 0;
          }
        }
      }
      int ne = en[j] - en[j0];
      long numberSpan = 0;
      long tokenSpan = 0;
      for (int q = j0 - offset; q < j - offset; q++) {
        numberSpan |= numberMask[q];
        tokenSpan |= tokenMask[q];
      }
      int unmatchedNumbers = ne > 64 && nz > 0
          ? model.unmatchedNumbersIn(zhNumberFrom[span], zhNumberTo[span], en[j0], en[j])
          : nz + ne - 2 * Long.bitCount(numberSpan & numberBits);
      int unmatchedTokens = tz - Long.bitCount(tokenSpan & tokenBits);
      out[j - from] = partial + (pw * diff + nw * unmatchedNumbers + lw * unmatchedTokens
          + qw * turnsJoined(t, j0, j) + mw * unmatchedNames + lexical);
    }
  }

  /**
   * Costs with no numbers or tokens on the Chinese side: the punctuation difference over the
   * {@code classes} classes the Chinese side has (0: the English total), and the English
   * numbers.
   */
  private void costsPunctuated(int t, int classes, double pw, double nw, int from, int to,
      double[] out) {
    Settings s = settings;
    int k = cb[t];
    double lz = zhLength[ca[t]];
    double tc = typeCost[t];
    int z = ca[t] * Profile.PUNCT_CLASSES;
    long zp = zhPacked[ca[t]];
    long[] ep = zhPackable[ca[t]] ? enPacked : null;
    double[] el = enLength;
    int[] en = enNumberAt;
    double a = s.varianceLinear;
    double b = s.varianceQuadratic;
    double xw = lexWeight;
    double[] terms = lex == null ? null : lexicalTerms(ca[t], from - k, to);
    int tOff = lex == null ? 0 : lexFrom[ca[t]];
    double qw = s.quoteWeight > 0 ? s.quoteWeight : 0;
    double mw = nameWeight;
    int[] enNameAt = names == null ? null : names.enAt;
    int nc = namesEnglish;
    for (int j = from; j <= to; j++) {
      int j0 = j - k;
      double lexical = terms == null ? 0 : xw * lexicalSum(terms, tOff, j0, j);
      double partial = tc
          + CostModel.lengthCostOfSquare(CostModel.squaredDeviation(lz, el[j] - el[j0], a, b));
      int diff = ep != null ? Profile.packedDifference(zp, ep[j], ep[j0])
          : punctuationDifference(z, classes, j0, j);
      double evidence = pw * diff + nw * (en[j] - en[j0])
          + qw * turnsJoined(t, j0, j)
          + (enNameAt == null ? 0 : mw * (enNameAt[nc + j] - enNameAt[nc + j0]));
      out[j - from] = partial + (terms == null ? evidence : evidence + lexical);
    }
  }

  /**
   * Costs in a model of blocks (no numbers or tokens): as {@link #costsPunctuated}, with the
   * variance of a sum of sentence beads ({@link CostModel#quadraticOfSum}).
   */
  private void costsOfSums(int t, int classes, double pw, int[] es, int from, int to,
      double[] out) {
    Settings s = settings;
    int k = cb[t];
    double lz = zhLength[ca[t]];
    double tc = typeCost[t];
    int z = ca[t] * Profile.PUNCT_CLASSES;
    long zp = zhPacked[ca[t]];
    long[] ep = zhPackable[ca[t]] ? enPacked : null;
    int zs = zhSentences[ca[t]];
    double[] el = enLength;
    double a = s.varianceLinear;
    double b = s.varianceQuadratic;
    for (int j = from; j <= to; j++) {
      int j0 = j - k;
      double partial = tc + CostModel.lengthCostOfSquare(CostModel.squaredDeviation(lz,
          el[j] - el[j0], a, CostModel.quadraticOfSum(b, zs, es[j] - es[j0])));
      out[j - from] = partial + pw * (ep != null
          ? Profile.packedDifference(zp, ep[j], ep[j0])
          : punctuationDifference(z, classes, j0, j));
    }
  }

  /**
   * The punctuation difference between a bead's Chinese side (the {@code classes} classes
   * listed from {@code zhClass[z]}) and English sentences {@code j0..j-1}: the English total,
   * corrected in the classes the Chinese has (each class's {@code |zh - en|} in place of its
   * English count). The same integer as the sum over all five classes.
   */
  private int punctuationDifference(int z, int classes, int j0, int j) {
    int diff = enPunctTotal[j] - enPunctTotal[j0];
    for (int q = 0; q < classes; q++) {
      int c = zhClass[z + q];
      int e = enPunct[j * Profile.PUNCT_CLASSES + c] - enPunct[j0 * Profile.PUNCT_CLASSES + c];
      diff += Math.abs(zhPunct[z + c] - e) - e;
    }
    return diff;
  }

  /**
   * The terms of English sentences {@code from..to-1} against the row's last {@code span}
   * Chinese sentences, as {@link LexicalEvidence#sentenceTerm} computes them (the same sums in
   * the same order), made for the row's wanted columns on first use; returns the array, whose
   * entry for q is at {@code q - lexFrom[span]}. The span's translations are the sum of its
   * sentences' ({@link #sentenceVector}), added from the row's last sentence back, so that a
   * longer span asked for after a shorter one in the same row adds only its extra sentences.
   */
  private double[] lexicalTerms(int span, int from, int to) {
    if (lexTo[span] >= 0 && from >= lexFrom[span] && to <= lexTo[span]) {
      return lexTerms[span];
    }
    LexicalEvidence x = lex;
    int qFrom = Math.max(0, Math.min(from, maskWanted));
    int qTo = Math.max(to, maskWantedTo);
    int i1 = model.lexicalChinese + row;
    if (span == 0) {
      // no Chinese: every term is its sentence's base, and the marks of the longer spans stay
      double[] terms = lexTerms[0];
      if (terms == null || terms.length < qTo - qFrom) {
        terms = new double[Math.max(qTo - qFrom, 2 * (terms == null ? 16 : terms.length))];
        lexTerms[0] = terms;
      }
      for (int q = qFrom; q < qTo; q++) {
        terms[q - qFrom] = x.enBase[model.lexicalEnglish + q];
      }
      lexFrom[0] = qFrom;
      lexTo[0] = qTo;
      return terms;
    }
    if (lexRow != row || span < lexSpan) {
      lexRow = row;
      lexSpan = 0;
      lexWords = 0;
      stamp++;
    }
    while (lexSpan < span) {
      lexSpan++;
      int i = i1 - lexSpan;
      lexWords += x.zhCount[i];
      int[] e;
      double[] v;
      int first;
      int last;
      if (x.vectorAt != null) {
        e = x.vectorWord;
        v = x.vectorSum;
        first = x.vectorAt[i];
        last = x.vectorAt[i + 1];
      } else {
        int slot = sentenceVector(i);
        e = vecWord[slot];
        v = vecSum[slot];
        first = 0;
        last = vecSize[slot];
      }
      for (int k = first; k < last; k++) {
        int w = e[k];
        if (lexStamp[w] != stamp) {
          lexStamp[w] = stamp;
          lexMark[w] = v[k];
        } else {
          lexMark[w] += v[k];
        }
      }
    }
    int words = lexWords;
    double[] terms = lexTerms[span];
    if (terms == null || terms.length < qTo - qFrom) {
      terms = new double[Math.max(qTo - qFrom, 2 * (terms == null ? 16 : terms.length))];
      lexTerms[span] = terms;
    }
    int[] enAt = x.enAt;
    int[] enWords = x.enWords;
    double[] scale = x.scale;
    for (int q = qFrom; q < qTo; q++) {
      int eq = model.lexicalEnglish + q;
      double base = x.enBase[eq];
      if (words == 0) {
        terms[q - qFrom] = base;
        continue;
      }
      double reward = 0;
      for (int w = enAt[eq]; w < enAt[eq + 1]; w++) {
        int e = enWords[w];
        if (lexStamp[e] == stamp) {
          reward += LexicalEvidence.reward(scale[e] * lexMark[e] / words);
        }
      }
      terms[q - qFrom] = LexicalEvidence.nonNegative(base - reward);
    }
    lexFrom[span] = qFrom;
    lexTo[span] = qTo;
    return terms;
  }

  /**
   * The slot of the ring that holds Chinese sentence {@code i}'s translations
   * ({@link LexicalEvidence.Translations}); made when first asked for since the slot last held
   * another sentence. A row reads its last few sentences, which the next rows read again.
   */
  private int sentenceVector(int i) {
    int slot = i % vecIndex.length;
    if (vecIndex[slot] == i) {
      return slot;
    }
    LexicalEvidence.Translations b = java.util.Objects.requireNonNull(translations);
    b.build(i);
    if (vecWord[slot].length < b.size) {
      vecWord[slot] = new int[Math.max(b.size, 2 * vecWord[slot].length)];
      vecSum[slot] = new double[vecWord[slot].length];
    }
    System.arraycopy(b.words, 0, vecWord[slot], 0, b.size);
    System.arraycopy(b.sums, 0, vecSum[slot], 0, b.size);
    vecSize[slot] = b.size;
    vecIndex[slot] = i;
    return slot;
  }

  /**
   * {@link CostModel#turnsJoined} of the bead of type {@code t} ending at English {@code j}
   * (starting at {@code j0}): the Chinese side's count, worked out once a row, plus the
   * English side's.
   */
  private int turnsJoined(int t, int j0, int j) {
    return zhTurns[ca[t]] + (j - j0 >= 2 ? enQuoteEnds[j - 1] - enQuoteEnds[j0] : 0);
  }

  /** The weighted lexical term of a bead ending at English {@code j} with {@code k} English. */
  private static double lexicalSum(double[] terms, int offset, int j0, int j) {
    double sum = 0;
    for (int q = j0; q < j; q++) {
      sum += terms[q - offset];
    }
    return sum;
  }

  /**
   * As {@link #relax} for the types with no Chinese sentence (0-n), whose cells come from this
   * row; the row's other types must be in. Cell by cell, every such type at each, so that a
   * cell is final before a later one reads it (a 0-2 then a 0-1 within the row). A tie goes to
   * the lower type index.
   */
  void relaxSameRow(double[] cur, int rowLo, int rowHi, byte[] back, int base) {
    for (int j = rowLo; j <= rowHi; j++) {
      int x = j - rowLo;
      for (int t : sameRow) {
        int k = cb[t];
        if (x < k) {
          continue;
        }
        double p = cur[x - k];
        double best = cur[x];
        // a type costs more than 0 unless its prior rounds to 1 (weights far apart), so
        // p >= best cannot win; in that one case a tie at p == best stays with the cell's type
        if (p >= best) {
          continue;
        }
        double c = p + sameRowCost(t, j, best - p);
        if (c < best || c == best && back[base + x] > t
            && p + sameRowCost(t, j, Double.POSITIVE_INFINITY) == best) {
          cur[x] = c;
          back[base + x] = (byte) t;
        }
      }
    }
  }

  /**
   * {@link CostModel#cost(int, int, int, double)} of a type with no Chinese sentence (0-n)
   * ending at ({@code row}, {@code j}), the same value to the bit (the same early returns, the
   * same terms in the same order) from what the row already has: the Chinese side is empty, so
   * its punctuation difference is the English total, its unmatched numbers the English count,
   * its Latin tokens none and its joined turns the English side's.
   */
  double sameRowCost(int t, int j, double bound) {
    double cost = typeCost[t];
    if (cost >= bound) {
      return cost;
    }
    int j0 = j - cb[t];
    boolean atEdge = row == 0 && j0 == 0 || row == n && j == model.en.size;
    if (!atEdge) {
      double quadratic = enSentences == null ? settings.varianceQuadratic
          : CostModel.quadraticOfSum(settings.varianceQuadratic, zhSentences[0],
              enSentences[j] - enSentences[j0]);
      cost += CostModel.lengthCost(zhLength[0], enLength[j] - enLength[j0],
          settings.varianceLinear, quadratic);
      if (cost >= bound) {
        return cost;
      }
    }
    Settings s = settings;
    double evidence = 0;
    if (s.punctuationWeight > 0) {
      evidence += s.punctuationWeight * (enPunctTotal[j] - enPunctTotal[j0]);
    }
    if (s.numberWeight > 0) {
      evidence += s.numberWeight * (enNumberAt[j] - enNumberAt[j0]);
    }
    if (s.latinWeight > 0) {
      evidence += s.latinWeight * 0;
    }
    if (s.quoteWeight > 0) {
      evidence += s.quoteWeight * turnsJoined(t, j0, j);
    }
    NameEvidence nm = names;
    if (nm != null) {
      evidence += nameWeight * (nm.enAt[namesEnglish + j] - nm.enAt[namesEnglish + j0]);
    }
    if (model.lexiconWeight > 0) {
      evidence += model.lexiconWeight * model.lexicalCost(row, row, j0, j);
    }
    return cost + evidence;
  }

  /** True if bead type {@code t} fits above this row (enough Chinese sentences before it). */
  boolean fits(int t) {
    return !Double.isNaN(zhLength[ca[t]]);
  }

  /**
   * The cost of type {@code t} ending at ({@code row}, {@code j}), or any value of at least
   * {@code bound} when the cost is at least {@code bound}: the model's own method, for the
   * cells the row loops leave to it.
   */
  private double cost(int t, int j, double bound) {
    return model.cost(t, row, j, bound);
  }
}
