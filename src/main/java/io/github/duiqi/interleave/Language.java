package io.github.duiqi.interleave;

/** The two languages of an interleaved stream. */
public enum Language {
  CHINESE,
  ENGLISH;

  /** Returns the other language. */
  public Language other() {
    return this == CHINESE ? ENGLISH : CHINESE;
  }
}
