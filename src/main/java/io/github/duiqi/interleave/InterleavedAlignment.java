package io.github.duiqi.interleave;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.ParagraphPair;
import io.github.duiqi.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligns an interleaved stream: finds its language runs, lays them out in blocks, aligns each
 * block's Chinese with its English as two small documents (paragraphs, then sentences), and
 * joins the blocks' results with indices and offsets into the whole stream.
 *
 * <p>Stateless; thread-safe as the aligner it is given.
 */
public final class InterleavedAlignment {

  private InterleavedAlignment() {}

  /**
   * Aligns {@code text} with {@code aligner}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Alignment align(Aligner aligner, String text) {
    InterleavedLayout layout = InterleavedLayout.of(text, LanguageRuns.find(text));
    List<Sentence> chinese = new ArrayList<>();
    List<Sentence> english = new ArrayList<>();
    List<Bead> beads = new ArrayList<>();
    List<ParagraphPair> paragraphs = new ArrayList<>();
    for (InterleavedLayout.Block block : layout.blocks()) {
      int zhBase = block.chineseStart();
      int enBase = block.englishStart();
      Alignment part = aligner.align(text.substring(zhBase, block.chineseEnd()),
          text.substring(enBase, block.englishEnd()));
      int zhIndex = chinese.size();
      int enIndex = english.size();
      for (Sentence s : part.chinese()) {
        chinese.add(shift(s, zhBase));
      }
      for (Sentence s : part.english()) {
        english.add(shift(s, enBase));
      }
      for (ParagraphPair pair : part.paragraphs()) {
        List<Bead> shifted = new ArrayList<>(pair.beads().size());
        for (Bead bead : pair.beads()) {
          shifted.add(shift(bead, zhIndex, zhBase, enIndex, enBase));
        }
        beads.addAll(shifted);
        paragraphs.add(new ParagraphPair(pair.chineseText(), pair.chineseStart() + zhBase,
            pair.chineseEnd() + zhBase, pair.englishText(), pair.englishStart() + enBase,
            pair.englishEnd() + enBase, shifted));
      }
    }
    return new Alignment(chinese, english, beads, paragraphs);
  }

  private static Sentence shift(Sentence s, int base) {
    return new Sentence(s.text(), s.start() + base, s.end() + base);
  }

  private static Bead shift(Bead bead, int zhIndex, int zhBase, int enIndex, int enBase) {
    List<Integer> zhIds = new ArrayList<>(bead.chineseIndices().size());
    List<Sentence> zh = new ArrayList<>(bead.chinese().size());
    for (int k = 0; k < bead.chinese().size(); k++) {
      zhIds.add(bead.chineseIndices().get(k) + zhIndex);
      zh.add(shift(bead.chinese().get(k), zhBase));
    }
    List<Integer> enIds = new ArrayList<>(bead.englishIndices().size());
    List<Sentence> en = new ArrayList<>(bead.english().size());
    for (int k = 0; k < bead.english().size(); k++) {
      enIds.add(bead.englishIndices().get(k) + enIndex);
      en.add(shift(bead.english().get(k), enBase));
    }
    return new Bead(zhIds, enIds, zh, en, bead.score());
  }
}
