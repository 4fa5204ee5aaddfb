package io.github.duiqi.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A synthetic Chinese–English document pair for benchmarks and scale tests: sentences of
 * realistic length and realistic bead mix, made of random common Han characters and random
 * English words, with the gold beads that produced them.
 *
 * <p>The statistics below were measured on the hand-aligned development sets (mac-dev, aca and
 * mag pooled: 3,683 Chinese and 4,100 English sentences, 3,399 beads); no text from them is used.
 * <ul>
 *   <li>Chinese sentence length in UTF-16 units: log-normal, mean of ln 3.37, sd 0.63
 *       (pooled median 31, 95th percentile 73).
 *   <li>English characters per Chinese character inside a bead: log-normal, mean of ln 1.185
 *       (median ratio 3.3), sd 0.31; about 12 % of Chinese characters are punctuation.
 *   <li>Bead mix (pooled 1-1 79 %, 1-2 10 %, 2-1 5 %, 1-3 2 %, 1-4 1 %, 2-2 1 %, 3-1 0.5 %,
 *       1-0 0.3 %, 0-1 0.1 %): here 1-0 and 0-1 are raised to 1.5 % each, since web and
 *       parliament corpora drop and add more than edited books do, and 1-1 is lowered to
 *       match: 1-1 76.5 %, 1-2 10 %, 2-1 5.5 %, 1-3 2.5 %, 1-0 1.5 %, 0-1 1.5 %, 2-2 1 %,
 *       1-4 1 %, 3-1 0.5 %. English sentences come out about 1.11 times as many as Chinese ones,
 *       as in the real data.
 *   <li>Cheap evidence at about the rates of the development data (mag and mac-dev): one bead in
 *       twenty carries the same Arabic number on both sides (the Han list and the word list add
 *       Chinese numerals and English number words at random, as running text does); one in ten
 *       a Latin name on both sides (mag: 0.14 Latin tokens a Chinese sentence); one in eight is
 *       dialogue in quotes on both sides; one in forty ends in a question mark,
 *       and one in forty in an exclamation mark, on both sides.
 * </ul>
 *
 * <p>Generation is deterministic: the same size and seed give the same pair on every JVM.
 *
 * @param chinese the Chinese sentences
 * @param english the English sentences
 * @param beadChinese the number of Chinese sentences in each gold bead, in order
 * @param beadEnglish the number of English sentences in each gold bead, in order
 */
public record SyntheticPair(
    List<String> chinese, List<String> english, byte[] beadChinese, byte[] beadEnglish) {

  /** Bead types as {zh, en, weight in per mille}. */
  static final int[][] BEAD_MIX = {
    {1, 1, 765}, {1, 2, 100}, {2, 1, 55}, {1, 3, 25}, {1, 0, 15}, {0, 1, 15}, {2, 2, 10},
    {1, 4, 10}, {3, 1, 5},
  };

  static final double ZH_LOG_MEAN = 3.37;
  static final double ZH_LOG_SD = 0.63;
  static final double RATIO_LOG_MEAN = 1.185;
  static final double RATIO_LOG_SD = 0.31;
  static final double EN_LOG_MEAN = 4.45;
  static final double EN_LOG_SD = 0.72;

  /** About 400 of the most frequent Han characters, typed from general knowledge of Chinese. */
  static final String HAN = distinct(
      "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着"
          + "事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定"
          + "见只主没公从知全两长把机工己已问意开高手现实战力使二样情明理正新体间相被本点但路外利正几产区"
          + "动果向关各重回想老表物平海度第文问打性次位常部因入名水通由电世外加民内员信立市身期结者头员"
          + "场气合特路认何美直件战数先果教原西门程只并此社最品民难往车议非记南城东北接转运象少候记觉光"
          + "给服先放眼白往神女半许风话音清音书边条花读声真许题色满报收感找近完院取吃客思士球楼研师送写"
          + "友强早包深营离管识决治张讲快今指整任山流变准望语落必再论尔叫越改基让城远房亲价命较界展口共"
          + "便交元图节术济处总红青单江且精告持备区调养确史速华规际拉复类病料影历保容越集存林族黄言般况"
          + "试请火约格商示石引采须习议始义极传号参未必写报称空走呢室带雨虽河爱须衣何切喜故马农医德易李");

  private static String distinct(String chars) {
    StringBuilder out = new StringBuilder();
    chars.chars().distinct().forEach(c -> out.append((char) c));
    return out.toString();
  }

  static final String[] WORDS = (
      "the of and to a in that it was he for on are as with his they at be this from have or by one"
          + " had not but what all were when we there can an your which their said if do will each"
          + " about how up out them then she many some so these would other into has more her two"
          + " like him see time could no make than first been its who now people my made over did"
          + " down only way find use may water long little very after words called just where most"
          + " know get through back much before go good new write our used me man too any day same"
          + " right look think also around another came come work three word must because does part"
          + " even place well such here take why things help put years different away again off went"
          + " old number great tell men say small every found still between name should home big give"
          + " air line set own under read last never us left end along while might next sound below"
          + " saw something thought both few those always looked show large often together asked house"
          + " world going want school important until form food keep children feet land side without"
          + " boy once animals life enough took sometimes four head above kind began almost live page"
          + " got earth need far hand high year mother light parts country father let night following"
          + " picture being study second eyes soon times story boys since white days ever paper hard"
          + " near sentence better best across during today others however sure means knew try told"
          + " young miles sun ways thing whole hear example heard several change answer room sea"
          + " against top turned learn point city play toward five using himself usually money seen"
          + " car morning government river village market question letter village report minister"
          + " council committee policy economy trade village winter summer history reform province")
      .split(" ");

  /** Latin-script names and acronyms, as they stand inside Chinese text. */
  static final String[] NAMES = (
      "Apple Google NASA COVID Smith Johnson Paris London Berlin Obama Merkel Tesla Amazon"
          + " Microsoft UNESCO WHO NATO IBM Harvard Oxford Yale Nike Sony Toyota Boeing Airbus")
      .split(" ");

  /** Validates and copies. */
  public SyntheticPair {
    chinese = List.copyOf(chinese);
    english = List.copyOf(english);
    beadChinese = beadChinese.clone();
    beadEnglish = beadEnglish.clone();
    if (beadChinese.length != beadEnglish.length) {
      throw new IllegalArgumentException("bead arrays differ in length");
    }
  }

  /**
   * Generates a pair with exactly {@code chineseSentences} Chinese sentences (and about 1.11 times
   * as many English ones).
   *
   * @param chineseSentences number of Chinese sentences, at least 1
   * @param seed random seed
   */
  public static SyntheticPair generate(int chineseSentences, long seed) {
    if (chineseSentences < 1) {
      throw new IllegalArgumentException("chineseSentences " + chineseSentences + " < 1");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> zh = new ArrayList<>(chineseSentences);
    List<String> en = new ArrayList<>(chineseSentences + chineseSentences / 8);
    ByteList beadZh = new ByteList();
    ByteList beadEn = new ByteList();
    StringBuilder buffer = new StringBuilder(512);
    int[] zhLengths = new int[4];
    int[] enLengths = new int[4];
    while (zh.size() < chineseSentences) {
      int[] type = pickType(random);
      int zhCount = type[0];
      int enCount = type[1];
      if (zhCount > chineseSentences - zh.size()) {
        zhCount = 1;
        enCount = 1;
      }
      String number = random.nextInt(20) == 0 ? Integer.toString(random.nextInt(1, 3000)) : null;
      String name = random.nextInt(10) == 0 ? NAMES[random.nextInt(NAMES.length)] : null;
      boolean quoted = random.nextInt(8) == 0;
      char mark = endMark(random);
      int zhTotal = 0;
      for (int k = 0; k < zhCount; k++) {
        zhLengths[k] = logNormalLength(random, ZH_LOG_MEAN, ZH_LOG_SD, 2, 600);
        zhTotal += zhLengths[k];
      }
      int enTotal = zhCount == 0
          ? logNormalLength(random, EN_LOG_MEAN, EN_LOG_SD, 4, 2000)
          : (int) Math.round(zhTotal * Math.exp(RATIO_LOG_MEAN + RATIO_LOG_SD
              * random.nextGaussian()));
      split(random, enTotal, enCount, enLengths);
      for (int k = 0; k < zhCount; k++) {
        boolean last = k == zhCount - 1;
        zh.add(quote(quoted, chineseSentence(random, buffer, zhLengths[k], k == 0 ? number : null,
            k == 0 ? name : null, last ? mark : '。'), '“', '”'));
      }
      for (int k = 0; k < enCount; k++) {
        boolean last = k == enCount - 1;
        en.add(quote(quoted, englishSentence(random, buffer, enLengths[k], k == 0 ? number : null,
            k == 0 ? name : null, last ? englishMark(mark) : '.'), '"', '"'));
      }
      beadZh.add((byte) zhCount);
      beadEn.add((byte) enCount);
    }
    return new SyntheticPair(zh, en, beadZh.toArray(), beadEn.toArray());
  }

  /** Writes the two sides as one sentence a line, and the gold beads in ladder form. */
  public void write(Path chineseFile, Path englishFile, Path alignFile) throws IOException {
    Files.write(chineseFile, chinese, StandardCharsets.UTF_8);
    Files.write(englishFile, english, StandardCharsets.UTF_8);
    Files.write(alignFile, goldLadder(), StandardCharsets.UTF_8);
  }

  /** Returns the gold beads as {@code [zh ids]:[en ids]} lines, 0-based. */
  public List<String> goldLadder() {
    List<String> lines = new ArrayList<>(beadChinese.length);
    int z = 0;
    int e = 0;
    StringBuilder line = new StringBuilder();
    for (int b = 0; b < beadChinese.length; b++) {
      line.setLength(0);
      line.append('[');
      for (int k = 0; k < beadChinese[b]; k++) {
        line.append(k == 0 ? "" : ",").append(z++);
      }
      line.append("]:[");
      for (int k = 0; k < beadEnglish[b]; k++) {
        line.append(k == 0 ? "" : ",").append(e++);
      }
      lines.add(line.append(']').toString());
    }
    return lines;
  }

  private static int[] pickType(SplittableRandom random) {
    int draw = random.nextInt(1000);
    for (int[] type : BEAD_MIX) {
      draw -= type[2];
      if (draw < 0) {
        return type;
      }
    }
    return BEAD_MIX[0];
  }

  private static char endMark(SplittableRandom random) {
    int draw = random.nextInt(40);
    return draw == 0 ? '？' : draw == 1 ? '！' : '。';
  }

  private static char englishMark(char chineseMark) {
    return chineseMark == '？' ? '?' : chineseMark == '！' ? '!' : '.';
  }

  static int logNormalLength(SplittableRandom random, double mean, double sd, int min, int max) {
    long length = Math.round(Math.exp(mean + sd * random.nextGaussian()));
    return (int) Math.max(min, Math.min(max, length));
  }

  /** Splits {@code total} into {@code parts} shares of random, roughly even size. */
  private static void split(SplittableRandom random, int total, int parts, int[] out) {
    if (parts == 0) {
      return;
    }
    double[] weights = new double[parts];
    double sum = 0;
    for (int k = 0; k < parts; k++) {
      weights[k] = 0.4 + 1.2 * random.nextDouble();
      sum += weights[k];
    }
    for (int k = 0; k < parts; k++) {
      out[k] = Math.max(6, (int) Math.round(total * weights[k] / sum));
    }
  }

  private static String quote(boolean quoted, String sentence, char open, char close) {
    return quoted ? open + sentence + close : sentence;
  }

  private static String chineseSentence(SplittableRandom random, StringBuilder buffer,
      int length, String number, String name, char end) {
    buffer.setLength(0);
    int nextComma = 6 + random.nextInt(10);
    if (number != null) {
      buffer.append(number).append('年');
    }
    if (name != null) {
      buffer.append(HAN.charAt(random.nextInt(HAN.length()))).append(name);
    }
    while (buffer.length() < length - 1) {
      if (--nextComma == 0) {
        buffer.append('，');
        nextComma = 6 + random.nextInt(10);
      } else {
        buffer.append(HAN.charAt(random.nextInt(HAN.length())));
      }
    }
    return buffer.append(end).toString();
  }

  private static String englishSentence(SplittableRandom random, StringBuilder buffer,
      int length, String number, String name, char end) {
    buffer.setLength(0);
    String first = WORDS[random.nextInt(WORDS.length)];
    buffer.append(Character.toUpperCase(first.charAt(0))).append(first, 1, first.length());
    if (number != null) {
      buffer.append(" in ").append(number);
    }
    if (name != null) {
      buffer.append(' ').append(name);
    }
    int nextComma = 8 + random.nextInt(12);
    while (buffer.length() < length - 1) {
      buffer.append(--nextComma == 0 ? ", " : " ");
      if (nextComma == 0) {
        nextComma = 8 + random.nextInt(12);
      }
      buffer.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return buffer.append(end).toString();
  }

  /**
   * Writes a generated pair to files, for the whole-process scale test.
   *
   * <p>Usage: {@code SyntheticPair SENTENCES SEED OUT_PREFIX} writes OUT_PREFIX.zh, .en, .align.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: SyntheticPair SENTENCES SEED OUT_PREFIX");
      System.exit(2);
    }
    SyntheticPair pair = generate(Integer.parseInt(args[0]), Long.parseLong(args[1]));
    pair.write(Path.of(args[2] + ".zh"), Path.of(args[2] + ".en"), Path.of(args[2] + ".align"));
    System.out.println(pair.chinese().size() + " Chinese, " + pair.english().size()
        + " English sentences, " + pair.beadChinese().length + " beads");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyntheticPair p && chinese.equals(p.chinese)
        && english.equals(p.english) && java.util.Arrays.equals(beadChinese, p.beadChinese)
        && java.util.Arrays.equals(beadEnglish, p.beadEnglish);
  }

  @Override
  public int hashCode() {
    return Objects.hash(chinese, english, java.util.Arrays.hashCode(beadChinese),
        java.util.Arrays.hashCode(beadEnglish));
  }

  @Override
  public byte[] beadChinese() {
    return beadChinese.clone();
  }

  @Override
  public byte[] beadEnglish() {
    return beadEnglish.clone();
  }

  @Override
  public String toString() {
    return "SyntheticPair[" + chinese.size() + " zh, " + english.size() + " en, "
        + beadChinese.length + " beads]";
  }

  private static final class ByteList {
    private byte[] bytes = new byte[1024];
    private int size;

    void add(byte b) {
      if (size == bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, size * 2);
      }
      bytes[size++] = b;
    }

    byte[] toArray() {
      return java.util.Arrays.copyOf(bytes, size);
    }
  }
}
