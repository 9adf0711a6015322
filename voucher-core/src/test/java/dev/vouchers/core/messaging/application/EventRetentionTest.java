// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.core.programme.application.ProgrammeFixture;
import dev.vouchers.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * M-5, L-2 (ADR 0057): the retention sweep's arguments, its cut-off from the clock (saturated
 * at the ends of the supported range, L-4) and its drain, which stops at the first short batch.
 */
class EventRetentionTest {
  private final ProgrammeFixture f = ProgrammeFixture.create();
  private final EventOutbox outbox = f.store.eventOutbox();

  private void deliverOne() {
    f.order(line(SMIME_1Y, 1));
    Instant now = f.clock.instant();
    outbox.claim(10, now, Duration.ofMinutes(1)).forEach(e -> outbox.delivered(e, now));
  }

  @Test
  void aNegativeRetentionOrAnEmptyBatchIsABrokenInvariant_M5() {
    assertThatThrownBy(() -> new EventRetention(outbox, f.clock, Duration.ofSeconds(-1), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    assertThatThrownBy(() -> new EventRetention(outbox, f.clock, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch size");
    assertThatThrownBy(() -> outbox.removeDelivered(f.clock.instant(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aZeroRetentionRemovesWhatWasDeliveredBeforeNow_M5() {
    deliverOne();
    EventRetention sweep = new EventRetention(outbox, f.clock, Duration.ZERO, 10);
    assertThat(sweep.cutOff()).isEqualTo(f.clock.instant());
    assertThat(sweep.sweepOnce()).as("delivered at now, not before").isZero();
    f.clock.advance(Duration.ofMillis(1));
    assertThat(sweep.sweepOnce()).isEqualTo(1);
  }

  @Test
  void theCutOffSaturatesAtTheEndsOfTheSupportedRange_M5_L4() {
    MutableClock early = new MutableClock(Instants.MIN.plusSeconds(5));
    assertThat(new EventRetention(outbox, early, Duration.ofDays(7), 10).cutOff())
        .isEqualTo(Instants.MIN);
    MutableClock late = new MutableClock(Instant.MAX);
    assertThat(new EventRetention(outbox, late, Duration.ZERO, 10).cutOff())
        .isEqualTo(Instants.MAX);
    assertThat(new EventRetention(outbox, f.clock, Duration.ofSeconds(Long.MAX_VALUE), 10)
        .cutOff()).isEqualTo(Instants.MIN);
  }

  @Test
  void aDrainRunsBatchesUntilOneComesBackShortOrItsLimit_M5() {
    for (int i = 0; i < 5; i++) {
      deliverOne();
    }
    f.clock.advance(Duration.ofDays(8));
    EventRetention sweep = new EventRetention(outbox, f.clock, Duration.ofDays(7), 2);

    assertThat(sweep.drain(1)).isEqualTo(2);
    assertThat(sweep.drain(10)).isEqualTo(3);
    assertThat(sweep.drain(10)).isZero();
  }
}
