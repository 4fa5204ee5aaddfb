package io.github.duiqi.lexicon;

import java.util.Arrays;

/**
 * The headwords of a lexicon as a trie in three flat arrays, nodes in breadth-first order so
 * that the children of node {@code n} are the nodes {@code firstChild[n] .. firstChild[n+1]-1},
 * sorted by their character: about 10 bytes a node, no object per node, and a table of the
 * root's children by character (256 KiB).
 *
 * <p>Immutable and thread-safe.
 */
final class HeadwordTrie {
  private final char[] label;
  private final int[] firstChild;
  private final int[] wordId;
  /**
   * The root's child by each character, -1 for none: the root has a child for nearly every
   * character a headword starts with (tens of thousands), where a binary search takes about
   * fifteen steps over memory the cache does not hold; a segmenter asks it at every position.
   */
  private final int[] rootChild;

  /** Builds the trie of {@code sorted}; headword {@code i} gets id {@code i}. */
  HeadwordTrie(Headwords sorted) {
    int capacity = 1;
    for (int h = 0; h < sorted.size(); h++) {
      capacity += sorted.length(h);
    }
    char[] labels = new char[capacity];
    int[] first = new int[capacity + 1];
    int[] ids = new int[capacity];
    Arrays.fill(ids, -1);
    // the queue holds, for each node in id order, the range of words below it and its depth
    int[] lo = new int[capacity];
    int[] hi = new int[capacity];
    int[] depth = new int[capacity];
    lo[0] = 0;
    hi[0] = sorted.size();
    int nodes = 1;
    for (int n = 0; n < nodes; n++) {
      first[n] = nodes;
      int a = lo[n];
      int b = hi[n];
      int d = depth[n];
      if (a < b && sorted.length(a) == d) {
        ids[n] = a;
        a++;
      }
      while (a < b) {
        char c = sorted.charAt(a, d);
        int end = a + 1;
        while (end < b && sorted.charAt(end, d) == c) {
          end++;
        }
        labels[nodes] = c;
        lo[nodes] = a;
        hi[nodes] = end;
        depth[nodes] = d + 1;
        nodes++;
        a = end;
      }
    }
    first[nodes] = nodes;
    this.label = Arrays.copyOf(labels, nodes);
    this.firstChild = Arrays.copyOf(first, nodes + 1);
    this.wordId = Arrays.copyOf(ids, nodes);
    this.rootChild = new int[Character.MAX_VALUE + 1];
    Arrays.fill(rootChild, -1);
    for (int c = firstChild[0]; c < firstChild[1]; c++) {
      rootChild[label[c]] = c;
    }
  }

  /** The number of nodes, the root included. */
  int size() {
    return label.length;
  }

  /** The child of {@code node} by character {@code c}, or -1. */
  int child(int node, char c) {
    if (node == 0) {
      return rootChild[c];
    }
    int a = firstChild[node];
    int b = firstChild[node + 1] - 1;
    while (a <= b) {
      int mid = (a + b) >>> 1;
      char m = label[mid];
      if (m < c) {
        a = mid + 1;
      } else if (m > c) {
        b = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The id of the word that ends at {@code node}, or -1. */
  int wordAt(int node) {
    return wordId[node];
  }

  /** The id of {@code word}, or -1 (characters folded as {@link #fold} does). */
  int find(CharSequence word) {
    int node = 0;
    for (int i = 0; i < word.length() && node >= 0; i++) {
      node = child(node, fold(word.charAt(i)));
    }
    return node < 0 ? -1 : wordId[node];
  }

  /**
   * Folds a character for matching: full-width ASCII forms to ASCII (３Ｄ to 3D), the middle
   * dots of names (・ ‧ ･) to U+00B7.
   */
  static char fold(char c) {
    if (c >= '\uff01' && c <= '\uff5e') {
      return (char) (c - 0xfee0);
    }
    if (c == '\u30fb' || c == '\u2027' || c == '\uff65') {
      return '\u00b7';
    }
    return c;
  }
}
