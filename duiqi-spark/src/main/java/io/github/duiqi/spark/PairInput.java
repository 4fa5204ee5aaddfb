package io.github.duiqi.spark;

import java.util.List;

/** One input row's document pair, in the form its columns gave, before it is aligned. */
sealed interface PairInput {

  /** Returns the UTF-16 units of both sides together, the measure of the size limit. */
  long chars();

  /** The {@code zh} and {@code en} columns: two documents the aligner splits. */
  record Documents(String chinese, String english) implements PairInput {
    @Override
    public long chars() {
      return (long) chinese.length() + english.length();
    }
  }

  /** The {@code zh_sentences} and {@code en_sentences} columns: sentences split already. */
  record Sentences(List<String> chinese, List<String> english) implements PairInput {
    public Sentences {
      chinese = List.copyOf(chinese);
      english = List.copyOf(english);
    }

    @Override
    public long chars() {
      long n = 0;
      for (String s : chinese) {
        n += s.length();
      }
      for (String s : english) {
        n += s.length();
      }
      return n;
    }
  }

  /** The {@code text} column: one stream with each paragraph followed by its translation. */
  record Interleaved(String text) implements PairInput {
    @Override
    public long chars() {
      return text.length();
    }
  }
}
