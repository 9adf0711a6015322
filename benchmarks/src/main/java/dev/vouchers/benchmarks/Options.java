// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The options of a benchmark's command line, {@code --name=value} or {@code --flag}: each is
 * read with its default by the one who knows it, and {@link #checked} refuses whatever was
 * given but read by no one, so that a mistyped option fails instead of running with the
 * default.
 */
final class Options {
  private final Map<String, String> given = new LinkedHashMap<>();

  private Options(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unknown option " + arg);
      }
      int equals = arg.indexOf('=');
      given.put(equals < 0 ? arg : arg.substring(0, equals),
          equals < 0 ? "" : arg.substring(equals + 1));
    }
  }

  /** The options of {@code args}. */
  static Options of(String[] args) {
    return new Options(args);
  }

  /** {@code --name=N}, or {@code otherwise} when it was not given. */
  long longValue(String name, long otherwise) {
    String value = given.remove(name);
    return value == null ? otherwise : Long.parseLong(value);
  }

  /** {@code --name=N}, or {@code otherwise} when it was not given. */
  int intValue(String name, int otherwise) {
    String value = given.remove(name);
    return value == null ? otherwise : Integer.parseInt(value);
  }

  /** Whether {@code --name} was given. */
  boolean flag(String name) {
    return given.remove(name) != null;
  }

  /** {@code --name=path}, or null when it was not given. */
  @Nullable Path path(String name) {
    String value = given.remove(name);
    return value == null ? null : Path.of(value);
  }

  /** The options no one has read yet, as they were given, for a child JVM. */
  String[] rest() {
    String[] rest = given.entrySet().stream()
        .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    given.clear();
    return rest;
  }

  /** Refuses every option that was given and not read. */
  void checked() {
    if (!given.isEmpty()) {
      throw new IllegalArgumentException("unknown option " + given.keySet().iterator().next());
    }
  }
}
