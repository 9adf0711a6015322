// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.security.SecureRandom;

/**
 * A source of random bytes for {@code CodeGenerator}. Production code uses {@link #secure()}
 * (rule C-2); tests may supply deterministic bytes.
 */
@FunctionalInterface
public interface Entropy {

  /**
   * Overwrites every element of {@code bytes} with random bytes.
   *
   * @param bytes the array to fill
   */
  void fill(byte[] bytes);

  /**
   * Returns entropy from a cryptographically secure generator: one {@link SecureRandom} instance
   * created by this call (the platform default algorithm, seeded by the platform) and used for
   * every {@link #fill(byte[])}.
   *
   * <p>The result is thread-safe: {@code SecureRandom} instances of the JDK providers may be shared
   * between threads, so one instance can serve a whole application.
   *
   * @return secure entropy
   */
  static Entropy secure() {
    SecureRandom random = new SecureRandom();
    return random::nextBytes;
  }
}
