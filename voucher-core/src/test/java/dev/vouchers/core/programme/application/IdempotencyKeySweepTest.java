// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.testkit.memory.InMemoryIdempotencyKeys;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * G-3: idempotency keys are kept for the configured retention (at least 24 hours) and the
 * sweep deletes them only after it; a swept key may be used again for another request.
 */
class IdempotencyKeySweepTest {
  private static final IdempotencyKey KEY = IdempotencyKey.of("order-sweep-0001");

  private final ProgrammeFixture f =
      ProgrammeFixture.withIdempotencyKeys(new InMemoryIdempotencyKeys());

  private PlacedOrder order(int quantity) {
    return ok(f.programme.ordering().orderVouchers().order(new OrderVouchers.Command(ALICE, ACME,
        request(line(SMIME_1Y, quantity))).withIdempotencyKey(KEY)));
  }

  @Test
  void aKeyIsKeptThroughItsRetentionAndSweptAfterIt_G3() {
    Duration retention = f.programme.settings().idempotencyRetention();
    assertThat(retention).isGreaterThanOrEqualTo(Duration.ofHours(24));
    PlacedOrder first = order(1);

    f.advance(retention);
    assertThat(f.programme.sweepIdempotencyKeys(10)).isZero();
    assertThat(order(1).order().id()).isEqualTo(first.order().id());

    f.advance(Duration.ofSeconds(1));
    assertThat(f.programme.sweepIdempotencyKeys(0)).isEqualTo(1);
    assertThat(f.programme.sweepIdempotencyKeys(10)).isZero();

    PlacedOrder another = order(2);
    assertThat(another.order().id()).isNotEqualTo(first.order().id());
    assertThat(another.codes()).hasSize(2);
  }
}
