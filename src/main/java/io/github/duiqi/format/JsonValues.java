package io.github.duiqi.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict parser of one JSON value (RFC 8259) into {@code Map} (objects, keys in order),
 * {@code List}, {@code String}, {@link NumberLiteral} (the literal as written),
 * {@code Boolean} and {@link #NULL}. Strings keep lone surrogates written as {@code \}{@code u}
 * escapes. Errors are {@link IllegalArgumentException}s saying what and at which column.
 */
final class JsonValues {

  /** JSON {@code null}. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** A JSON number, kept as its literal so that integers and decimals are read exactly. */
  record NumberLiteral(String literal) {}

  private static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;

  private JsonValues(String text) {
    this.text = text;
  }

  /** Parses {@code text}, which must hold one value and nothing else but whitespace. */
  static Object parse(String text) {
    JsonValues p = new JsonValues(text);
    Object value = p.value(0);
    p.spaces();
    if (p.pos < text.length()) {
      throw p.error("unexpected " + p.found() + " after the value");
    }
    return value;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("values nested deeper than " + MAX_DEPTH);
    }
    spaces();
    if (pos >= text.length()) {
      throw error("expected a value but found the end of the line");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", NULL);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("expected a value but found " + found());
      }
    };
  }

  private Map<String, Object> object(int depth) {
    pos++;
    Map<String, Object> members = new LinkedHashMap<>();
    spaces();
    if (peek('}')) {
      pos++;
      return Collections.unmodifiableMap(members);
    }
    while (true) {
      spaces();
      if (!peek('"')) {
        throw error("expected a key in quotes but found " + found());
      }
      int at = pos;
      String key = string();
      spaces();
      expect(':');
      if (members.put(key, value(depth + 1)) != null) {
        pos = at;
        throw error("duplicate key \"" + key + "\"");
      }
      spaces();
      if (peek(',')) {
        pos++;
      } else {
        expect('}');
        return Collections.unmodifiableMap(members);
      }
    }
  }

  private List<Object> array(int depth) {
    pos++;
    List<Object> items = new ArrayList<>();
    spaces();
    if (peek(']')) {
      pos++;
      return Collections.unmodifiableList(items);
    }
    while (true) {
      items.add(value(depth + 1));
      spaces();
      if (peek(',')) {
        pos++;
      } else {
        expect(']');
        return Collections.unmodifiableList(items);
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error(String.format(java.util.Locale.ROOT,
            "control character U+%04X in a string must be escaped", (int) c));
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(hex4());
        default -> {
          pos -= 2;
          throw error("invalid escape \\" + e);
        }
      }
    }
  }

  private char hex4() {
    if (pos + 4 > text.length()) {
      throw error("\\u needs four hex digits");
    }
    int v = 0;
    for (int k = 0; k < 4; k++) {
      int d = Character.digit(text.charAt(pos + k), 16);
      if (d < 0 || text.charAt(pos + k) > 'f') {
        throw error("\\u needs four hex digits");
      }
      v = v * 16 + d;
    }
    pos += 4;
    return (char) v;
  }

  private NumberLiteral number() {
    int start = pos;
    if (peek('-')) {
      pos++;
    }
    if (peek('0')) {
      pos++;
    } else if (!digits()) {
      throw error("invalid number");
    }
    if (peek('.')) {
      pos++;
      if (!digits()) {
        throw error("invalid number: digits must follow '.'");
      }
    }
    if (peek('e') || peek('E')) {
      pos++;
      if (peek('+') || peek('-')) {
        pos++;
      }
      if (!digits()) {
        throw error("invalid number: digits must follow the exponent");
      }
    }
    return new NumberLiteral(text.substring(start, pos));
  }

  private boolean digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return pos > start;
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("expected a value but found " + found());
    }
    pos += word.length();
    return value;
  }

  private void spaces() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "' but found " + found());
    }
    pos++;
  }

  private String found() {
    return pos >= text.length() ? "the end of the line" : "'" + text.charAt(pos) + "'";
  }

  private IllegalArgumentException error(String reason) {
    return new IllegalArgumentException(reason + " at column " + (pos + 1));
  }
}
