package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class NameEvidenceProperties {

  /** Names, their pinyin, and words that spell like them or read like their parts. */
  private static final String[] ZH = {"王琦瑶", "琦瑶", "佩珍", "李可", "程度", "江", "激昂", "西安",
      "他可以", "上海", "王安"};
  private static final String[] EN = {"Wang Qiyao", "Qiyao", "Peizhen", "Li Ke", "Chengdu",
      "Jiang", "thrilled", "Xian", "Like", "Shanghai", "Wang An", "like", "take", "Take"};

  private static void pair(Random random, int sentences, List<String> zh, List<String> en) {
    for (int k = 0; k < sentences; k++) {
      StringBuilder z = new StringBuilder();
      StringBuilder e = new StringBuilder();
      for (int w = random.nextInt(4); w > 0; w--) {
        z.append(ZH[random.nextInt(ZH.length)]).append(Synthetic.han(random, 2));
      }
      for (int w = random.nextInt(4); w > 0; w--) {
        e.append(EN[random.nextInt(EN.length)]).append(' ')
            .append(Synthetic.latin(random, 6)).append(' ');
      }
      zh.add(z.append('。').toString());
      en.add(e.append('.').toString());
    }
  }

  /**
   * The names of a pair do not depend on the order of its sentences (one permutation applied
   * to both sides), only their ids do: a spelling seen first or last counts the same.
   */
  @Property(tries = 60)
  void theNamesDoNotDependOnTheSentencesOrder(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 60) int sentences) {
    Random random = new Random(seed);
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    pair(random, sentences, zh, en);
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < sentences; k++) {
      order.add(k);
    }
    Collections.shuffle(order, random);
    List<String> zh2 = new ArrayList<>();
    List<String> en2 = new ArrayList<>();
    for (int k : order) {
      zh2.add(zh.get(k));
      en2.add(en.get(k));
    }
    NameEvidence a = NameEvidence.of(zh, en);
    NameEvidence b = NameEvidence.of(zh2, en2);
    // with forty sentences some of the eleven names recur on both sides: not a vacuous check
    assertTrue(sentences < 40 || !a.entities.isEmpty(), "no names in " + sentences);
    assertEquals(new TreeSet<>(a.entities), new TreeSet<>(b.entities));
    // and each sentence has as many mentions, of the same names, wherever it stands
    for (int k = 0; k < sentences; k++) {
      int at = order.indexOf(k);
      assertEquals(mentions(a, k, true), mentions(b, at, true), "Chinese " + k);
      assertEquals(mentions(a, k, false), mentions(b, at, false), "English " + k);
    }
  }

  private static List<String> mentions(NameEvidence x, int sentence, boolean chinese) {
    return NameEvidenceTest.mentions(x, sentence, chinese);
  }

  /** Every mention's name recurs on both sides, and the row loops cost it as the model does. */
  @Property(tries = 30)
  void namesRecurAndTheirTermIsTheModelsInEveryLoop(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 2, max = 40) int sentences) {
    Random random = new Random(seed);
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    pair(random, sentences, zh, en);
    NameEvidence x = NameEvidence.of(zh, en);
    int[] zhCount = new int[x.entities.size()];
    int[] enCount = new int[x.entities.size()];
    for (int id : x.zhNames) {
      zhCount[id]++;
    }
    for (int id : x.enNames) {
      enCount[id]++;
    }
    for (int e = 0; e < x.entities.size(); e++) {
      // a name's spellings occur twice or more on each side; its mentions may be fewer (a
      // longer name takes the place), but an entity nobody mentions is no name
      assertTrue(zhCount[e] + enCount[e] > 0, x.entities.get(e));
    }
    Profile[] p = Profile.of(zh, en);
    RowCostsTest.compareEverywhere(
        new CostModel(p[0], p[1], 3.0, Settings.DEFAULT).withNames(x, 0, 0));
  }
}
