package io.github.duiqi.format;

import io.github.duiqi.Bead;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Filtering, counting, the closed state and the outputs it owns, shared by all writers. */
abstract class AbstractBeadWriter implements BeadWriter {

  final FormatOptions options;
  final TextPolicy.Counts counts = new TextPolicy.Counts();
  private long nextId;
  private long written;
  private long omitted;
  private boolean closed;
  /** The document of the beads written next, or null if none was named. */
  @Nullable String document;
  /** What the writer opened itself (the files of {@code writer(Path, ...)}): closed last. */
  private final List<Closeable> owned = new ArrayList<>(2);

  AbstractBeadWriter(FormatOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public final void write(Bead bead) throws IOException {
    Objects.requireNonNull(bead, "bead");
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    // ids count every bead given, written or not, so a bead keeps its id whatever the filter
    long id = nextId++;
    boolean emptySide = bead.chinese().isEmpty() || bead.english().isEmpty();
    if (!options.accepts(bead.score(), emptySide)) {
      omitted++;
      return;
    }
    writeBead(bead, id);
    written++;
  }

  @Override
  public final void startDocument(String name) {
    Objects.requireNonNull(name, "name");
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    document = name;
  }

  @Override
  public final WriteSummary summary() {
    return new WriteSummary(written, omitted, counts.escaped, counts.replaced);
  }

  /** Makes {@link #close()} close {@code output}, which the writer's factory opened. */
  final AbstractBeadWriter owning(Closeable output) {
    owned.add(Objects.requireNonNull(output, "output"));
    return this;
  }

  @Override
  public final void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    IOException failure = null;
    try {
      finish();
    } catch (IOException | RuntimeException e) {
      failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
    for (Closeable output : owned) {
      try {
        output.close();
      } catch (IOException | RuntimeException e) {
        if (failure == null) {
          failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Writes one bead that the options accept; {@code id} is its 0-based position in the input. */
  abstract void writeBead(Bead bead, long id) throws IOException;

  /**
   * Writes the end of the format and flushes the output down to the caller's stream, which it
   * never closes.
   */
  abstract void finish() throws IOException;

  /** Formats a score in [0, 1] with exactly four decimals, independent of the locale. */
  static String score(double score) {
    return appendScore(new StringBuilder(6), score).toString();
  }

  /** Appends {@link #score(double)}'s form of {@code score}; returns {@code out}. */
  static StringBuilder appendScore(StringBuilder out, double score) {
    long q = Math.round(score * 10_000);
    long fraction = q % 10_000;
    out.append(q / 10_000).append('.');
    for (long digit = 1_000; digit > 1 && fraction < digit; digit /= 10) {
      out.append('0');
    }
    return out.append(fraction);
  }

  /** Appends indices as {@code 1,2,3}, the digits straight into {@code out}. */
  static void appendIndices(StringBuilder out, java.util.List<Integer> indices) {
    for (int k = 0; k < indices.size(); k++) {
      if (k > 0) {
        out.append(',');
      }
      out.append(indices.get(k).intValue());
    }
  }
}
