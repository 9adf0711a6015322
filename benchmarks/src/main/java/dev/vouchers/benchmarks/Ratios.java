// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the {@linkplain Comparisons comparisons}, prints each one's library and baseline scores
 * (min/median/max) and their ratio, and writes the same as a Markdown table to {@code
 * target/ratios.md} (next to the benchmarks jar).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [options] [comparison…]
 *   comparison          names from --list, or their first part ("redeem" for every redeem-...);
 *                       none or "all" runs every comparison
 *   --list              lists the comparisons and exits
 *   --warmups=3         warm-up iterations per fork
 *   --iterations=5      measurement iterations per fork
 *   --time=1            seconds per iteration (warm-up and measurement)
 *                       (a benchmark class with its own @Warmup / @Measurement keeps those
 *                       unless these options are given explicitly)
 *   --forks=1           JMH forks per benchmark and round
 *   --rounds=2          runs every benchmark this many times, alternating library and baseline
 *                       runs, so that a load change on a shared machine hits both alike
 *   --param=name=value  a JMH @Param value (e.g. --param=secureRandom=DRBG); repeatable
 *   --no-heap           skips the peak-heap measurements
 *   --out=path          the Markdown file (default: target/ratios.md of the benchmarks module)
 * </pre>
 *
 * <p>Exits with status 0 if every comparison passes, 1 if any fails, 2 on a usage error.
 */
public final class Ratios {
  /** The clock the report is dated by. */
  private static final Clock CLOCK = Clock.systemUTC();

  static final int DEFAULT_WARMUPS = 3;
  static final int DEFAULT_ITERATIONS = 5;
  static final int DEFAULT_SECONDS = 1;

  private Ratios() {}

  /**
   * The command line, parsed.
   *
   * @param names the comparisons to run; empty for all
   * @param warmups warm-up iterations per fork, or -1 for the default
   * @param iterations measurement iterations per fork, or -1 for the default
   * @param seconds seconds per iteration, or -1 for the default
   * @param forks forks per benchmark and round
   * @param rounds how many times every benchmark is run
   * @param params JMH parameter values
   * @param heap whether to run the peak-heap measurements
   * @param out the Markdown file, or {@code null} for the default
   * @param list whether only to list the comparisons
   */
  record Settings(
      Set<String> names,
      int warmups,
      int iterations,
      int seconds,
      int forks,
      int rounds,
      Map<String, String> params,
      boolean heap,
      @org.jspecify.annotations.Nullable Path out,
      boolean list) {

    static Settings parse(String[] args) {
      Set<String> names = new LinkedHashSet<>();
      Map<String, String> params = new LinkedHashMap<>();
      int warmups = -1;
      int iterations = -1;
      int seconds = -1;
      int forks = 1;
      int rounds = 2;
      boolean heap = true;
      boolean list = false;
      Path out = null;
      for (String arg : args) {
        String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
        if (arg.startsWith("--warmups=")) {
          warmups = Integer.parseInt(value);
        } else if (arg.startsWith("--iterations=")) {
          iterations = Integer.parseInt(value);
        } else if (arg.startsWith("--time=")) {
          seconds = Integer.parseInt(value);
        } else if (arg.startsWith("--forks=")) {
          forks = Integer.parseInt(value);
        } else if (arg.startsWith("--rounds=")) {
          rounds = Integer.parseInt(value);
        } else if (arg.startsWith("--param=") && value.contains("=")) {
          params.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
        } else if (arg.equals("--no-heap")) {
          heap = false;
        } else if (arg.startsWith("--out=")) {
          out = Path.of(value);
        } else if (arg.equals("--list")) {
          list = true;
        } else if (arg.startsWith("-")) {
          throw new IllegalArgumentException("unknown option " + arg);
        } else if (!arg.equals("all")) {
          names.add(arg);
        }
      }
      return new Settings(names, warmups, iterations, seconds, forks, rounds, params, heap, out, list);
    }

    /** Warm-up iterations per fork: the option, else the benchmark's own, else 3. */
    int warmupsFor(boolean annotated) {
      return warmups >= 0 ? warmups : annotated ? -1 : DEFAULT_WARMUPS;
    }

    /** Measurement iterations per fork: the option, else the benchmark's own, else 5. */
    int iterationsFor(boolean annotated) {
      return iterations >= 0 ? iterations : annotated ? -1 : DEFAULT_ITERATIONS;
    }

    /** Seconds per iteration: the option, else the benchmark's own, else 1. */
    int secondsFor(boolean annotated) {
      return seconds >= 0 ? seconds : annotated ? -1 : DEFAULT_SECONDS;
    }
  }

  /**
   * Runs the comparisons named on the command line (all if none).
   *
   * @param args see the class documentation
   * @throws RunnerException if JMH fails
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    Settings settings;
    List<Comparison> selected;
    try {
      settings = Settings.parse(args);
      selected = select(Comparisons.all(), settings.names());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("comparisons: " + names(Comparisons.all()));
      System.exit(2);
      return;
    }
    if (settings.list()) {
      Comparisons.all().forEach(c -> System.out.println(c.name() + "\t" + c.description()));
      return;
    }
    double loadBefore = loadAverage();
    List<Outcome> outcomes = run(selected, settings);
    String environment = environment(settings, loadBefore, loadAverage());
    System.out.println();
    System.out.println(environment);
    System.out.print(RatioReport.console(outcomes));
    Path out = settings.out() != null ? settings.out() : defaultReport();
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, RatioReport.markdown(outcomes, environment), StandardCharsets.UTF_8);
    System.out.println(System.lineSeparator() + "Markdown report: " + out);
    System.exit(outcomes.stream().allMatch(Outcome::passed) ? 0 : 1);
  }

  /**
   * Runs the benchmarks of the given comparisons (each benchmark once, even if shared) and the
   * heap measurements.
   *
   * @param comparisons the comparisons
   * @param settings the JMH settings
   * @return one outcome per comparison
   * @throws RunnerException if JMH fails
   */
  static List<Outcome> run(List<Comparison> comparisons, Settings settings) throws RunnerException {
    Set<BenchmarkRef> benchmarks = new LinkedHashSet<>();
    for (Comparison c : comparisons) {
      benchmarks.add(c.library());
      benchmarks.add(c.baseline());
    }
    Map<String, List<RunResult>> results = new HashMap<>();
    for (int round = 1; round <= settings.rounds(); round++) {
      for (BenchmarkRef benchmark : benchmarks) {
        System.out.printf(
            java.util.Locale.ROOT,
            "%n### round %d of %d: %s%n",
            round,
            settings.rounds(),
            benchmark.shortName());
        Collection<RunResult> run = new Runner(options(benchmark, settings)).run();
        if (run.size() != 1) {
          throw new IllegalStateException(
              benchmark.name()
                  + " ran with "
                  + run.size()
                  + " parameter combinations; choose one with --param=name=value");
        }
        results.computeIfAbsent(benchmark.key(), key -> new ArrayList<>()).addAll(run);
      }
    }
    Map<String, Scores> scores = new HashMap<>();
    results.forEach((key, runs) -> scores.put(key, Scores.of(runs)));
    List<Outcome> outcomes = new ArrayList<>();
    for (Comparison c : comparisons) {
      List<PeakHeap.Forked> heap = new ArrayList<>();
      if (settings.heap()) {
        c.heap()
            .ifPresent(
                check -> {
                  heap.add(measureHeap(check.library(), check.maxHeapMegabytes()));
                  check
                      .baseline()
                      .ifPresent(b -> heap.add(measureHeap(b, check.maxHeapMegabytes())));
                });
      }
      outcomes.add(
          new Outcome(c, scoresOf(scores, c.library()), scoresOf(scores, c.baseline()), heap));
    }
    return outcomes;
  }

  private static PeakHeap.Forked measureHeap(Class<? extends Runnable> operation, int megabytes) {
    System.out.printf(
        java.util.Locale.ROOT,
        "%n### peak heap: %s in a forked JVM with -Xmx%dm%n",
        operation.getName(),
        megabytes);
    PeakHeap.Forked forked = PeakHeap.inForkedJvm(operation, megabytes, List.of());
    System.out.println(forked.describe());
    return forked;
  }

  private static org.openjdk.jmh.runner.options.Options options(
      BenchmarkRef benchmark, Settings settings) {
    boolean annotated =
        benchmark.type().isAnnotationPresent(Warmup.class)
            || benchmark.type().isAnnotationPresent(Measurement.class);
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(benchmark.includePattern())
            .forks(settings.forks())
            .shouldFailOnError(true);
    int warmups = settings.warmupsFor(annotated);
    int iterations = settings.iterationsFor(annotated);
    int seconds = settings.secondsFor(annotated);
    if (warmups >= 0) {
      options.warmupIterations(warmups);
    }
    if (iterations >= 0) {
      options.measurementIterations(iterations);
    }
    if (seconds >= 0) {
      options.warmupTime(TimeValue.seconds(seconds)).measurementTime(TimeValue.seconds(seconds));
    }
    if (benchmark.threads() > 0) {
      options.threads(benchmark.threads());
    }
    settings.params().forEach((name, value) -> options.param(name, value));
    benchmark.params().forEach((name, value) -> options.param(name, value));
    return options.build();
  }

  private static Scores scoresOf(Map<String, Scores> scores, BenchmarkRef benchmark) {
    Scores found = scores.get(benchmark.key());
    if (found == null) {
      throw new IllegalStateException("no result for " + benchmark.key());
    }
    return found;
  }

  private static List<Comparison> select(List<Comparison> all, Set<String> names) {
    if (names.isEmpty()) {
      return all;
    }
    Set<Comparison> selected = new LinkedHashSet<>();
    for (String name : names) {
      // an exact name, else a prefix: "redeem" selects redeem-pg-1, redeem-pg-1-b, ...
      List<Comparison> exact = all.stream().filter(c -> c.name().equals(name)).toList();
      List<Comparison> matched =
          !exact.isEmpty()
              ? exact
              : all.stream().filter(c -> c.name().startsWith(name + "-")).toList();
      if (matched.isEmpty()) {
        throw new IllegalArgumentException("unknown comparison " + name);
      }
      selected.addAll(matched);
    }
    return List.copyOf(selected);
  }

  private static String names(List<Comparison> comparisons) {
    return String.join(", ", comparisons.stream().map(Comparison::name).toList());
  }

  /** The system load average over the last minute, or -1 if unavailable. */
  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String environment(Settings s, double loadBefore, double loadAfter) {
    Runtime runtime = Runtime.getRuntime();
    return String.format(
        java.util.Locale.ROOT,
        "%s; Java %s (%s), %d CPUs, load average %.1f before / %.1f after; max heap %d MiB;"
            + " default SecureRandom %s; JMH %s warm-up + %s measurement iterations x %s s, %d"
            + " fork(s) x %d round(s)%s",
        CLOCK.instant().truncatedTo(ChronoUnit.SECONDS),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        runtime.availableProcessors(),
        loadBefore,
        loadAfter,
        runtime.maxMemory() / (1024 * 1024),
        new SecureRandom().getAlgorithm(),
        s.warmups() >= 0 ? Integer.toString(s.warmups()) : DEFAULT_WARMUPS + " (or the benchmark's own)",
        s.iterations() >= 0 ? Integer.toString(s.iterations()) : DEFAULT_ITERATIONS + " (or the benchmark's own)",
        s.seconds() >= 0 ? Integer.toString(s.seconds()) : DEFAULT_SECONDS + " (or the benchmark's own)",
        s.forks(),
        s.rounds(),
        s.params().isEmpty() ? "" : "; params " + s.params());
  }

  /** {@code target/ratios.md} of the benchmarks module: beside the jar or the classes folder. */
  private static Path defaultReport() {
    java.security.CodeSource source = Ratios.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return Path.of("ratios.md");
    }
    try {
      Path parent = Path.of(source.getLocation().toURI()).getParent();
      return (parent != null ? parent : Path.of(".")).resolve("ratios.md");
    } catch (URISyntaxException | SecurityException e) {
      return Path.of("ratios.md");
    }
  }
}
