package io.github.duiqi.format;

import io.github.duiqi.Bead;
import io.github.duiqi.Sentence;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Options of the writers: which beads to write and what goes into the formats' headers.
 * Every option applies to every format unless its method says otherwise.
 *
 * <pre>{@code
 * FormatOptions options = FormatOptions.defaults()
 *     .withMinScore(0.3)              // leave out beads scored below 0.3
 *     .withEmptySides(false)          // leave out 1-0 and 0-1 beads
 *     .withLowScoreThreshold(0.6);    // review page: highlight beads below 0.6
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@code with} method returns a new instance.
 */
public final class FormatOptions {

  private static final FormatOptions DEFAULTS =
      new FormatOptions(true, 0.0, 0.5, null, null, "duiqi", defaultVersion(), "duiqi alignment",
          false);

  private final boolean emptySides;
  private final double minScore;
  private final double lowScoreThreshold;
  private final @Nullable Instant creationDate;
  private final @Nullable ChineseScript chineseScript;
  private final String creationTool;
  private final String creationToolVersion;
  private final String title;
  private final boolean rawText;

  private FormatOptions(boolean emptySides, double minScore, double lowScoreThreshold,
      @Nullable Instant creationDate, @Nullable ChineseScript chineseScript, String creationTool,
      String creationToolVersion, String title, boolean rawText) {
    this.emptySides = emptySides;
    this.minScore = minScore;
    this.lowScoreThreshold = lowScoreThreshold;
    this.creationDate = creationDate;
    this.chineseScript = chineseScript;
    this.creationTool = creationTool;
    this.creationToolVersion = creationToolVersion;
    this.title = title;
    this.rawText = rawText;
  }

  private static String defaultVersion() {
    // the jar manifest on the class path; on the module path packages carry no manifest
    // attributes, and the module descriptor's version (javac --module-version) says it
    String version = FormatOptions.class.getPackage().getImplementationVersion();
    if (version == null && FormatOptions.class.getModule().isNamed()) {
      version = FormatOptions.class.getModule().getDescriptor().rawVersion().orElse(null);
    }
    return version == null ? "development" : version;
  }

  /**
   * Returns the defaults: all beads written, empty sides included, low-confidence threshold
   * 0.5 (the aligner's score is the probability that a bead is right, so the review page marks
   * the beads more likely wrong than right), no time stamp, Chinese script detected from the
   * text, tool "duiqi" with the version from the jar manifest or the module descriptor
   * ("development" when neither has one), title "duiqi alignment".
   *
   * @return the shared default options (the same instance at every call)
   */
  public static FormatOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns options that write (true) or leave out (false) beads with an empty side: a Chinese
   * sentence with no English (1-0) or English with no Chinese (0-1). Left-out beads are counted
   * in {@link WriteSummary#beadsOmitted()}.
   *
   * @param include {@code true} to write beads with an empty side (the default), {@code false}
   *     to leave them out
   * @return a copy with that choice and this instance's other options
   */
  public FormatOptions withEmptySides(boolean include) {
    return new FormatOptions(include, minScore, lowScoreThreshold, creationDate, chineseScript,
        creationTool, creationToolVersion, title, rawText);
  }

  /**
   * Returns options that leave out beads whose score is below {@code minScore}. Left-out
   * beads are counted in {@link WriteSummary#beadsOmitted()}.
   *
   * @param minScore the lowest score written, in {@code [0, 1]}; 0 (the default) writes every
   *     bead
   * @return a copy with that minimum and this instance's other options
   * @throws IllegalArgumentException if {@code minScore} is not in [0, 1]
   */
  public FormatOptions withMinScore(double minScore) {
    checkUnit("minimum score", minScore);
    return new FormatOptions(emptySides, minScore, lowScoreThreshold, creationDate, chineseScript,
        creationTool, creationToolVersion, title, rawText);
  }

  /**
   * Returns options whose review page highlights beads scored below {@code threshold} as low
   * confidence. Only the HTML format uses it. A higher threshold finds more of the wrong beads
   * and marks more right ones: 0.8 marks about three quarters of the wrong beads of literary
   * development text (and 44 % of its beads), 0.5 about two fifths (18 %); docs/aligner.md.
   *
   * @param threshold the score below which a bead is highlighted, in {@code [0, 1]}; default
   *     0.5
   * @return a copy with that threshold and this instance's other options
   * @throws IllegalArgumentException if {@code threshold} is not in [0, 1]
   */
  public FormatOptions withLowScoreThreshold(double threshold) {
    checkUnit("low-score threshold", threshold);
    return new FormatOptions(emptySides, minScore, threshold, creationDate, chineseScript,
        creationTool, creationToolVersion, title, rawText);
  }

  /**
   * Returns options that stamp TMX output with a creation date (TMX's {@code creationdate},
   * UTC, e.g. {@code 20260127T130000Z}); {@code null} writes none, the default, so that output
   * depends on the beads only.
   *
   * @param creationDate the instant written, to the second, or {@code null} for none
   * @return a copy with that date and this instance's other options
   */
  public FormatOptions withCreationDate(@Nullable Instant creationDate) {
    return new FormatOptions(emptySides, minScore, lowScoreThreshold, creationDate, chineseScript,
        creationTool, creationToolVersion, title, rawText);
  }

  /**
   * Returns options that label Chinese text with the given script instead of detecting it
   * ({@code null}: detect, the default). TMX and the review page use it.
   *
   * @param script the script whose language tag labels the Chinese text, or {@code null} to
   *     detect it with {@link ChineseScript#detect}
   * @return a copy with that script and this instance's other options
   */
  public FormatOptions withChineseScript(@Nullable ChineseScript script) {
    return new FormatOptions(emptySides, minScore, lowScoreThreshold, creationDate, script,
        creationTool, creationToolVersion, title, rawText);
  }

  /**
   * Returns options naming the tool in TMX's {@code creationtool}, {@code creationtoolversion}
   * and {@code o-tmf} attributes.
   *
   * @param tool the tool's name, e.g. {@code "my-pipeline"}; not blank
   * @param version the tool's version, e.g. {@code "2.1"}; not blank
   * @return a copy with that tool and this instance's other options
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is blank
   */
  public FormatOptions withCreationTool(String tool, String version) {
    checkNotBlank("tool", tool);
    checkNotBlank("version", version);
    return new FormatOptions(emptySides, minScore, lowScoreThreshold, creationDate, chineseScript,
        tool, version, title, rawText);
  }

  /**
   * Returns options with the review page's title (HTML only).
   *
   * @param title the page's title, written escaped; may be empty
   * @return a copy with that title and this instance's other options
   * @throws NullPointerException if {@code title} is null
   */
  public FormatOptions withTitle(String title) {
    Objects.requireNonNull(title, "title");
    return new FormatOptions(emptySides, minScore, lowScoreThreshold, creationDate, chineseScript,
        creationTool, creationToolVersion, title, rawText);
  }

  /**
   * Returns options that write each side's text exactly as in the input ({@code true}) or, the
   * default, as segment text ({@link io.github.duiqi.Bead#chineseText()}): hard-wrap line breaks
   * joined (with nothing between Chinese characters, one space between Latin words) and runs of
   * whitespace made one space, as translation memories and MT corpora expect. Offsets and ids
   * are the same either way: they always point into the input. Every format, the review page
   * and its exports included, writes the text this option chooses.
   *
   * @param raw true to write the input's text as it is, false for segment text
   * @return options that differ from these only in that choice
   */
  public FormatOptions withRawText(boolean raw) {
    return new FormatOptions(emptySides, minScore, lowScoreThreshold, creationDate, chineseScript,
        creationTool, creationToolVersion, title, raw);
  }

  /**
   * Returns whether text is written exactly as in the input instead of normalised.
   *
   * @return true for the input's text, false (the default) for segment text
   */
  public boolean rawText() {
    return rawText;
  }

  /** Returns the Chinese text of {@code bead} that the writers write. */
  String chineseText(Bead bead) {
    return rawText ? bead.chineseRawText() : bead.chineseText();
  }

  /** Returns the English text of {@code bead} that the writers write. */
  String englishText(Bead bead) {
    return rawText ? bead.englishRawText() : bead.englishText();
  }

  /** Returns the text of one sentence that the writers write (the review page's data). */
  String text(Sentence sentence) {
    return rawText ? sentence.text() : sentence.normalizedText();
  }

  /**
   * Returns whether beads with an empty side are written.
   *
   * @return {@code true} if 1-0 and 0-1 beads are written (the default), {@code false} if they
   *     are left out
   */
  public boolean emptySides() {
    return emptySides;
  }

  /**
   * Returns the score below which beads are left out.
   *
   * @return the minimum score, in {@code [0, 1]}; 0 by default
   */
  public double minScore() {
    return minScore;
  }

  /**
   * Returns the score below which the review page highlights a bead.
   *
   * @return the threshold, in {@code [0, 1]}; 0.5 by default
   */
  public double lowScoreThreshold() {
    return lowScoreThreshold;
  }

  /**
   * Returns the TMX creation date, if one is written.
   *
   * @return the date, or empty (the default) when TMX carries none
   */
  public Optional<Instant> creationDate() {
    return Optional.ofNullable(creationDate);
  }

  /**
   * Returns the Chinese script to label text with.
   *
   * @return the script, or empty (the default) to detect it from the text
   */
  public Optional<ChineseScript> chineseScript() {
    return Optional.ofNullable(chineseScript);
  }

  /**
   * Returns the tool name written into TMX headers.
   *
   * @return the name, {@code "duiqi"} by default; never blank
   */
  public String creationTool() {
    return creationTool;
  }

  /**
   * Returns the tool version written into TMX headers.
   *
   * @return the version, by default the library's (see {@link #defaults()}); never blank
   */
  public String creationToolVersion() {
    return creationToolVersion;
  }

  /**
   * Returns the review page's title.
   *
   * @return the title, {@code "duiqi alignment"} by default
   */
  public String title() {
    return title;
  }

  /** Returns whether a bead with this score and these side sizes is written. */
  boolean accepts(double score, boolean emptySide) {
    return score >= minScore && (emptySides || !emptySide);
  }

  private static void checkUnit(String what, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(what + " " + value + " is not in [0, 1]");
    }
  }

  private static void checkNotBlank(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  @Override
  public String toString() {
    return "FormatOptions[emptySides=" + emptySides + ", minScore=" + minScore
        + ", lowScoreThreshold=" + lowScoreThreshold + ", creationDate=" + creationDate
        + ", chineseScript=" + chineseScript + ", creationTool=" + creationTool + " "
        + creationToolVersion + ", title=" + title + ", rawText=" + rawText + "]";
  }
}
