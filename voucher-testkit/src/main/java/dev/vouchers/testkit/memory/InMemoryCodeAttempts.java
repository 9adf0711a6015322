// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.AttemptWindow;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link CodeAttempts} in memory (G-1): one {@link AttemptWindow} per key digest, changed
 * atomically per key with {@link ConcurrentHashMap#compute}. For tests and single-instance
 * shops; several application instances need a shared store such as the JDBC adapter's.
 */
public final class InMemoryCodeAttempts implements CodeAttempts {
  private final Map<String, AttemptWindow> windows = new ConcurrentHashMap<>();

  @Override
  public Optional<Instant> count(CallerKey key, Instant now, AttemptLimit limit) {
    Instant[] refusedUntil = new Instant[1];
    windows.compute(key.digest(), (digest, current) -> {
      Either<Instant, AttemptWindow> counted =
          AttemptWindow.count(Optional.ofNullable(current), now, limit);
      if (counted.isLeft()) {
        refusedUntil[0] = counted.getLeft();
        return current;
      }
      return counted.get();
    });
    return Optional.ofNullable(refusedUntil[0]);
  }

  @Override
  public void forgive(CallerKey key, Instant now) {
    windows.computeIfPresent(key.digest(), (digest, current) -> current.forgiven(now));
  }

  @Override
  public int sweep(Instant now, int limit) {
    int deleted = 0;
    Iterator<Map.Entry<String, AttemptWindow>> entries = windows.entrySet().iterator();
    while (entries.hasNext() && deleted < limit) {
      Map.Entry<String, AttemptWindow> entry = entries.next();
      if (entry.getValue().endedAt(now) && windows.remove(entry.getKey(), entry.getValue())) {
        deleted++;
      }
    }
    return deleted;
  }

  @Override
  public Optional<AttemptWindow> window(CallerKey key) {
    return Optional.ofNullable(windows.get(key.digest()));
  }

  /** How many windows are stored (bounded storage, G-1). */
  public int size() {
    return windows.size();
  }
}
