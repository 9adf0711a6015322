// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.out;

import dev.vouchers.core.voucher.domain.code.StoredCode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * G-4: the stored side of key rotation (ADR 0051): which stored codes are under which key, and
 * moving retrievable codes to the current key in bounded batches. A batch is claimed so that
 * several application instances running the job at once never take the same row (PostgreSQL:
 * {@code FOR UPDATE SKIP LOCKED}); a moved row changes only its code columns (digest, sealed
 * code, key id), never its status or version, so that moves running at the same time are not
 * disturbed. The job is resumable: what is left is whatever rows still name an older key.
 */
public interface CodeRekeying {

  /**
   * Moves up to {@code limit} retrievable codes (with a sealed code) stored under one of the
   * {@code from} keys, each to what {@code rekey} makes of it, in one transaction per batch.
   * Rows for which {@code rekey} answers empty are left as they are.
   *
   * @param from the older key ids to move codes from, not empty
   * @param limit the most rows to claim, positive
   * @param rekey the stored code under the current key (the vault's {@code rekey})
   * @return how many rows were moved; 0 when none under those keys is left to claim
   */
  int rekey(Set<String> from, int limit, Function<StoredCode, Optional<StoredCode>> rekey);

  /**
   * How many stored codes refer to each of these keys (by digest or sealed code): the
   * progress of a re-keying, and whether a key can be dropped (0). Not for request paths: it
   * counts the rows under the keys (an index range per key).
   *
   * @param keys key ids
   * @return each key id with its number of rows (0 included)
   */
  Map<String, Long> codesUnder(Set<String> keys);

  /**
   * No stored codes (a programme without a store that supports re-keying): nothing to move,
   * nothing under any key.
   *
   * @return the port
   */
  static CodeRekeying none() {
    return new CodeRekeying() {
      @Override
      public int rekey(
          Set<String> from, int limit, Function<StoredCode, Optional<StoredCode>> rekey) {
        return 0;
      }

      @Override
      public Map<String, Long> codesUnder(Set<String> keys) {
        Map<String, Long> none = new java.util.TreeMap<>();
        keys.forEach(key -> none.put(key, 0L));
        return none;
      }
    };
  }
}
