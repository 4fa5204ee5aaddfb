package io.github.duiqi.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/** Aligns one pair into bead rows: {@link DuiqiCalls#align}, or a test's stand-in. */
@FunctionalInterface
interface PairAligner extends Serializable {

  List<Row> align(Object id, PairInput input, AlignSettings settings);
}
