// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the peak heap of a one-shot operation (e.g. ordering 1,000,000 codes or exporting them
 * as CSV), for comparisons that bound memory rather than time.
 *
 * <p>Two figures are reported, both in MiB:
 *
 * <ul>
 *   <li><b>peak used</b>: the sum over the heap pools of each pool's peak usage while the operation
 *       ran ({@link MemoryPoolMXBean#resetPeakUsage()} before, {@link
 *       MemoryPoolMXBean#getPeakUsage()} after). It includes garbage not yet collected, so it mostly
 *       reflects how large the young generation was allowed to grow; it is an upper bound.
 *   <li><b>peak live</b>: the largest heap usage right after a garbage collection during the
 *       operation (from GC notifications), i.e. an estimate of the most the operation kept
 *       reachable at once. This is the figure that shows whether an operation streams or
 *       materialises everything. It is only as fine as the collections that happen; run in a
 *       small heap ({@link #inForkedJvm}) to get frequent collections.
 * </ul>
 *
 * <p>Both are absolute heap figures: the heap in use before the operation (after a full collection)
 * is reported as <b>before</b>, to be subtracted if wanted.
 *
 * <p>{@link #inForkedJvm(Class, int, List)} runs the operation alone in a fresh JVM with {@code
 * -Xmx}, which is the most robust proof of a memory bound: if it completes, it fits.
 */
public final class PeakHeap {

  /** Prefix of the line a forked probe prints with its measurement. */
  static final String RESULT_LINE = "PEAK-HEAP ";

  /** Exit status of a forked probe whose operation ran out of memory. */
  static final int OUT_OF_MEMORY = 3;

  private static final double MIB = 1024.0 * 1024.0;

  private static final Duration FORK_TIMEOUT = Duration.ofMinutes(15);

  private PeakHeap() {}

  /**
   * A peak-heap measurement.
   *
   * @param beforeMegabytes heap in use before the operation, after a full collection, in MiB
   * @param peakUsedMegabytes the sum of the heap pools' peak usages during the operation, in MiB
   * @param peakLiveMegabytes the largest heap usage after a collection during the operation, in
   *     MiB; equal to {@code beforeMegabytes} if no collection happened
   * @param collections the number of garbage collections during the operation
   * @param elapsed the operation's wall-clock time
   */
  public record Measurement(
      double beforeMegabytes,
      double peakUsedMegabytes,
      double peakLiveMegabytes,
      long collections,
      Duration elapsed) {

    /**
     * Creates a measurement.
     *
     * @param beforeMegabytes heap before, MiB
     * @param peakUsedMegabytes peak used, MiB
     * @param peakLiveMegabytes peak live, MiB
     * @param collections the number of collections
     * @param elapsed the wall-clock time
     */
    public Measurement {
      Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * Formats the measurement for reports.
     *
     * @return e.g. {@code peak live 12.3 MiB, peak used 80.0 MiB (before 1.2 MiB, 14 GCs, 0.8 s)}
     */
    public String describe() {
      return String.format(
          Locale.ROOT,
          "peak live %.1f MiB, peak used %.1f MiB (before %.1f MiB, %d GCs, %.2f s)",
          peakLiveMegabytes,
          peakUsedMegabytes,
          beforeMegabytes,
          collections,
          elapsed.toNanos() / 1e9);
    }

    String toLine() {
      return RESULT_LINE
          + String.join(
              " ",
              Double.toString(beforeMegabytes),
              Double.toString(peakUsedMegabytes),
              Double.toString(peakLiveMegabytes),
              Long.toString(collections),
              Long.toString(elapsed.toNanos()));
    }

    static Measurement fromLine(String line) {
      String[] f = line.substring(RESULT_LINE.length()).trim().split(" ");
      return new Measurement(
          Double.parseDouble(f[0]),
          Double.parseDouble(f[1]),
          Double.parseDouble(f[2]),
          Long.parseLong(f[3]),
          Duration.ofNanos(Long.parseLong(f[4])));
    }
  }

  /**
   * The outcome of a measurement in a forked JVM.
   *
   * @param operation the measured operation's class name
   * @param maxHeapMegabytes the forked JVM's {@code -Xmx}, in MiB
   * @param measurement the measurement if the operation completed; empty if it failed
   * @param failure why it failed (e.g. {@code OutOfMemoryError}); empty if it completed
   */
  public record Forked(
      String operation, int maxHeapMegabytes, Optional<Measurement> measurement, String failure) {

    /**
     * Creates an outcome.
     *
     * @param operation the operation's class name
     * @param maxHeapMegabytes the heap limit
     * @param measurement the measurement, if completed
     * @param failure the failure, empty if completed
     */
    public Forked {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(measurement, "measurement");
      Objects.requireNonNull(failure, "failure");
    }

    /**
     * Returns whether the operation completed within the heap limit.
     *
     * @return {@code true} if a measurement is present
     */
    public boolean completed() {
      return measurement.isPresent();
    }

    /**
     * Formats the outcome for reports.
     *
     * @return the measurement and limit, or the failure
     */
    public String describe() {
      return measurement
          .map(m -> m.describe() + ", -Xmx" + maxHeapMegabytes + "m")
          .orElse("FAILED with -Xmx" + maxHeapMegabytes + "m: " + failure);
    }
  }

  /**
   * Runs {@code operation} once in this JVM and measures its peak heap. Call it in a JVM that does
   * nothing else meanwhile; other threads' allocations are counted too.
   *
   * @param operation the operation
   * @return the measurement
   */
  public static Measurement inThisJvm(Runnable operation) {
    List<MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
            .collect(Collectors.toList());
    Set<String> heapPoolNames =
        pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    settle();
    long before = pools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    AtomicLong peakLive = new AtomicLong(before);
    AtomicLong collections = new AtomicLong();
    NotificationListener listener =
        (notification, handback) -> afterCollection(notification, heapPoolNames, peakLive, collections);
    List<NotificationEmitter> emitters = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    try {
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      operation.run();
      long elapsed = System.nanoTime() - start;
      long peakUsed = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      // notifications are delivered asynchronously; give the last ones a moment to arrive
      sleep(200);
      return new Measurement(
          before / MIB,
          peakUsed / MIB,
          peakLive.get() / MIB,
          collections.get(),
          Duration.ofNanos(elapsed));
    } finally {
      for (NotificationEmitter emitter : emitters) {
        try {
          emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
          // already removed
        }
      }
    }
  }

  /**
   * Runs an operation once in a fresh JVM with a heap limit and measures its peak heap there. The
   * forked JVM uses this JVM's {@code java} and class path, so it works from the benchmarks jar.
   *
   * @param operation a public class with a public no-argument constructor; its {@code run()} is
   *     the operation, and its construction is not measured
   * @param maxHeapMegabytes the {@code -Xmx} of the forked JVM, in MiB
   * @param jvmArgs further JVM options (e.g. {@code -XX:+UseSerialGC}); may be empty
   * @return the measurement, or the failure if the operation did not complete (e.g. ran out of
   *     memory)
   */
  public static Forked inForkedJvm(
      Class<? extends Runnable> operation, int maxHeapMegabytes, List<String> jvmArgs) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + maxHeapMegabytes + "m");
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(HeapProbe.class.getName());
    command.add(operation.getName());
    String name = operation.getName();
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String result = null;
      StringBuilder tail = new StringBuilder();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith(RESULT_LINE)) {
            result = line;
          } else {
            tail.append(line).append('\n');
            if (tail.length() > 4000) {
              tail.delete(0, tail.length() - 4000);
            }
          }
        }
      }
      if (!process.waitFor(FORK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return new Forked(name, maxHeapMegabytes, Optional.empty(), "timed out");
      }
      int status = process.exitValue();
      if (status == 0 && result != null) {
        return new Forked(name, maxHeapMegabytes, Optional.of(Measurement.fromLine(result)), "");
      }
      String why =
          status == OUT_OF_MEMORY ? "OutOfMemoryError" : "exit status " + status + ": " + tail;
      return new Forked(name, maxHeapMegabytes, Optional.empty(), why.strip());
    } catch (IOException e) {
      return new Forked(name, maxHeapMegabytes, Optional.empty(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Forked(name, maxHeapMegabytes, Optional.empty(), "interrupted");
    }
  }

  private static void afterCollection(
      Notification notification,
      Set<String> heapPoolNames,
      AtomicLong peakLive,
      AtomicLong collections) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long live = 0;
    for (var entry : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPoolNames.contains(entry.getKey())) {
        live += entry.getValue().getUsed();
      }
    }
    collections.incrementAndGet();
    peakLive.accumulateAndGet(live, Math::max);
  }

  /** Collects garbage until the heap in use stops shrinking (at most a few rounds). */
  private static void settle() {
    long previous = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      System.gc();
      sleep(50);
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (used >= previous) {
        return;
      }
      previous = used;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
