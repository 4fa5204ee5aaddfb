package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameEvidenceTest {

  /** Mentions of one side's sentence, as entity spellings. */
  static List<String> mentions(NameEvidence x, int sentence, boolean chinese) {
    int[] at = chinese ? x.zhAt : x.enAt;
    int[] ids = chinese ? x.zhNames : x.enNames;
    List<String> out = new ArrayList<>();
    for (int k = at[sentence]; k < at[sentence + 1]; k++) {
      out.add(x.entities.get(ids[k]));
    }
    return out;
  }

  private static List<String> zh(NameEvidence x, int i) {
    return mentions(x, i, true);
  }

  private static List<String> en(NameEvidence x, int q) {
    return mentions(x, q, false);
  }

  @Test
  void aRecurringPinyinSpellingIsANameAndAFullNameIsTheSameEntityAsItsGivenName() {
    List<String> chinese =
        List.of("王琦瑶走进来。", "琦瑶笑了，佩珍也笑了。", "佩珍说：“王琦瑶好。”", "天气很好。");
    List<String> english = List.of("Wang Qiyao came in.", "Qiyao smiled, and so did Peizhen.",
        "\"Wang Qiyao is fine,\" Peizhen said.", "The weather was fine.");
    NameEvidence x = NameEvidence.of(chinese, english);
    // 王琦瑶 is read whole (the longest name at its position), as the English reads Wang Qiyao
    assertEquals(List.of("wang qiyao"), zh(x, 0));
    assertEquals(List.of("wang qiyao"), en(x, 0));
    // Qiyao alone is the same entity: the pair and its word are joined
    assertEquals(zh(x, 0), zh(x, 1).subList(0, 1));
    assertEquals(List.of("wang qiyao", "peizhen"), en(x, 1));
    assertEquals(List.of("peizhen", "wang qiyao"), zh(x, 2));
    assertEquals(List.of(), zh(x, 3));
    assertEquals(List.of(), en(x, 3));
  }

  @Test
  void aSpellingSeenOnceOnEitherSideIsNoName() {
    // Peizhen twice in the English but 佩珍 once in the Chinese; Qiyao once in the English
    List<String> chinese = List.of("琦瑶和佩珍。", "琦瑶走了。");
    List<String> english = List.of("Qiyao and Peizhen.", "Peizhen left.");
    NameEvidence x = NameEvidence.of(chinese, english);
    assertTrue(x.isEmpty(), () -> "names: " + x.entities);
    assertArrayEquals(new int[3], x.zhAt);
    assertArrayEquals(new int[3], x.enAt);
  }

  @Test
  void onlyCapitalisedWholeWordsOfTwoSyllablesOrMoreCount() {
    // "qiyao" in lower case, "QIYAO" in capitals, "Wang" of one syllable, "Qiyaos" not the
    // spelling, "Qiyao2" not a whole word
    List<String> chinese = List.of("王王琦瑶琦瑶", "王琦瑶琦瑶");
    List<String> english = List.of("qiyao QIYAO Wang Wang", "Qiyaos Qiyao2 Wang");
    NameEvidence x = NameEvidence.of(chinese, english);
    assertTrue(x.isEmpty(), () -> "names: " + x.entities);
  }

  @Test
  void aWordMostlyWrittenInLowerCaseIsNoName() {
    // Take spells ta-ke (他可) and begins two sentences, but take stands in lower case too
    List<String> chinese = List.of("他可以走。", "他可以来。", "我们走。");
    List<String> english = List.of("Take it.", "Take them and take care.", "We take it, take it.");
    assertTrue(NameEvidence.of(chinese, english).isEmpty());
    // written in lower case once for four capitalised, it stays a name
    List<String> named = List.of("Take it.", "Take them.", "Take one.", "Take two, take.");
    assertEquals(List.of("take"), NameEvidence.of(chinese, named).entities);
  }

  @Test
  void aSyllableThatStartsWithAVowelOrHasNoneBeginsNoSyllableInsideAWord() {
    // Jiang is no ji-ang (激昂), Tang no ta-ng (他嗯): pinyin writes an apostrophe there
    List<String> chinese = List.of("江说：“我很激昂。”", "江走了。", "他激昂地说：他嗯。", "他嗯了一声。");
    List<String> english = List.of("Jiang said, \"I am thrilled.\"", "Jiang left.",
        "He said with passion, Tang.", "Tang said hm.");
    assertTrue(NameEvidence.of(chinese, english).isEmpty(),
        () -> "names: " + NameEvidence.of(chinese, english).entities);
    // between the words of a two-word name a vowel may begin: Wang An (王安)
    List<String> named = List.of("王安来了。", "王安走了。");
    List<String> english2 = List.of("Wang An came.", "Wang An left.");
    assertEquals(List.of("wang an"), NameEvidence.of(named, english2).entities);
  }

  @Test
  void spellingsThatReadAsTheSameSyllablesAreAllCountedWhateverTheirOrder() {
    // "Like" (a sentence's first word, also in lower case) and "Li Ke" both read li-ke (李可)
    List<String> chinese = List.of("李可来了。", "李可走了。", "我喜欢。");
    List<String> likeFirst = List.of("Like her, he went, like a friend.", "Li Ke came.",
        "Li Ke left.");
    List<String> likeLast = List.of("Li Ke came.", "Li Ke left.",
        "Like her, he went, like a friend.");
    assertEquals(List.of("li ke"), NameEvidence.of(chinese, likeFirst).entities);
    assertEquals(List.of("li ke"), NameEvidence.of(chinese, likeLast).entities);
    assertEquals(List.of("li ke"), zh(NameEvidence.of(chinese, likeFirst), 0));
    // both spellings names (Like never in lower case): one name, labelled alike in any order
    List<String> both = List.of("Like came.", "Li Ke came.", "Like left.", "Li Ke left.");
    NameEvidence x = NameEvidence.of(chinese, both);
    assertEquals(List.of("li ke"), x.entities);
    assertEquals(List.of("li ke"), en(x, 0));
    assertEquals(List.of("li ke"), en(x, 1));
    assertEquals(x.entities, NameEvidence.of(chinese, List.of(both.get(3), both.get(2),
        both.get(1), both.get(0))).entities);
  }

  @Test
  void aSpellingTheChineseReadsFarMoreOftenThanTheEnglishWritesItIsACommonWord() {
    // 程度 (extent) reads cheng-du as Chengdu does: seven against two is no name
    List<String> chinese = List.of("他去了程度。", "程度很大。", "这种程度的事。", "在某种程度上。",
        "程度不同。", "很大程度上。", "某种程度。");
    List<String> english = List.of("He went to Chengdu.", "Chengdu is big.", "Such a thing.",
        "To some extent.", "It differs.", "Largely.", "Somewhat.");
    assertTrue(NameEvidence.of(chinese, english).isEmpty());
    assertEquals(List.of("chengdu"),
        NameEvidence.of(chinese.subList(0, 3), english.subList(0, 3)).entities);
  }

  @Test
  void theTermCountsMentionsTheOtherSideLacksOnBothSides() {
    List<String> chinese = List.of("王琦瑶走进来。", "佩珍也来了。", "琦瑶和佩珍走了。");
    List<String> english = List.of("Wang Qiyao came in.", "Then Peizhen came.",
        "Qiyao and Peizhen left.");
    Profile[] p = Profile.of(chinese, english);
    CostModel model = new CostModel(p[0], p[1], 3.0, Settings.DEFAULT)
        .withNames(NameEvidence.of(chinese, english), 0, 0);
    assertEquals(0, model.unmatchedNames(0, 1, 0, 1));
    // Chinese 0 with English 1: Wang Qiyao unmatched in the Chinese, Peizhen in the English
    assertEquals(2, model.unmatchedNames(0, 1, 1, 2));
    assertEquals(0, model.unmatchedNames(0, 3, 0, 3));
    assertEquals(1, model.unmatchedNames(2, 3, 1, 2)); // 琦瑶 has no match in English 1
    assertEquals(2, model.unmatchedNames(1, 1, 2, 3)); // no Chinese: both English mentions
    double off = new CostModel(p[0], p[1], 3.0, Settings.DEFAULT.withFeatureWeight(
        Settings.NAMES, 0)).withNames(NameEvidence.of(chinese, english), 0, 0).cost(0, 1, 2);
    assertEquals(off + 2 * Settings.defaultFeatureWeight(Settings.NAMES), model.cost(0, 1, 2),
        1e-12);
  }

  @Test
  void theNamesAreTheSameReadOnOneThreadOrInParts() {
    List<String> chinese = new ArrayList<>();
    List<String> english = new ArrayList<>();
    namedPair(new Random(9), 2 * NameEvidence.PARALLEL_FROM + 77, chinese, english);
    NameEvidence one = NameEvidence.of(chinese, english, 1);
    NameEvidence parts = NameEvidence.of(chinese, english, 3);
    assertTrue(one.entities.size() >= 4, () -> "names: " + one.entities);
    assertEquals(one.entities, parts.entities);
    assertArrayEquals(one.zhAt, parts.zhAt);
    assertArrayEquals(one.zhNames, parts.zhNames);
    assertArrayEquals(one.enAt, parts.enAt);
    assertArrayEquals(one.enNames, parts.enNames);
  }

  @Test
  void rowCostsWithNamesEqualTheModelsCostBitForBit() {
    Random random = new Random(5);
    List<String> chinese = new ArrayList<>();
    List<String> english = new ArrayList<>();
    namedPair(random, 90, chinese, english);
    NameEvidence x = NameEvidence.of(chinese, english);
    assertTrue(x.entities.size() >= 4, () -> "names: " + x.entities);
    // the whole pair, and a paragraph pair inside it (offsets into the document's names)
    Profile[] p = Profile.of(chinese, english);
    int compared = RowCostsTest.compareEverywhere(
        new CostModel(p[0], p[1], 3.0, Settings.DEFAULT).withNames(x, 0, 0));
    Profile[] part = Profile.of(chinese.subList(30, 70), english.subList(25, 72));
    compared += RowCostsTest.compareEverywhere(
        new CostModel(part[0], part[1], 3.0, Settings.DEFAULT).withNames(x, 30, 25));
    assertTrue(compared > 20_000, "cells compared: " + compared);
  }

  /**
   * Sentences naming five people, some mentions on one side only, lower-case English words
   * between, numbers now and then, and one Chinese sentence of more than 64 mentions.
   */
  private static void namedPair(Random random, int sentences, List<String> chinese,
      List<String> english) {
    String[] zhNames = {"王琦瑶", "琦瑶", "佩珍", "程先生", "严师母"};
    String[] enNames = {"Wang Qiyao", "Qiyao", "Peizhen", "Cheng Xiansheng", "Yan Shimu"};
    for (int k = 0; k < sentences; k++) {
      StringBuilder z = new StringBuilder();
      StringBuilder e = new StringBuilder();
      int names = random.nextInt(4);
      for (int n = 0; n < names; n++) {
        int which = random.nextInt(zhNames.length);
        z.append(zhNames[which]).append(Synthetic.han(random, 3));
        // now and then a name only one side mentions (a pronoun on the other)
        if (random.nextInt(5) > 0) {
          e.append(enNames[which]).append(' ').append(Synthetic.latin(random, 8)).append(' ');
        }
      }
      if (random.nextInt(6) == 0) {
        e.append(enNames[random.nextInt(enNames.length)]).append(' ');
      }
      if (k == 40) {
        // more than 64 mentions in one row: the direct count
        for (int n = 0; n < 70; n++) {
          z.append("佩珍，");
          e.append(n % 2 == 0 ? "Peizhen, " : "");
        }
      }
      z.append(k % 3 == 0 ? k + "。" : "。");
      e.append(Synthetic.latin(random, 20)).append(k % 3 == 0 ? " " + k + "." : ".");
      chinese.add(z.toString());
      english.add(e.toString());
    }
  }
}
