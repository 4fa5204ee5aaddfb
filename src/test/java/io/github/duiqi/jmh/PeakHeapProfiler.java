package io.github.duiqi.jmh;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler for the heap a benchmark keeps live: {@code -prof io.github.duiqi.jmh.PeakHeapProfiler}.
 *
 * <p>Before each iteration it collects garbage and records the heap in use (the benchmark's
 * inputs: {@code heap.baseline}); during the iteration it listens to every garbage collection and
 * records the largest heap in use just after one ({@code heap.peakLive}, what was reachable at
 * that moment). {@code heap.working} is their difference: the live memory the benchmarked code
 * itself held at its largest, in MiB. It is a lower bound of the true peak (the code may hold
 * more between two collections), tight when collections are frequent, as they are for large
 * inputs; {@code -prof gc}'s {@code gc.alloc.rate.norm} gives the allocation per operation.
 */
public final class PeakHeapProfiler implements InternalProfiler {

  private static final double MIB = 1024.0 * 1024.0;

  private final AtomicLong peakAfterGc = new AtomicLong();
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP)
      .map(pool -> pool.getName())
      .collect(Collectors.toUnmodifiableSet());
  private final NotificationListener listener = this::onGc;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private long baseline;

  @Override
  public String getDescription() {
    return "Live heap: baseline before each iteration, largest after any GC during it (MiB)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    System.gc();
    System.gc();
    baseline = usedHeap();
    peakAfterGc.set(baseline);
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    emitters.clear();
    long peak = peakAfterGc.get();
    return List.of(
        new ScalarResult("heap.baseline", baseline / MIB, "MiB", AggregationPolicy.MAX),
        new ScalarResult("heap.peakLive", peak / MIB, "MiB", AggregationPolicy.MAX),
        new ScalarResult("heap.working", (peak - baseline) / MIB, "MiB", AggregationPolicy.MAX));
  }

  private void onGc(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
        .equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    peakAfterGc.accumulateAndGet(used, Math::max);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
