// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.messaging.port.in.ListParkedEvents;
import dev.vouchers.core.programme.application.ProgrammeFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** M-5, L-4: the list of parked events takes a limit of 1..MAX_LIMIT, both ends included. */
class ParkedEventsTest {
  private final ProgrammeFixture f = ProgrammeFixture.create();
  private final ParkedEvents staff = new ParkedEvents(f.store.eventOutbox(), f.clock);

  private void parkOne() {
    f.order(line(SMIME_1Y, 1));
    Instant now = f.clock.instant();
    f.store.eventOutbox().claim(10, now, Duration.ofMinutes(1))
        .forEach(entry -> f.store.eventOutbox().parked(entry, now, "HTTP 410"));
  }

  @Test
  void aListTakesOneUpToItsMaximum_M5_L4() {
    parkOne();
    parkOne();

    assertThat(staff.list(new ListParkedEvents.Command(PM, Optional.empty(), 1)).get())
        .hasSize(1);
    assertThat(staff.list(new ListParkedEvents.Command(PM, Optional.empty(),
        ListParkedEvents.MAX_LIMIT)).get()).hasSize(2);
    assertThat(staff.list(new ListParkedEvents.Command(PM, Optional.empty(), 0)).getLeft()
        .codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(staff.list(new ListParkedEvents.Command(PM, Optional.empty(),
        ListParkedEvents.MAX_LIMIT + 1)).getLeft().codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
  }
}
