// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.core.programme.application.ProgrammeFixture;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * M-5, L-2: the smallest batch a retention sweep takes is one event (issue 18, session 6: the
 * boundary of the batch size had no test); a drain of such batches removes one event a batch.
 */
class RetentionBatchOfOneTest {
  private final ProgrammeFixture f = ProgrammeFixture.create();
  private final EventOutbox outbox = f.store.eventOutbox();

  @Test
  void aSweepOfOneEventAtATimeRemovesEveryDeliveredEventInTurn_M5_L2() {
    for (int i = 0; i < 3; i++) {
      f.order(line(SMIME_1Y, 1));
      Instant now = f.clock.instant();
      outbox.claim(10, now, Duration.ofMinutes(1)).forEach(e -> outbox.delivered(e, now));
    }
    f.clock.advance(Duration.ofDays(8));
    EventRetention sweep = new EventRetention(outbox, f.clock, Duration.ofDays(7), 1);

    assertThat(sweep.sweepOnce()).isEqualTo(1);
    assertThat(sweep.drain(1)).isEqualTo(1);
    assertThat(sweep.drain(5)).isEqualTo(1);
    assertThat(sweep.sweepOnce()).isZero();
  }
}
