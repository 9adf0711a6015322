// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.port.in.AttachContract;
import org.junit.jupiter.api.Test;

/**
 * I-3, L-4: the vendor attaches a contract reference of 1 to 64 characters (padding stripped)
 * to a sub-account; a longer one, or one with a control character, is refused and nothing
 * changes.
 */
class ContractReferenceAtTheUseCaseTest {

  private final InvitationFixture f = InvitationFixture.create();

  @Test
  void aReferenceOfSixtyFourCharactersIsAttachedOneMoreIsRefused_I3_L4() {
    SubAccount account = f.accept(f.invite("buyer@example.com").id());

    assertThat(refused(f.programme.subAccounts().attachContract().attach(new AttachContract.Command(
        InvitationFixture.PM, account.id(), "C".repeat(65)))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refused(f.programme.subAccounts().attachContract().attach(new AttachContract.Command(
        InvitationFixture.PM, account.id(), "CT-\u0007"))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(f.store.subAccounts().subAccount(account.id()).orElseThrow()).isEqualTo(account);

    SubAccount attached = ok(f.programme.subAccounts().attachContract().attach(
        new AttachContract.Command(
        InvitationFixture.PM, account.id(), "  " + "C".repeat(64) + "  ")));
    assertThat(attached.contract()).hasValueSatisfying(
        contract -> assertThat(contract.value()).isEqualTo("C".repeat(64)));
  }
}
