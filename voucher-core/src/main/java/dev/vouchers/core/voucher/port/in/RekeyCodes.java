// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Objects;

/**
 * G-4: the re-keying job (ADR 0051): moves up to {@code limit} retrievable codes stored under
 * older keys of the ring to the current key, in batches, and says how many rows still refer
 * to each older key. Resumable (what is left is read from the store each time) and safe to run
 * on several instances at once and during redemptions. With {@code limit} 0 it only reports:
 * an older key may leave the ring once no row refers to it.
 */
@FunctionalInterface
public interface RekeyCodes {

  /**
   * Runs the use case.
   *
   * @return the progress, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Progress> rekey(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param limit the most codes to move in this call (0: only report)
   */
  record Command(Actor principal, int limit) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
    }
  }

  /**
   * What a run did and what is left.
   *
   * @param currentKey the id of the key codes are moved to
   * @param moved how many codes this run moved
   * @param remaining each older key of the ring with the number of stored codes that still
   *     refer to it; codes stored shown-once cannot be moved and stay counted here
   */
  record Progress(String currentKey, long moved, Map<String, Long> remaining) {
    /** Copies the map. */
    public Progress {
      Objects.requireNonNull(currentKey, "currentKey");
      remaining = Map.copyOf(remaining);
    }

    /**
     * Whether an older key can be dropped from the ring: no stored code refers to it.
     *
     * @param key an older key's id
     * @return true when no row refers to it
     */
    public boolean droppable(String key) {
      return remaining.getOrDefault(key, 0L) == 0L;
    }

    /**
     * How many codes still refer to an older key, over all of them.
     *
     * @return the sum of {@link #remaining}
     */
    public long left() {
      return remaining.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
