package io.github.duiqi.align;

/**
 * An open-addressing table of int keys: as counts ({@link #add}, {@link #get}), or as a
 * multimap from a key to ids ({@link #addId}, {@link #first}, {@link #next}), never both in
 * one table.
 */
final class IntCounts {
  private int[] keys = new int[64];
  private int[] values = new int[64];
  private boolean[] used = new boolean[64];
  private int size;

  void add(int key) {
    add(key, 1);
  }

  void add(int key, int count) {
    int slot = slotOf(key);
    if (used[slot]) {
      values[slot] += count;
    } else {
      insert(slot, key, count);
    }
  }

  /** Adds the counts of {@code other}. */
  void addAll(IntCounts other) {
    for (int s = 0; s < other.keys.length; s++) {
      if (other.used[s]) {
        add(other.keys[s], other.values[s]);
      }
    }
  }

  /** The count of {@code key}, or -1 for none. */
  int get(int key) {
    int slot = slotOf(key);
    return used[slot] ? values[slot] : -1;
  }

  void addId(int key, int id) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (used[slot]) {
      slot = (slot + 1) & mask;
    }
    insert(slot, key, id);
  }

  /** The first slot holding {@code key}, or -1. */
  int first(int key) {
    int mask = keys.length - 1;
    for (int slot = mix(key) & mask; used[slot]; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return slot;
      }
    }
    return -1;
  }

  /** The next slot after {@code slot} holding {@code key}, or -1. */
  int next(int slot, int key) {
    int mask = keys.length - 1;
    for (int s = (slot + 1) & mask; used[s]; s = (s + 1) & mask) {
      if (keys[s] == key) {
        return s;
      }
    }
    return -1;
  }

  int value(int slot) {
    return values[slot];
  }

  private int slotOf(int key) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (used[slot] && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void insert(int slot, int key, int value) {
    keys[slot] = key;
    values[slot] = value;
    used[slot] = true;
    if (2 * ++size > keys.length) {
      int[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldUsed = used;
      keys = new int[2 * oldKeys.length];
      values = new int[keys.length];
      used = new boolean[keys.length];
      size = 0;
      int mask = keys.length - 1;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldUsed[s]) {
          int to = mix(oldKeys[s]) & mask;
          while (used[to]) {
            to = (to + 1) & mask;
          }
          keys[to] = oldKeys[s];
          values[to] = oldValues[s];
          used[to] = true;
          size++;
        }
      }
    }
  }

  private static int mix(int key) {
    return (key * 0x9E3779B9) >>> 7;
  }
}
