// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.core.programme.port.out.IdempotentRequest;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@link IdempotencyKeys} in memory (G-3): one slot per scope and key, whose lock is held while
 * the work runs, so that of two calls racing with one key one does the work and the other waits
 * and answers from what the first stored. The in-memory stores write each change atomically
 * and a refused command writes nothing, so the key is stored right after a successful work and
 * not at all after a refusal or an exception. For tests and single-instance shops.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {
  private final Map<String, Slot> slots = new ConcurrentHashMap<>();

  /** One key of one scope: its lock, when it was last claimed, and its stored use. */
  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock();
    Instant claimedAt = Instant.MIN;
    @Nullable String request;
    @Nullable String answer;
  }

  @Override
  public <T> Outcome<T> once(IdempotentRequest request, Supplier<Either<Refusal, T>> work,
      Function<? super T, String> answer) {
    while (true) {
      Slot slot = slots.computeIfAbsent(request.scope() + ":" + request.key(), k -> new Slot());
      slot.lock.lock();
      try {
        if (slots.get(request.scope() + ":" + request.key()) != slot) {
          continue; // swept while this call waited: take the current slot
        }
        String stored = slot.request;
        String storedAnswer = slot.answer;
        if (stored != null && storedAnswer != null) {
          return request.sameRequestAs(stored)
              ? new Outcome.Replayed<>(storedAnswer) : new Outcome.Reused<>();
        }
        slot.claimedAt = request.at();
        Either<Refusal, T> result = work.get();
        if (result.isRight()) {
          slot.answer = answer.apply(result.get());
          slot.request = request.request();
        }
        return new Outcome.Done<>(result);
      } finally {
        slot.lock.unlock();
      }
    }
  }

  @Override
  public int sweep(Instant before, int limit) {
    List<Map.Entry<String, Slot>> due = new ArrayList<>();
    for (Map.Entry<String, Slot> entry : slots.entrySet()) {
      if (entry.getValue().claimedAt.isBefore(before)) {
        due.add(entry);
      }
    }
    due.sort(Comparator.comparing(entry -> entry.getValue().claimedAt));
    int deleted = 0;
    for (Map.Entry<String, Slot> entry : due) {
      if (deleted >= limit) {
        break;
      }
      Slot slot = entry.getValue();
      if (slot.lock.tryLock()) { // a slot in use is not due
        try {
          if (slot.claimedAt.isBefore(before) && slots.remove(entry.getKey(), slot)) {
            deleted++;
          }
        } finally {
          slot.lock.unlock();
        }
      }
    }
    return deleted;
  }
}
