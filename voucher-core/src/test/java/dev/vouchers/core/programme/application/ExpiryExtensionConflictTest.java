// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * M-2, V-7, L-4: extending one voucher's expiry is written only on the version read; a writer
 * that loses every race tries exactly {@code conflictRetries} times, then answers
 * CONCURRENT_UPDATE with the voucher unchanged.
 */
class ExpiryExtensionConflictTest {
  private static final int RETRIES = 3;

  private final AtomicBoolean losing = new AtomicBoolean();
  private final AtomicInteger tries = new AtomicInteger();
  private final ProgrammeFixture f = ProgrammeFixture.create(
      s -> s.withConflictRetries(RETRIES), this::losingUpdates);

  private Vouchers losingUpdates(Vouchers store) {
    return (Vouchers) Proxy.newProxyInstance(Vouchers.class.getClassLoader(),
        new Class<?>[] {Vouchers.class}, (proxy, method, args) -> {
          if (losing.get() && method.getName().equals("update")) {
            tries.incrementAndGet();
            return false;
          }
          try {
            return method.invoke(store, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void anExtensionThatAlwaysLosesGivesUpAfterTheConfiguredTries_M2_V7_L4() {
    VoucherId id = f.single(SMIME_1Y).id();
    Instant expiry = f.stored(id).expiresAt();
    losing.set(true);

    assertThat(refused(f.programme.vouchers().extendExpiry().extend(ExtendExpiry.Command.voucher(PM,
        id,
        expiry.plus(Duration.ofDays(30)), "goodwill"))).codes())
        .containsExactly(ReasonCode.CONCURRENT_UPDATE);

    assertThat(tries).hasValue(RETRIES);
    assertThat(f.stored(id).expiresAt()).isEqualTo(expiry);
  }
}
