// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.subaccount.port.in.ExpireDueInvitations;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * I-2, L-4: the invitation expiry sweep takes any positive limit, one included, and expires no
 * more than it; a limit below one is refused.
 */
class SweepLimitOfOneTest {

  private final InvitationFixture f = InvitationFixture.create();

  private ExpireDueInvitations.Command sweep(int limit) {
    return new ExpireDueInvitations.Command(InvitationFixture.SWEEPER, limit);
  }

  @Test
  void aSweepOfOneExpiresOneDueInvitationAtATime_I2_L4() {
    f.invite("first@example.org");
    f.invite("second@example.org");
    f.advance(Duration.ofDays(31));

    assertThat(refused(f.programme.subAccounts().expireDueInvitations().expire(sweep(0))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(ok(f.programme.subAccounts().expireDueInvitations().expire(sweep(1)))).isEqualTo(1);
    assertThat(ok(f.programme.subAccounts().expireDueInvitations().expire(sweep(1)))).isEqualTo(1);
    assertThat(ok(f.programme.subAccounts().expireDueInvitations().expire(sweep(1)))).isZero();
  }
}
