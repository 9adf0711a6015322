package dev.vouchers.benchmarks;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A reference to one JMH {@code @Benchmark} method.
 *
 * @param type the class declaring the benchmark method
 * @param method the method's name
 */
public record BenchmarkRef(Class<?> type, String method) {

  /**
   * Creates a reference, checking that the method exists and is a benchmark.
   *
   * @param type the class declaring the benchmark method
   * @param method the method's name
   * @throws IllegalArgumentException if {@code type} has no {@code @Benchmark} method of that name
   */
  public BenchmarkRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(method, "method");
    boolean found =
        Arrays.stream(type.getDeclaredMethods())
            .anyMatch(m -> m.getName().equals(method) && m.isAnnotationPresent(Benchmark.class));
    if (!found) {
      throw new IllegalArgumentException(
          type.getName() + " has no @Benchmark method named " + method);
    }
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
   * @return {@code SimpleClassName.method}
   */
  public String shortName() {
    return type.getSimpleName() + "." + method;
  }
}
