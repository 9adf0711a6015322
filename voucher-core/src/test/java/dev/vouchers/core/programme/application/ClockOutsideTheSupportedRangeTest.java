// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.SupportedTime;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.PriceCustomerPurchase;
import dev.vouchers.core.reseller.port.in.SetResellerDiscount;
import dev.vouchers.core.reseller.port.in.UnlinkCustomer;
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.port.in.CancelInvitation;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountBilling;
import dev.vouchers.core.subaccount.port.in.ExpireDueInvitations;
import dev.vouchers.core.subaccount.port.in.GetInvitation;
import dev.vouchers.core.subaccount.port.in.ListInvitations;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.ListSubscriptions;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * L-4: a clock that reads outside the supported range (after 9000-01-01 or before year 1) is
 * answered by every use case that reads it with the refusal naming the range, never by an
 * exception, and nothing changes.
 */
class ClockOutsideTheSupportedRangeTest {
  private static final Instant TOO_LATE = SupportedTime.LATEST.plusSeconds(1);

  private static void refusedForTheClock(Either<Refusal, ?> result) {
    assertThat(result.isLeft()).as("expected the clock refusal but got %s",
        result.isRight() ? result.get() : null).isTrue();
    assertThat(result.getLeft().codes()).contains(ReasonCode.INVALID_INPUT);
    assertThat(result.getLeft().reasons()).map(Reason::message)
        .anySatisfy(message -> assertThat(message).contains("supported range"));
  }

  @Nested
  class Invitations {
    private final InvitationFixture f = InvitationFixture.create();

    private InvitationStatus statusOf(InvitationId id) {
      return f.programme.subAccounts().getInvitation().get(new GetInvitation.Command(
          InvitationFixture.ADMIN,
          id)).get().invitation().status();
    }

    @Test
    void invitingListingResendingCancellingAcceptingAndSweepingAreRefused_L4() {
      InvitationId pending = f.invite("pending@example.com").id();
      String token = f.token(pending);
      Instant before = f.clock.instant();
      f.clock.set(TOO_LATE);

      refusedForTheClock(f.tryInvite(InvitationFixture.ADMIN, InvitationFixture.ACME,
          "new@example.com"));
      refusedForTheClock(f.programme.subAccounts().listInvitations().list(
          new ListInvitations.Command(
          InvitationFixture.ADMIN, InvitationFixture.ACME, Set.of(), PageRequest.first(10))));
      refusedForTheClock(f.programme.subAccounts().resendInvitation().resend(
          new ResendInvitation.Command(InvitationFixture.ADMIN, pending)));
      refusedForTheClock(f.programme.subAccounts().cancelInvitation().cancel(
          new CancelInvitation.Command(InvitationFixture.ADMIN, pending, "")));
      refusedForTheClock(f.programme.subAccounts().expireDueInvitations().expire(
          new ExpireDueInvitations.Command(InvitationFixture.SWEEPER, 10)));
      refusedForTheClock(f.tryAccept(token));

      f.clock.set(before);
      assertThat(statusOf(pending)).isEqualTo(InvitationStatus.PENDING);
      assertThat(f.store.invitationOutbox().backlog()).isZero();
      assertThat(f.tokens(pending)).containsExactly(token);
    }

    @Test
    void changingASubAccountIsRefused_L4() {
      SubAccount account = f.accept(f.invite("buyer@example.com").id());
      f.clock.set(TOO_LATE);
      refusedForTheClock(f.programme.subAccounts().changeSubAccountBilling().change(
          new ChangeSubAccountBilling.Command(InvitationFixture.ADMIN, account.id(),
              Billing.PARTNER, Pricing.partnerTier())));
      assertThat(f.store.subAccounts().subAccount(account.id()).orElseThrow().billing())
          .isEqualTo(account.billing());
    }
  }

  @Nested
  class Subscriptions {
    private final SubscriptionFixture f = new SubscriptionFixture();

    @Test
    void buyingReadingListingChangingAndSweepingAreRefused_L4() {
      SubscriptionId active = f.active(SubscriptionFixture.monthly()).id();
      f.clock.set(TOO_LATE);

      refusedForTheClock(f.tryBuy(SubscriptionFixture.ADMIN_AGENT, SubscriptionFixture.ACME,
          SubscriptionFixture.annual()));
      refusedForTheClock(f.programme.subscriptions().getSubscription().get(
          new GetSubscription.Command(SubscriptionFixture.ADMIN, active)));
      refusedForTheClock(f.programme.subscriptions().listSubscriptions().list(
          new ListSubscriptions.Command(
          SubscriptionFixture.ADMIN, SubscriptionFixture.ACME, Optional.empty(), Set.of(),
          PageRequest.first(10))));
      refusedForTheClock(f.programme.subscriptions().cancelSubscription().cancel(
          new CancelSubscription.Command(SubscriptionFixture.ADMIN, active, "")));
      refusedForTheClock(f.programme.subscriptions().renewOrExpireSubscriptions().renewOrExpire(
          new RenewOrExpireSubscriptions.Command(SubscriptionFixture.SWEEPER, 10)));

      assertThat(f.store.subscriptions().subscription(active).orElseThrow().status())
          .isEqualTo(SubscriptionStatus.ACTIVE);
      assertThat(f.stored(active)).hasSize(2);
    }
  }

  @Nested
  class Resellers {
    private final ResellerFixture f = new ResellerFixture();

    @Test
    void applyingDecidingLinkingUnlinkingAndPricingAreRefused_L4() {
      ResellerApplication acme = f.approved(ResellerFixture.ACME, "10");
      CustomerId linked = CustomerId.of("cust-1");
      ResellerFixture.ok(f.link(ResellerFixture.SUPPORT, linked, ResellerFixture.ACME));
      Instant before = f.now();
      f.clock.set(TOO_LATE);

      refusedForTheClock(f.programme.resellers().applyAsReseller().apply(
          new ApplyAsReseller.Command(
              ResellerFixture.BOLT_ADMIN, ResellerFixture.BOLT)));
      refusedForTheClock(f.programme.resellers().setResellerDiscount().set(
          new SetResellerDiscount.Command(
          ResellerFixture.PM, ResellerFixture.ACME, new BigDecimal("20"))));
      refusedForTheClock(f.link(ResellerFixture.SUPPORT, CustomerId.of("cust-2"),
          ResellerFixture.ACME));
      refusedForTheClock(f.programme.resellers().unlinkCustomer().unlink(
          new UnlinkCustomer.Command(ResellerFixture.SUPPORT, linked, "")));
      refusedForTheClock(f.programme.resellers().priceCustomerPurchase().price(
          new PriceCustomerPurchase.Command(ResellerFixture.SUPPORT, linked,
              Money.of("100.00", "CHF"))));

      f.clock.set(before);
      assertThat(f.store.resellerApplications().applicationsOf(ResellerFixture.BOLT, Set.of(), PageRequest.first(10))
          .items()).isEmpty();
      assertThat(f.store.customerLinks().linkHistory(linked).current().map(link -> link.reseller()))
          .contains(ResellerFixture.ACME);
      assertThat(f.store.customerLinks().linkHistory(CustomerId.of("cust-2")).current()).isEmpty();
      assertThat(f.store.resellerApplications().application(acme.id()).orElseThrow().discount())
          .contains(new BigDecimal("10"));
    }
  }
}
