// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;

/**
 * A reference to one JMH {@code @Benchmark} method, run with the given {@code @Param} values and
 * thread count.
 *
 * @param type the class declaring the benchmark method
 * @param method the method's name
 * @param params JMH parameter values for this run (they win over {@code --param} options)
 * @param threads the JMH thread count, or 0 for the benchmark's own ({@code @Threads}, else 1)
 */
public record BenchmarkRef(Class<?> type, String method, Map<String, String> params, int threads) {

  /**
   * Creates a reference, checking that the method exists and is a benchmark.
   *
   * @param type the class declaring the benchmark method
   * @param method the method's name
   * @param params parameter values; copied
   * @param threads the thread count, or 0
   * @throws IllegalArgumentException if {@code type} has no {@code @Benchmark} method of that name,
   *     or the thread count is negative
   */
  public BenchmarkRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(method, "method");
    params = Map.copyOf(params);
    boolean found =
        Arrays.stream(type.getDeclaredMethods())
            .anyMatch(m -> m.getName().equals(method) && m.isAnnotationPresent(Benchmark.class));
    if (!found) {
      throw new IllegalArgumentException(
          type.getName() + " has no @Benchmark method named " + method);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must not be negative");
    }
  }

  /**
   * Creates a reference with the benchmark's own parameters and thread count.
   *
   * @param type the class declaring the benchmark method
   * @param method the method's name
   */
  public BenchmarkRef(Class<?> type, String method) {
    this(type, method, Map.of(), 0);
  }

  /**
   * Returns this reference with a parameter value.
   *
   * @param name the {@code @Param} field
   * @param value its value
   * @return a copy with the value
   */
  public BenchmarkRef withParam(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(params);
    more.put(name, value);
    return new BenchmarkRef(type, method, more, threads);
  }

  /**
   * Returns this reference with a thread count.
   *
   * @param count the number of JMH threads, positive
   * @return a copy with the count
   */
  public BenchmarkRef withThreads(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("threads must be positive");
    }
    return new BenchmarkRef(type, method, params, count);
  }

  /**
   * Returns the name JMH gives the benchmark.
   *
   * @return {@code fully.qualified.Class.method}
   */
  public String name() {
    return type.getName() + "." + method;
  }

  /**
   * Returns a key that tells runs with different parameters or thread counts apart.
   *
   * @return the name, parameters and threads
   */
  public String key() {
    return name() + qualifiers();
  }

  /**
   * Returns a JMH include pattern matching exactly this benchmark.
   *
   * @return an anchored, quoted regular expression
   */
  public String includePattern() {
    return "^" + Pattern.quote(name()) + "$";
  }

  /**
   * Returns the short name, for reports.
   *
   * @return {@code SimpleClassName.method}, with parameters and threads if set, e.g. {@code
   *     RedeemBenchmark.library[database=h2, 16 threads]}
   */
  public String shortName() {
    return type.getSimpleName() + "." + method + qualifiers();
  }

  /**
   * Returns the benchmark mode of the method (or of its class) if it declares exactly one.
   *
   * @return the mode, if declared
   */
  public Optional<Mode> mode() {
    BenchmarkMode declared =
        Arrays.stream(type.getDeclaredMethods())
            .filter(m -> m.getName().equals(method) && m.isAnnotationPresent(Benchmark.class))
            .map(m -> m.getAnnotation(BenchmarkMode.class))
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(type.getAnnotation(BenchmarkMode.class));
    if (declared == null || declared.value().length != 1) {
      return Optional.empty();
    }
    return Optional.of(declared.value()[0]);
  }

  private String qualifiers() {
    if (params.isEmpty() && threads == 0) {
      return "";
    }
    String values =
        params.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    String thread = threads == 0 ? "" : threads + (threads == 1 ? " thread" : " threads");
    return "[" + values + (values.isEmpty() || thread.isEmpty() ? "" : ", ") + thread + "]";
  }
}
