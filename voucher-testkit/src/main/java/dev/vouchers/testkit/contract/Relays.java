// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.testkit.Concurrently;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Relays racing for one outbox, for {@link OutboxContract} (S-2) and
 * {@link InvitationOutboxContract} (I-1): their ports claim alike but share no type, so a relay
 * is given as the claim of one batch.
 */
final class Relays {
  private Relays() {}

  /**
   * Starts {@code relays} relays at once, each claiming batches until it gets an empty one.
   *
   * @param claimBatch one claim: the ids of the messages it returned
   * @return every id the relays claimed between them, as often as it was claimed
   */
  static List<MessageId> drainAtOnce(int relays, Callable<List<MessageId>> claimBatch)
      throws Exception {
    Callable<List<MessageId>> relay = () -> {
      List<MessageId> mine = new ArrayList<>();
      List<MessageId> batch;
      do {
        batch = claimBatch.call();
        mine.addAll(batch);
      } while (!batch.isEmpty());
      return mine;
    };
    return Concurrently.call(Collections.nCopies(relays, relay)).stream()
        .flatMap(List::stream).toList();
  }
}
