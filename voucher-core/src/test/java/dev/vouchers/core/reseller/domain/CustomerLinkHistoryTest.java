// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** who links a customer to which reseller, transfers and unlinks; A-1 for resellers. */
class CustomerLinkHistoryTest {
  private static final Instant T1 = Instant.parse("2026-06-01T12:00:00Z");
  private static final CustomerId ANNA = new CustomerId("anna");
  private static final PartnerId ACME = new PartnerId("acme");
  private static final PartnerId BOLT = new PartnerId("bolt");
  private static final Actor SIGN_UP = new Actor.Service("shop-sign-up");
  private static final Actor SUPPORT =
      Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);
  private static final Actor PM =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  private static final Actor ACME_ADMIN =
      new Actor.PartnerUser(new UserId("alice"), ACME, PartnerRole.ADMIN);
  private static final Actor ACME_AGENT =
      new Actor.PartnerUser(new UserId("aaron"), ACME, PartnerRole.ADMIN_AGENT);
  private static final Actor ACME_SALES =
      new Actor.PartnerUser(new UserId("sam"), ACME, PartnerRole.SALES_AGENT);
  private static final Actor BOLT_ADMIN =
      new Actor.PartnerUser(new UserId("bob"), BOLT, PartnerRole.ADMIN);

  private static <T> T ok(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("refused: %s", result.isLeft() ? result.getLeft() : "")
        .isTrue();
    return result.get();
  }

  private static Refusal refused(Either<Refusal, ?> result) {
    assertThat(result.isLeft()).as("accepted").isTrue();
    return result.getLeft();
  }

  private static CustomerLinkHistory linkedTo(PartnerId reseller, Instant at) {
    CustomerLinkHistory none = CustomerLinkHistory.none(ANNA);
    return none.with(ok(none.link(reseller, true, SUPPORT, at)));
  }

  @Test
  void theSignUpLinksANewCustomerToTheResellerItChose_R2() {
    LinkChange change = ok(CustomerLinkHistory.none(ANNA).link(ACME, true, SIGN_UP, T1));
    assertThat(change.ended()).isEmpty();
    CustomerLink link = change.started().orElseThrow();
    assertThat(link).isEqualTo(CustomerLink.started(ANNA, 1, ACME, LinkOrigin.SIGN_UP, T1,
        SIGN_UP.describe()));
    assertThat(link.isCurrent()).isTrue();
  }

  @Test
  void aResellersAdminsMoveACustomerWithoutResellerIntoTheirConsole_R2() {
    for (Actor admin : List.of(ACME_ADMIN, ACME_AGENT)) {
      CustomerLink link = ok(CustomerLinkHistory.none(ANNA).link(ACME, true, admin, T1))
          .started().orElseThrow();
      assertThat(link.origin()).isEqualTo(LinkOrigin.TRANSFER);
      assertThat(link.linkedBy()).isEqualTo(admin.describe());
    }
    assertThat(refused(CustomerLinkHistory.none(ANNA).link(ACME, true, ACME_SALES, T1)).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
  }

  @Test
  void supportMakesTheLinkAfterwards_R2() {
    CustomerLinkHistory earlier = linkedTo(ACME, T1);
    CustomerLinkHistory unlinked = earlier.with(ok(earlier.unlink(SUPPORT, T1.plusSeconds(5),
        "closed")));
    CustomerLink link = ok(unlinked.link(BOLT, true, SUPPORT, T1.plusSeconds(9))).started()
        .orElseThrow();
    assertThat(link.origin()).isEqualTo(LinkOrigin.SUPPORT);
    assertThat(link.number()).isEqualTo(2);
    assertThat(link.from()).isEqualTo(T1.plusSeconds(9));
  }

  @Test
  void onlyApprovedResellersAreLinked_R2() {
    assertThat(refused(CustomerLinkHistory.none(ANNA).link(ACME, false, SIGN_UP, T1)).codes())
        .containsExactly(ReasonCode.RESELLER_NOT_APPROVED);
  }

  @Test
  void aCustomerHasAtMostOneResellerAtATime_R2() {
    CustomerLinkHistory linked = linkedTo(ACME, T1);
    assertThat(refused(linked.link(BOLT, true, SIGN_UP, T1)).codes())
        .containsExactly(ReasonCode.CUSTOMER_HAS_RESELLER);
    assertThat(refused(linked.link(ACME, true, ACME_ADMIN, T1)).reasons().get(0).message())
        .contains("already");
    assertThat(refused(linked.link(ACME, true, SUPPORT, T1)).codes())
        .containsExactly(ReasonCode.CUSTOMER_HAS_RESELLER);
  }

  @Test
  void supportTransfersToAnotherResellerEndingTheOldLinkWhereTheNewStarts_R2() {
    CustomerLinkHistory linked = linkedTo(ACME, T1);
    Instant later = T1.plus(Duration.ofDays(3));
    LinkChange transfer = ok(linked.link(BOLT, true, SUPPORT, later));
    CustomerLink ended = transfer.ended().orElseThrow();
    CustomerLink started = transfer.started().orElseThrow();
    assertThat(ended.until()).contains(later);
    assertThat(ended.endedBy()).contains(SUPPORT.describe());
    assertThat(ended.endReason()).contains("moved to reseller bolt");
    assertThat(started.from()).isEqualTo(later);
    assertThat(started.number()).isEqualTo(2);
    CustomerLinkHistory after = linked.with(transfer);
    assertThat(after.at(later.minusNanos(1)).map(CustomerLink::reseller)).contains(ACME);
    assertThat(after.at(later).map(CustomerLink::reseller)).contains(BOLT);
    assertThat(after.current()).contains(started);
  }

  @Test
  void unlinkingRecordsWhenWhoAndWhy_R2() {
    CustomerLinkHistory linked = linkedTo(ACME, T1);
    CustomerLink ended = ok(linked.unlink(ACME_ADMIN, T1.plusSeconds(60), " moved away "))
        .ended().orElseThrow();
    assertThat(ended.until()).contains(T1.plusSeconds(60));
    assertThat(ended.endedBy()).contains(ACME_ADMIN.describe());
    assertThat(ended.endReason()).contains("moved away");
    assertThat(refused(CustomerLinkHistory.none(ANNA).unlink(SUPPORT, T1, "x")).codes())
        .containsExactly(ReasonCode.CUSTOMER_HAS_NO_RESELLER);
    assertThat(refused(linked.unlink(PM, T1, " ")).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED, ReasonCode.INVALID_INPUT);
    assertThat(refused(linked.unlink(ACME_SALES, T1, "x")).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
  }

  @Test
  void anotherResellersCustomerAnswersLikeAMissingOne_A1() {
    CustomerLinkHistory linked = linkedTo(ACME, T1);
    Refusal unlink = refused(linked.unlink(BOLT_ADMIN, T1, "mine now"));
    assertThat(unlink).isEqualTo(refused(CustomerLinkHistory.none(ANNA)
        .unlink(BOLT_ADMIN, T1, "mine now")));
    assertThat(unlink.codes()).containsExactly(ReasonCode.NOT_FOUND);
    assertThat(linked.visibleTo(BOLT_ADMIN)).isEmpty();
    assertThat(linked.visibleTo(ACME_SALES)).hasSize(1);
    assertThat(linked.visibleTo(SUPPORT)).hasSize(1);
  }

  @Test
  void aResellerLinksOnlyToItselfAndNeverLearnsWhoseCustomerItIs_A1() {
    assertThat(refused(CustomerLinkHistory.none(ANNA).link(ACME, true, BOLT_ADMIN, T1)))
        .isEqualTo(Refusal.notFound("reseller"));
    Refusal taken = refused(linkedTo(ACME, T1).link(BOLT, true, BOLT_ADMIN, T1));
    assertThat(taken.codes()).containsExactly(ReasonCode.CUSTOMER_HAS_RESELLER);
    assertThat(taken.reasons().get(0).message()).doesNotContain("acme");
  }

  @Test
  void theDiscountAppliesFromTheLinkOnNeverBefore_R2() {
    CustomerLinkHistory linked = linkedTo(ACME, T1);
    List<DiscountChange> changes = List.of(new DiscountChange(new ResellerApplicationId("a"),
        ACME, Optional.empty(), new BigDecimal("10"), T1.minusSeconds(3_600), "pm"));
    Map<PartnerId, List<DiscountChange>> discounts = Map.of(ACME, changes);
    assertThat(linked.discountAt(T1.minusNanos(1), discounts::get)).isEmpty();
    assertThat(linked.discountAt(T1, discounts::get))
        .contains(new ResellerDiscount(ACME, new BigDecimal("10"), T1));
  }

  @Test
  void theDiscountInForceAtThePurchaseApplies_R2() {
    ResellerApplicationId app = new ResellerApplicationId("a");
    List<DiscountChange> changes = List.of(
        new DiscountChange(app, ACME, Optional.empty(), new BigDecimal("10"), T1, "pm"),
        new DiscountChange(app, ACME, Optional.of(BigDecimal.TEN), new BigDecimal("20"),
            T1.plusSeconds(100), "pm"));
    assertThat(DiscountChange.percentAt(changes, T1.minusNanos(1))).isEqualTo(BigDecimal.ZERO);
    assertThat(DiscountChange.percentAt(changes, T1)).isEqualTo(new BigDecimal("10"));
    assertThat(DiscountChange.percentAt(changes, T1.plusSeconds(99))).isEqualTo(BigDecimal.TEN);
    assertThat(DiscountChange.percentAt(changes, T1.plusSeconds(100)))
        .isEqualTo(new BigDecimal("20"));
  }

  @Test
  void aHistoryWithTwoCurrentLinksIsABrokenInvariant_R2() {
    CustomerLink first = CustomerLink.started(ANNA, 1, ACME, LinkOrigin.SIGN_UP, T1, "x");
    CustomerLink second = CustomerLink.started(ANNA, 2, BOLT, LinkOrigin.SIGN_UP, T1, "x");
    assertThatThrownBy(() -> new CustomerLinkHistory(ANNA, List.of(first, second)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CustomerLinkHistory(ANNA, List.of(second)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> first.ended(T1, "x", "y").ended(T1, "x", "y"))
        .isInstanceOf(IllegalStateException.class);
  }
}
