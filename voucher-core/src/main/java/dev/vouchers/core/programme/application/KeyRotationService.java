// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.core.voucher.port.out.CodeRekeying;
import io.vavr.control.Either;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * G-4: the re-keying job (ADR 0051). Moves retrievable codes from the ring's older keys to the
 * current one in batches of at most {@link #BATCH} rows, each batch claimed by the store so
 * that instances running the job at once do not collide; stops when the limit is reached or no
 * row is left to claim; then reads how many rows still refer to each older key.
 */
final class KeyRotationService implements RekeyCodes {

  /** The most rows one batch claims (memory and lock time per transaction stay bounded). */
  static final int BATCH = 500;

  private final CodeVault vault;
  private final CodeRekeying store;
  /** How many codes this programme's runs moved, for metrics. */
  private final AtomicLong moved = new AtomicLong();

  KeyRotationService(CodeVault vault, CodeRekeying store) {
    this.vault = vault;
    this.store = store;
  }

  long movedSoFar() {
    return moved.get();
  }

  @Override
  public Either<Refusal, Progress> rekey(Command command) {
    Actor principal = command.principal();
    if (!Access.canRunSweeps(principal)) {
      return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
          "re-keying is run by a service or vendor staff"));
    }
    if (command.limit() < 0) {
      return Either.left(Refusal.of(ReasonCode.INVALID_INPUT,
          "the re-keying limit must not be negative"));
    }
    Set<String> older = new LinkedHashSet<>(vault.keyRing().olderIds());
    Set<String> movable = new LinkedHashSet<>();
    older.stream().filter(vault::canRekeyFrom).forEach(movable::add);
    long done = 0;
    while (!movable.isEmpty() && done < command.limit()) {
      int batch = store.rekey(movable, (int) Math.min(BATCH, command.limit() - done),
          vault::rekey);
      if (batch == 0) {
        break;
      }
      done += batch;
      moved.addAndGet(batch);
    }
    Map<String, Long> remaining = older.isEmpty() ? Map.of() : store.codesUnder(older);
    return Either.right(new Progress(vault.currentKeyId(), done, remaining));
  }
}
