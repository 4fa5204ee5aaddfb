package io.github.duiqi.format;

import java.util.Arrays;

/** A growable array of ints without boxing: the review page's paragraph starts. */
final class IntList {
  private int[] values = new int[64];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  void set(int index, int value) {
    values[index] = value;
  }

  int get(int index) {
    return values[index];
  }

  int size() {
    return size;
  }
}
