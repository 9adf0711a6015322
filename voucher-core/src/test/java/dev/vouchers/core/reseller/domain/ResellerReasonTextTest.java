// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * L-4 for the free texts of the reseller programme (issue 18: survivors of the context's
 * mutation run): the reason of a rejection and of an unlinking is bounded and
 * refuses control characters other than line breaks.
 */
class ResellerReasonTextTest {
  private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
  private static final PartnerId ACME = new PartnerId("acme");
  private static final Actor PM =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  private static final Actor SUPPORT =
      Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);
  private static final Actor ADMIN =
      new Actor.PartnerUser(new UserId("alice"), ACME, PartnerRole.ADMIN);

  private static ResellerApplication submitted() {
    return ResellerApplication.submit(new ResellerApplicationId("app-1"), ACME,
        Optional.empty(), ADMIN, T0).get();
  }

  private static CustomerLinkHistory linked() {
    CustomerLinkHistory none = CustomerLinkHistory.none(new CustomerId("anna"));
    return none.with(none.link(ACME, true, SUPPORT, T0).get());
  }

  private static Reason onlyReason(Either<Refusal, ?> result) {
    assertThat(result.isLeft()).as("accepted").isTrue();
    assertThat(result.getLeft().reasons()).hasSize(1);
    return result.getLeft().reasons().get(0);
  }

  @Test
  void aRejectionSaysWhyInAtMostTwoThousandCharacters_R1_L4() {
    String longest = "r".repeat(ResellerApplication.MAX_REASON);
    assertThat(submitted().reject(longest, PM, T0).get().entry().orElseThrow().why())
        .isEqualTo(longest);
    Reason tooLong = onlyReason(submitted().reject(longest + "r", PM, T0));
    assertThat(tooLong.code()).isEqualTo(ReasonCode.INVALID_INPUT);
    assertThat(tooLong.message()).contains("the rejection reason")
        .contains(String.valueOf(ResellerApplication.MAX_REASON));
  }

  @Test
  void aRejectionReasonMaySpanLinesButHoldsNoOtherControlCharacter_R1_L4() {
    assertThat(submitted().reject("no register entry\nno VAT number", PM, T0).isRight())
        .isTrue();
    Reason control = onlyReason(submitted().reject("no register\u0007 entry", PM, T0));
    assertThat(control.code()).isEqualTo(ReasonCode.INVALID_INPUT);
    assertThat(control.message()).contains("the rejection reason").contains("U+0007");
  }

  @Test
  void unlinkingSaysWhyInAtMostTwoThousandCharacters_R2_L4() {
    String longest = "m".repeat(CustomerLinkHistory.MAX_REASON);
    assertThat(linked().unlink(SUPPORT, T0.plusSeconds(1), longest).get().ended()
        .orElseThrow().endReason()).contains(longest);
    Reason tooLong = onlyReason(linked().unlink(SUPPORT, T0.plusSeconds(1), longest + "m"));
    assertThat(tooLong.code()).isEqualTo(ReasonCode.INVALID_INPUT);
    assertThat(tooLong.message()).contains("the reason")
        .contains(String.valueOf(CustomerLinkHistory.MAX_REASON));
  }

  @Test
  void anUnlinkingReasonMaySpanLinesButHoldsNoOtherControlCharacter_R2_L4() {
    assertThat(linked().unlink(SUPPORT, T0.plusSeconds(1), "moved\r\naway").isRight()).isTrue();
    Reason control = onlyReason(linked().unlink(SUPPORT, T0.plusSeconds(1), "moved\u001b away"));
    assertThat(control.code()).isEqualTo(ReasonCode.INVALID_INPUT);
    assertThat(control.message()).contains("the reason").contains("U+001B");
  }
}
