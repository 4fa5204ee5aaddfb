package io.github.duiqi.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines as written by {@link AlignmentFormat#JSONL}: one object a line with
 * {@code id}, {@code translation} ({@code zh} and {@code en}), {@code zh_ids}, {@code en_ids},
 * {@code zh_offsets}, {@code en_offsets} and {@code score}.
 *
 * <p>Every one of these members is required; their order does not matter, whitespace between
 * tokens is allowed and other members are ignored. Each line must be one JSON object (strict
 * RFC 8259: no comments, no trailing commas, no duplicate keys); {@code \}{@code uXXXX} escapes
 * give back any UTF-16 unit, lone surrogates included. Blank lines are skipped. Anything else,
 * and a value outside its range ({@link JsonLinesEntry}), is a {@link FormatException} naming
 * the source and line.
 *
 * <pre>{@code
 * try (Stream<JsonLinesEntry> entries = JsonLinesReader.open(Path.of("doc.jsonl")).stream()) {
 *   entries.filter(e -> e.score() >= 0.5).forEach(e -> System.out.println(e.english()));
 * }
 * }</pre>
 *
 * <p>An iterator over the entries ({@link RecordReader}): closing it closes the file it opened,
 * never a stream it was given. Not thread-safe: one thread reads from a reader.
 */
public final class JsonLinesReader extends LineRecordReader<JsonLinesEntry> {

  private JsonLinesReader(LineSource lines) {
    super(lines);
  }

  /**
   * Opens a UTF-8 JSON Lines file.
   *
   * @param file the file
   * @return a reader of the file, which closes it
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be opened
   */
  public static JsonLinesReader open(Path file) throws IOException {
    return new JsonLinesReader(LineSource.open(file));
  }

  /**
   * Reads JSON Lines from characters; {@code source} names it in error messages. Closing the
   * reader leaves {@code in} open.
   *
   * @param in the characters
   * @param source what error messages name the input
   * @return a reader of {@code in}
   * @throws NullPointerException if an argument is null
   */
  public static JsonLinesReader open(Reader in, String source) {
    return new JsonLinesReader(LineSource.of(in, source));
  }

  /**
   * Reads JSON Lines from UTF-8 bytes; {@code source} names it in error messages. Closing the
   * reader leaves {@code in} open.
   *
   * @param in the bytes
   * @param source what error messages name the input
   * @return a reader of {@code in}
   * @throws NullPointerException if an argument is null
   */
  public static JsonLinesReader open(InputStream in, String source) {
    return new JsonLinesReader(LineSource.of(in, source));
  }

  @Override
  JsonLinesEntry parse(String line) {
    Object value;
    try {
      value = JsonValues.parse(line);
    } catch (IllegalArgumentException e) {
      throw lines.error("not JSON: " + e.getMessage(), e);
    }
    Map<?, ?> object = as(Map.class, value, "the line");
    Map<?, ?> translation = as(Map.class, member(object, "translation"), "translation");
    try {
      return new JsonLinesEntry(integer(member(object, "id"), "id"),
          as(String.class, member(translation, "zh"), "translation.zh"),
          as(String.class, member(translation, "en"), "translation.en"),
          indices(member(object, "zh_ids"), "zh_ids"),
          indices(member(object, "en_ids"), "en_ids"),
          offsets(member(object, "zh_offsets"), "zh_offsets"),
          offsets(member(object, "en_offsets"), "en_offsets"),
          number(member(object, "score"), "score"));
    } catch (IllegalArgumentException e) {
      throw lines.error(String.valueOf(e.getMessage()), e);
    }
  }

  private Object member(Map<?, ?> object, String key) {
    Object value = object.get(key);
    if (value == null) {
      throw lines.error("missing \"" + key + "\"");
    }
    return value;
  }

  private List<Integer> indices(Object value, String name) {
    List<Integer> out = new ArrayList<>();
    for (Object item : as(List.class, value, name)) {
      out.add(index(item, name));
    }
    return out;
  }

  private List<JsonLinesEntry.Offsets> offsets(Object value, String name) {
    List<JsonLinesEntry.Offsets> out = new ArrayList<>();
    for (Object item : as(List.class, value, name)) {
      List<?> pair = as(List.class, item, name + " element");
      if (pair.size() != 2) {
        throw lines.error(name + ": expected [start, end] but found " + pair.size() + " numbers");
      }
      out.add(new JsonLinesEntry.Offsets(index(pair.get(0), name), index(pair.get(1), name)));
    }
    return out;
  }

  private int index(Object value, String name) {
    long n = integer(value, name + " element");
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      throw lines.error(name + ": " + n + " is too large");
    }
    return (int) n;
  }

  private long integer(Object value, String name) {
    String literal = as(JsonValues.NumberLiteral.class, value, name).literal();
    try {
      return Long.parseLong(literal);
    } catch (NumberFormatException e) {
      throw lines.error(name + ": " + literal + " is not an integer", e);
    }
  }

  private double number(Object value, String name) {
    return Double.parseDouble(as(JsonValues.NumberLiteral.class, value, name).literal());
  }

  private <T> T as(Class<T> type, Object value, String name) {
    if (!type.isInstance(value)) {
      throw lines.error(name + ": expected " + kind(type) + " but found "
          + kind(value.getClass()));
    }
    return type.cast(value);
  }

  private static String kind(Class<?> type) {
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    } else if (List.class.isAssignableFrom(type)) {
      return "an array";
    } else if (type == String.class) {
      return "a string";
    } else if (type == JsonValues.NumberLiteral.class) {
      return "a number";
    } else if (type == Boolean.class) {
      return "true or false";
    }
    return "null";
  }
}
