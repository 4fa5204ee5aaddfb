package io.github.duiqi.jmh;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.duiqi.SentenceSplitter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Splitting speed: duiqi's splitter against ICU4J's raw sentence {@link BreakIterator} over the
 * same few MB of mixed Chinese/English text, in the same run.
 *
 * <p>The text is generated deterministically (fixed seed) from sentences written for this
 * benchmark: Chinese (Simplified and Traditional) and English news-like prose with
 * abbreviations, decimals, quotes, brackets, hard-wrapped lines and blank lines. Throughput is
 * in texts per second; multiply by {@link #chars} for characters per second.
 *
 * <pre>{@code
 * ./mvnw -B -ntp -Pbenchmark test -Dbenchmark="SplitterBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s"
 * }</pre>
 *
 * <p>Each JMH thread has its own state; the splitter is shared and thread-safe.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SplitterBenchmark {

  /** Length of the generated text in UTF-16 units. */
  @Param({"4000000"})
  public int chars;

  private String text;
  private SentenceSplitter splitter;
  private BreakIterator icu;

  private static final String[] CHINESE = {
      "今年上半年，全市经济运行总体平稳，地区生产总值同比增长5.3%。",
      "会议指出，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。",
      "他说：“我们已经做好了准备。”",
      "“你什么时候回来？”她问。",
      "据统计，截至6月底，全省共有各类市场主体1.2亿户，比上年末增加3.29%。",
      "这份报告（全文约两万字）详细介绍了项目的进展情况。",
      "记者从《人民日报》获悉，相关政策将于下月正式实施。",
      "专家认为，短期内房价不会大幅下跌；但长期走势仍有不确定性。",
      "活动分为三个阶段：1.宣传动员；2.组织实施；3.总结评估。",
      "他想了想……最后还是没有开口。",
      "这真的是你写的吗？！",
      "當前，兩岸關係正處於重要關口，雙方應該加強溝通。",
      "據報導，颱風將於週三凌晨在沿海地區登陸，氣象部門已發出預警。",
      "你說過，最大的特點是可能性。",
      "小王今天没来上班，听说是生病了",
      "天气越来越冷了，大家要注意保暖！",
      "这个问题很复杂，需要从多个角度进行分析，不能一概而论。",
      "同比增长１２．５％，创下历史新高。",
  };

  private static final String[] ENGLISH = {
      "The restoration of China-U.S. relations has been the most important development in "
          + "decades.",
      "Mr. Smith met Dr. Jones at 9 a.m. on Monday to discuss the contract.",
      "Revenue rose 3.5% to $1.2 billion in the second quarter, the company said.",
      "\"We are ready,\" she said. \"The rest is up to them.\"",
      "The report (about 20,000 words in all) describes the project in detail.",
      "Prices of fruit, vegetables, meat, etc. are expected to stay stable.",
      "See https://www.example.org/reports/2024.html for the full text.",
      "Is this really what you wrote?!",
      "He paused... and then said nothing at all.",
      "According to J. R. Miller of Acme Inc., the plan will take effect next month.",
      "The U.S. Senate passed the bill by a vote of 62 to 38.",
      "Both sides should manage their differences; cooperation is the only right choice.",
      "Contact press@example.com for more information.",
      "It was, in the words of one observer, a turning point.",
      "Temperatures fell below zero overnight in most of the region.",
      "Smith et al. reported similar results in 2019.",
      "What happens next is anybody's guess.",
  };

  @Setup
  public void setUp() {
    text = generate(chars, 20261127L);
    splitter = SentenceSplitter.create();
    icu = BreakIterator.getSentenceInstance(ULocale.ROOT);
  }

  /** Builds paragraphs of Chinese, English or interleaved sentences until {@code length}. */
  static String generate(int length, long seed) {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder(length + 1000);
    while (b.length() < length) {
      int kind = random.nextInt(3); // 0 Chinese, 1 English, 2 interleaved
      int sentences = 2 + random.nextInt(7);
      int lineLength = 0;
      for (int i = 0; i < sentences; i++) {
        boolean chinese = kind == 0 || (kind == 2 && random.nextBoolean());
        String s = chinese ? CHINESE[random.nextInt(CHINESE.length)]
            : ENGLISH[random.nextInt(ENGLISH.length)];
        if (!chinese && b.length() > 0 && !Character.isWhitespace(b.charAt(b.length() - 1))) {
          // English is hard-wrapped now and then, otherwise spaced
          b.append(lineLength > 70 && random.nextInt(3) == 0 ? '\n' : ' ');
          lineLength = 0;
        }
        b.append(s);
        lineLength += s.length();
      }
      b.append(random.nextInt(4) == 0 ? "\r\n\r\n" : "\n\n");
    }
    b.setLength(length);
    return b.toString();
  }

  @Benchmark
  public List<?> duiqi() {
    return splitter.split(text);
  }

  @Benchmark
  public int icuRawSentenceIterator() {
    BreakIterator it = icu;
    it.setText(text);
    int count = 0;
    while (it.next() != BreakIterator.DONE) {
      count++;
    }
    return count;
  }
}
