package io.github.duiqi.spark;

import org.apache.spark.sql.SparkSession;

/** The one local Spark session of the test suite: started by the first test, stopped at exit. */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("duiqi-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
      SparkSession s = session;
      Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
    }
    return session;
  }
}
