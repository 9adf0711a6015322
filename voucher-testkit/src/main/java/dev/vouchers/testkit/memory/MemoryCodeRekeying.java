// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import dev.vouchers.core.voucher.port.out.CodeRekeying;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** G-4: the stored codes and the activation e-mails' codes moved to the current key. */
final class MemoryCodeRekeying implements CodeRekeying {
  private final MemoryState state;

  MemoryCodeRekeying(MemoryState state) {
    this.state = state;
  }

  // ---------------------------------------------------------------- G-4 CodeRekeying

  @Override
  public int rekey(Set<String> from, int limit, Function<StoredCode, Optional<StoredCode>> rekey) {
    synchronized (state.lock) {
      List<Voucher> claimed = state.vouchers.values().stream()
          .filter(v -> from.contains(v.code().keyId()) && v.code().retrievable())
          .sorted(Comparator.comparing(v -> v.id().value()))
          .limit(Math.max(1, limit))
          .toList();
      int moved = 0;
      for (Voucher voucher : claimed) {
        Optional<StoredCode> next = rekey.apply(voucher.code());
        if (next.isPresent()) {
          state.byCode.remove(voucher.code().digest());
          state.byCode.put(next.get().digest(), voucher.id());
          state.vouchers.put(voucher.id(), voucher.withCode(next.get()));
          moved++;
        }
      }
      // the activation e-mails carry the voucher's code too
      List<MessageRows.Row<ActivationMessage>> rows = state.outbox.rows().stream()
          .filter(row -> from.contains(row.message.code().keyId())
              && row.message.code().retrievable())
          .limit(Math.max(0, limit - claimed.size()))
          .toList();
      for (MessageRows.Row<ActivationMessage> row : rows) {
        Optional<StoredCode> next = rekey.apply(row.message.code());
        if (next.isPresent()) {
          ActivationMessage m = row.message;
          row.message = new ActivationMessage(m.id(), m.voucher(), m.partner(), m.partnerName(),
              m.recipient(), m.personalMessage(), next.get(), m.redemptionPage(),
              m.productName(), m.expiresAt(), m.language(), m.createdAt(), m.link(),
              m.orderNumber());
          moved++;
        }
      }
      return moved;
    }
  }

  @Override
  public Map<String, Long> codesUnder(Set<String> keys) {
    synchronized (state.lock) {
      Map<String, Long> counts = new TreeMap<>();
      keys.forEach(key -> counts.put(key, 0L));
      state.vouchers.values()
          .forEach(v -> counts.computeIfPresent(v.code().keyId(), (k, n) -> n + 1));
      state.outbox.rows().forEach(row ->
          counts.computeIfPresent(row.message.code().keyId(), (k, n) -> n + 1));
      return counts;
    }
  }

}
