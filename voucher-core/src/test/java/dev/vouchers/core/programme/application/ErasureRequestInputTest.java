// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.programme.domain.ErasureKind;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import io.vavr.control.Either;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * E-1, L-4: a request to erase one customer's data names the partner and the customer; every
 * problem of it is named together and nothing is erased; an address and a customer at once, or
 * the address erased data reads as, are refused; only the vendor's support erases.
 */
class ErasureRequestInputTest {

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private Either<Refusal, ErasureRecord> erase(Optional<String> address,
      Optional<String> partner, Optional<String> customer) {
    return f.programme.erasePersonalData().erase(
        new ErasePersonalData.Command(SUPPORT, address, partner, customer));
  }

  @Test
  void aCustomersDataIsErasedByPartnerAndName_E1() {
    f.order(ProgrammeFixture.line(ProgrammeFixture.SMIME_1Y, 1));

    ErasureRecord record = ok(erase(Optional.empty(), Optional.of("acme"),
        Optional.of("  Jane Customer ")));

    assertThat(record.kind()).isEqualTo(ErasureKind.CUSTOMER);
    assertThat(record.by()).isEqualTo(SUPPORT.describe());
    assertThat(record.at()).isEqualTo(f.clock.instant());
    assertThat(record.rows()).isPositive();
  }

  @Test
  void aBadPartnerIdAndAMissingCustomerNameAreNamedTogether_E1_L4() {
    Refusal refusal = refused(erase(Optional.empty(), Optional.of(" "), Optional.of("   ")));

    assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT,
        ReasonCode.INVALID_INPUT);
    assertThat(refusal.reasons()).extracting(Reason::message)
        .anySatisfy(m -> assertThat(m).contains("partner"))
        .anySatisfy(m -> assertThat(m).isEqualTo("give the customer name"));
    assertThat(refused(erase(Optional.empty(), Optional.empty(), Optional.of("Jane"))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
  }

  @Test
  void aCustomerNameWithAControlCharacterIsRefused_E1_L4() {
    Refusal refusal = refused(erase(Optional.empty(), Optional.of("acme"),
        Optional.of("Jane\u0007Customer")));

    assertThat(refusal.reasons()).singleElement()
        .satisfies(r -> assertThat(r.message()).contains("customer name"));
  }

  @Test
  void anAddressAndACustomerAtOnceOrNeitherAreRefused_E1_L4() {
    assertThat(refused(erase(Optional.of("jane@customer.example"), Optional.of("acme"),
        Optional.of("Jane"))).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message()).startsWith("give either"));
    assertThat(refused(erase(Optional.empty(), Optional.empty(), Optional.empty())).reasons())
        .singleElement().satisfies(r -> assertThat(r.message()).startsWith("give either"));
    assertThat(refused(erase(Optional.of("erased@erased.invalid"), Optional.empty(),
        Optional.empty())).codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refused(f.programme.erasePersonalData().erase(new ErasePersonalData.Command(
        ALICE, Optional.of("jane@customer.example"), Optional.empty(), Optional.empty())))
        .codes()).containsExactly(ReasonCode.NOT_PERMITTED);
  }
}
