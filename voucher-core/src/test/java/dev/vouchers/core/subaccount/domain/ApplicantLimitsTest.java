// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.Reason;
import org.junit.jupiter.api.Test;

/** I-3, L-4: the applicant's texts have their lengths, to the character; a token never prints. */
class ApplicantLimitsTest {
  private static final String EMAIL = "ann@invitee.example";

  @Test
  void eachTextMayBeAsLongAsItsLimitAndNotOneCharacterLonger_I3_L4() {
    String name = "N".repeat(Applicant.MAX_NAME);
    String address = "A".repeat(Applicant.MAX_ADDRESS);
    Applicant longest = new Applicant(name, EMAIL, name, address, "CH");
    assertThat(longest.validate().isValid()).isTrue();
    assertThat(longest.validate().get().contact().name()).isEqualTo(name);
    assertThat(longest.validate().get().organisation().address()).isEqualTo(address);

    Applicant longer = new Applicant(name + "N", EMAIL, name + "N", address + "A", "CH");
    assertThat(longer.validate().getError().map(Reason::message).toJavaList()).containsExactly(
        "the contact name must be 1.." + Applicant.MAX_NAME + " characters",
        "the organisation name must be 1.." + Applicant.MAX_NAME + " characters",
        "the address must be 1.." + Applicant.MAX_ADDRESS + " characters");
  }

  @Test
  void aTokenPrintsMaskedSoALogShowsOneWasThereButNotWhich_I1() {
    InvitationToken token = InvitationToken.random(Entropy.secure());
    assertThat(token.toString()).contains("****").doesNotContain(token.value());
  }
}
