package io.github.duiqi.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Where an input schema holds the columns of a pair, checked once on the driver, and how a row
 * is read into a {@link PairInput}. Serialised with each task: six {@code int}s.
 *
 * <p>A row gives exactly one form: {@code text}; or {@code zh} and {@code en}; or
 * {@code zh_sentences} and {@code en_sentences}. A schema may hold the columns of several forms
 * (JSON Lines mixing them does), each row using one.
 */
record InputColumns(int id, int zh, int en, int zhSentences, int enSentences, int text)
    implements Serializable {

  static final String ID = "id";
  static final String ZH = "zh";
  static final String EN = "en";
  static final String ZH_SENTENCES = "zh_sentences";
  static final String EN_SENTENCES = "en_sentences";
  static final String TEXT = "text";

  private static final int ABSENT = -1;

  /**
   * Finds the columns in {@code schema}.
   *
   * @throws IllegalArgumentException if there is no {@code id} column, no column of any form, a
   *     form has one of its two columns only, or a column has the wrong type
   */
  static InputColumns of(StructType schema) {
    Objects.requireNonNull(schema, "schema");
    int id = find(schema, ID, null);
    if (id == ABSENT) {
      throw new IllegalArgumentException("the pairs have no column 'id': " + schema.simpleString());
    }
    DataType strings = DataTypes.createArrayType(DataTypes.StringType);
    InputColumns c = new InputColumns(id, find(schema, ZH, DataTypes.StringType),
        find(schema, EN, DataTypes.StringType), find(schema, ZH_SENTENCES, strings),
        find(schema, EN_SENTENCES, strings), find(schema, TEXT, DataTypes.StringType));
    if ((c.zh == ABSENT) != (c.en == ABSENT)) {
      throw new IllegalArgumentException("the pairs have a column '" + (c.zh == ABSENT ? EN : ZH)
          + "' but no column '" + (c.zh == ABSENT ? ZH : EN) + "'");
    }
    if ((c.zhSentences == ABSENT) != (c.enSentences == ABSENT)) {
      throw new IllegalArgumentException("the pairs have a column '"
          + (c.zhSentences == ABSENT ? EN_SENTENCES : ZH_SENTENCES) + "' but no column '"
          + (c.zhSentences == ABSENT ? ZH_SENTENCES : EN_SENTENCES) + "'");
    }
    if (c.zh == ABSENT && c.zhSentences == ABSENT && c.text == ABSENT) {
      throw new IllegalArgumentException("the pairs have none of the columns zh and en, "
          + "zh_sentences and en_sentences, text: " + schema.simpleString());
    }
    return c;
  }

  /** Returns the index of {@code name}, checking its type unless {@code type} is null. */
  private static int find(StructType schema, String name, DataType type) {
    for (int k = 0; k < schema.fields().length; k++) {
      StructField f = schema.fields()[k];
      if (f.name().equals(name)) {
        if (type != null && !sameType(f.dataType(), type)) {
          throw new IllegalArgumentException("column '" + name + "' is "
              + f.dataType().simpleString() + ", not " + type.simpleString());
        }
        return k;
      }
    }
    return ABSENT;
  }

  private static boolean sameType(DataType actual, DataType expected) {
    if (expected instanceof ArrayType e) {
      return actual instanceof ArrayType a && a.elementType().equals(e.elementType());
    }
    return actual.equals(expected);
  }

  /**
   * Reads the pair of {@code row}.
   *
   * @throws IllegalArgumentException saying what is wrong if the row gives no form, two forms,
   *     one side only, or a null sentence
   */
  PairInput read(Row row) {
    boolean interleaved = given(row, text);
    boolean documents = given(row, zh) || given(row, en);
    boolean sentences = given(row, zhSentences) || given(row, enSentences);
    int forms = (interleaved ? 1 : 0) + (documents ? 1 : 0) + (sentences ? 1 : 0);
    if (forms == 0) {
      throw new IllegalArgumentException(
          "the row gives none of text, zh and en, zh_sentences and en_sentences");
    }
    if (forms > 1) {
      throw new IllegalArgumentException("the row gives "
          + (interleaved ? (documents ? "text and zh/en" : "text and zh_sentences/en_sentences")
              : "zh/en and zh_sentences/en_sentences") + "; give one of them");
    }
    if (interleaved) {
      return new PairInput.Interleaved(row.getString(text));
    }
    if (documents) {
      return new PairInput.Documents(side(row, zh, ZH, en, EN), side(row, en, EN, zh, ZH));
    }
    requireSide(row, zhSentences, ZH_SENTENCES, EN_SENTENCES);
    requireSide(row, enSentences, EN_SENTENCES, ZH_SENTENCES);
    return new PairInput.Sentences(sentences(row, zhSentences, ZH_SENTENCES),
        sentences(row, enSentences, EN_SENTENCES));
  }

  private static boolean given(Row row, int column) {
    return column != ABSENT && !row.isNullAt(column);
  }

  private static String side(Row row, int column, String name, int other, String otherName) {
    requireSide(row, column, name, otherName);
    return row.getString(column);
  }

  private static void requireSide(Row row, int column, String name, String otherName) {
    if (!given(row, column)) {
      throw new IllegalArgumentException(name + " is null but " + otherName + " is given");
    }
  }

  private static List<String> sentences(Row row, int column, String name) {
    List<String> list = row.getList(column);
    List<String> copy = new ArrayList<>(list.size());
    for (int k = 0; k < list.size(); k++) {
      String s = list.get(k);
      if (s == null) {
        throw new IllegalArgumentException(name + "[" + k + "] is null");
      }
      copy.add(s);
    }
    return copy;
  }
}
