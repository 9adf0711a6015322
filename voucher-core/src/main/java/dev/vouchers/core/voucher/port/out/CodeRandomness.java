// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.out;

import dev.vouchers.core.kernel.Entropy;

/**
 * C-2: the randomness codes and secrets are drawn from. The default is one
 * {@link java.security.SecureRandom}; tests may supply a seeded source.
 */
@FunctionalInterface
public interface CodeRandomness extends Entropy {

  /** A cryptographically secure source. */
  static CodeRandomness secure() {
    Entropy secure = Entropy.secure();
    return secure::fill;
  }
}
