// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * L-4, V-3: a digest of everything a store holds, so that {@link UseCaseGuard} can check that a
 * refused call changed nothing. Two digests are equal exactly when the stored state is (the
 * order rows were written in must not matter). Each adapter's guard test provides one: a JDBC
 * adapter hashes every table's rows in a stable order, an in-memory store can use
 * {@link #reflective}.
 */
@FunctionalInterface
public interface StoreDigest {

  /** The digest of the store's state now (e.g. a hex SHA-256). */
  String digest();

  /**
   * A digest of an in-memory store's state, read by reflection: every instance field of the
   * store (a lock object and views of the store itself are skipped), rendered deeply with maps
   * and sets in sorted order, then hashed. Reads without the store's lock: call it only while
   * nothing else uses the store.
   *
   * @param store the store object, e.g. the testkit's {@code InMemoryStore}
   * @return a digest over its state
   */
  static StoreDigest reflective(Object store) {
    return () -> sha256(ReflectiveDigest.render(store));
  }

  /**
   * The text {@link #reflective} hashes: every instance field of an in-memory store, rendered
   * deeply in a stable order. A test can search it for values the store must not hold any more
   * (E-1). Reads without the store's lock: call it only while nothing else uses the store.
   *
   * @param store the store object, e.g. the testkit's {@code InMemoryStore}
   * @return its state as text
   */
  static String rendered(Object store) {
    return ReflectiveDigest.render(store);
  }

  /** SHA-256 of the text, in hex. */
  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is a required algorithm", e);
    }
  }
}
