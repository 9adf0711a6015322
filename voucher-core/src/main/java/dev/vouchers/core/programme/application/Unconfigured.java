// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The one way a programme says that an optional feature was not configured (ADR 0059): the
 * storage port of a feature built without one throws an {@link IllegalStateException} at the
 * first call of the feature's use cases, naming the feature and the builder settings that are
 * missing. It is a wiring mistake, not a business refusal, so it is not a {@code Refusal}; a
 * startup error would be wrong too, since every such feature is optional. A sweep of a feature
 * that has no storage finds nothing due, so that a scheduler running every sweep stays quiet.
 */
final class Unconfigured {
  private Unconfigured() {}

  /**
   * A port whose every call throws {@link #error}, except the named sweeps, which find nothing.
   *
   * @param port the port interface
   * @param feature what is not configured, with its rule ids
   * @param quiet the methods (sweeps returning a list) that answer an empty list
   * @param settings the builder settings that configure it
   */
  static <T> T port(Class<T> port, String feature, Set<String> quiet, String... settings) {
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
        (proxy, method, args) -> switch (method.getName()) {
          case "toString" -> "unconfigured " + port.getSimpleName();
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> {
            if (quiet.contains(method.getName()) && method.getReturnType() == List.class) {
              yield List.of();
            }
            throw error(feature, settings);
          }
        }));
  }

  /** A port whose every call throws {@link #error}. */
  static <T> T port(Class<T> port, String feature, String... settings) {
    return port(port, feature, Set.of(), settings);
  }

  /** The error: the feature and the builder settings that configure it. */
  static IllegalStateException error(String feature, String... settings) {
    StringJoiner calls = new StringJoiner(" and ");
    for (String setting : settings) {
      calls.add("." + setting + "(...)");
    }
    return new IllegalStateException(feature + " is not configured: build the VoucherProgramme"
        + " with VoucherProgramme.builder()" + calls);
  }
}
