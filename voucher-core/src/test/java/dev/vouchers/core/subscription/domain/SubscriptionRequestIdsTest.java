// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * L-4 for the ids typed into a subscription purchase (U-1; issue 18: survivors of the
 * context's mutation run): an id is one line of 1..64 storable characters, and a refusal names
 * the field without echoing the value; a request for an unknown offer still names its other
 * problems.
 */
class SubscriptionRequestIdsTest {
  private static final Offer OFFER = Offer.builder().id(OfferId.of("crm")).name("CRM")
      .publisher("ISV").addTerms(SubscriptionTerm.ANNUAL)
      .addBillingFrequencies(BillingFrequency.ANNUAL).build();

  private static List<Reason> problems(SubscriptionRequest request) {
    return request.validate(id -> id.equals(OFFER.id()) ? Optional.of(OFFER) : Optional.empty())
        .fold(reasons -> reasons.toJavaList(), valid -> List.of());
  }

  private static SubscriptionRequest request(String customer) {
    return SubscriptionRequest.of(customer, "crm", 3, SubscriptionTerm.ANNUAL,
        BillingFrequency.ANNUAL);
  }

  @Test
  void aCustomerIdWithAControlCharacterIsRefusedNamingTheField_U1_L4() {
    assertThat(problems(request("anna"))).isEmpty();
    List<Reason> problems = problems(request("an\u0007na"));
    assertThat(problems).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.INVALID_INPUT);
      assertThat(reason.message()).startsWith("customer id").contains("U+0007")
          .doesNotContain("an\u0007na");
    });
  }

  @Test
  void anIndirectResellerIdOnTwoLinesIsRefusedNamingTheField_U1_L4() {
    List<Reason> problems = problems(request("anna").withIndirectReseller("bolt\nbolt"));
    assertThat(problems).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.INVALID_INPUT);
      assertThat(reason.message()).startsWith("indirect reseller id");
    });
    assertThat(problems(request("anna").withIndirectReseller(" bolt "))).isEmpty();
  }

  @Test
  void aBlankIdIsRefusedNamingTheFieldAndTheLimits_L4() {
    Optional<Reason> blank = SubscriptionRequest.checkId("offer id", " \t ");
    assertThat(blank).hasValueSatisfying(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.INVALID_INPUT);
      assertThat(reason.message()).startsWith("offer id").contains("1..64");
    });
    assertThat(SubscriptionRequest.checkId("offer id", "o".repeat(64))).isEmpty();
    assertThat(SubscriptionRequest.checkId("offer id", "o".repeat(65))).isPresent();
  }

  @Test
  void aCustomerIdMayHaveSixtyFourCharactersButNotSixtyFive_U1_L4() {
    assertThat(problems(request("c".repeat(64)))).isEmpty();
    assertThat(problems(request("c".repeat(65)))).singleElement()
        .satisfies(reason -> assertThat(reason.message()).startsWith("customer id"));
  }

  @Test
  void anUnknownOfferIsRefusedWithEveryOtherProblemOfTheRequest_U1() {
    SubscriptionRequest one = SubscriptionRequest.of("anna", "erp", 1, SubscriptionTerm.ANNUAL,
        BillingFrequency.ANNUAL);
    assertThat(problems(one)).extracting(Reason::code).containsExactly(ReasonCode.OFFER_UNKNOWN);
    SubscriptionRequest none = SubscriptionRequest.of("anna", "erp", 0, SubscriptionTerm.ANNUAL,
        BillingFrequency.ANNUAL);
    assertThat(problems(none)).extracting(Reason::code).containsExactlyInAnyOrder(
        ReasonCode.OFFER_UNKNOWN, ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE);
  }
}
