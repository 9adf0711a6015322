// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.SubscriptionFixture.ACME;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ADMIN;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ADMIN_AGENT;
import static dev.vouchers.core.programme.application.SubscriptionFixture.BOB;
import static dev.vouchers.core.programme.application.SubscriptionFixture.BOLT;
import static dev.vouchers.core.programme.application.SubscriptionFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.SubscriptionFixture.PM;
import static dev.vouchers.core.programme.application.SubscriptionFixture.PUBLISHER;
import static dev.vouchers.core.programme.application.SubscriptionFixture.SALES_AGENT;
import static dev.vouchers.core.programme.application.SubscriptionFixture.SUPPORT;
import static dev.vouchers.core.programme.application.SubscriptionFixture.annual;
import static dev.vouchers.core.programme.application.SubscriptionFixture.monthly;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ok;
import static dev.vouchers.core.programme.application.SubscriptionFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.in.ChangeBillingFrequency;
import dev.vouchers.core.subscription.port.in.ChangeIndirectReseller;
import dev.vouchers.core.subscription.port.in.ChangeSubscriptionQuantity;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.ListSubscriptions;
import dev.vouchers.core.subscription.port.in.ReactivateSubscription;
import dev.vouchers.core.subscription.port.in.RenameSubscription;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.in.SuspendSubscription;
import dev.vouchers.core.subscription.port.in.SwitchAutoRenew;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * U-5: who changes existing subscriptions (ADMIN and ADMIN_AGENT, not SALES_AGENT; suspension
 * also vendor staff); A-1: another partner's subscription answers exactly like a missing id.
 */
class SubscriptionAccessTest {
  private final SubscriptionFixture f = new SubscriptionFixture();

  /** Every change of an existing subscription, by name. */
  private Map<String, BiFunction<Actor, SubscriptionId, Either<Refusal, ?>>> changes() {
    VoucherProgramme p = f.programme;
    Map<String, BiFunction<Actor, SubscriptionId, Either<Refusal, ?>>> changes =
        new LinkedHashMap<>();
    changes.put("quantity", (by, id) -> p.subscriptions().changeSubscriptionQuantity().change(
        new ChangeSubscriptionQuantity.Command(by, id, 11, "")));
    changes.put("billing", (by, id) -> p.subscriptions().changeBillingFrequency().change(
        new ChangeBillingFrequency.Command(by, id, BillingFrequency.MONTHLY, "")));
    changes.put("auto-renew", (by, id) -> p.subscriptions().switchAutoRenew().switchAutoRenew(
        new SwitchAutoRenew.Command(by, id, false, "")));
    changes.put("nickname", (by, id) -> p.subscriptions().renameSubscription().rename(
        new RenameSubscription.Command(by, id, Optional.of("Front office"))));
    changes.put("indirect reseller", (by, id) -> p.subscriptions().changeIndirectReseller().change(
        new ChangeIndirectReseller.Command(by, id, Optional.of("reseller-2"))));
    changes.put("suspend", (by, id) -> p.subscriptions().suspendSubscription().suspend(
        new SuspendSubscription.Command(by, id, "")));
    changes.put("cancel", (by, id) -> p.subscriptions().cancelSubscription().cancel(
        new CancelSubscription.Command(by, id, "")));
    return changes;
  }

  @Test
  void aSalesAgentMayBuyButChangesNoExistingSubscription_U5() {
    SubscriptionView bought = ok(f.tryBuy(SALES_AGENT, ACME, annual()));
    ok(f.tryActivate(PUBLISHER, bought.id()));
    changes().forEach((name, change) -> assertThat(refused(change.apply(SALES_AGENT,
        bought.id())).codes()).as(name)
        .containsExactly(ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED));
    ok(f.programme.subscriptions().suspendSubscription().suspend(
        new SuspendSubscription.Command(ADMIN, bought.id(), "")));
    assertThat(refused(f.programme.subscriptions().reactivateSubscription().reactivate(
        new ReactivateSubscription.Command(SALES_AGENT, bought.id(), ""))).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED);
    assertThat(f.stored(bought.id())).hasSize(3);
    // reading is allowed
    assertThat(ok(f.programme.subscriptions().getSubscription().get(
        new GetSubscription.Command(SALES_AGENT, bought.id()))).subscription().id())
        .isEqualTo(bought.id());
  }

  @Test
  void theAdminAndTheAdminAgentMakeEveryChange_U5() {
    for (Actor user : List.of(ADMIN, ADMIN_AGENT)) {
      SubscriptionView sub = f.active(annual().withNickname("Back office"));
      changes().forEach((name, change) -> assertThat(change.apply(user, sub.id()).isRight())
          .as(name + " by " + user.describe()).isTrue());
    }
  }

  @Test
  void vendorStaffSuspendAndReactivate_butChangeNothingElse_U5() {
    SubscriptionView sub = f.active(annual());
    for (Actor staff : List.of(SUPPORT, PM)) {
      changes().forEach((name, change) -> {
        if (!name.equals("suspend")) {
          assertThat(refused(change.apply(staff, sub.id())).codes()).as(name)
              .containsExactly(ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED);
        }
      });
    }
    ok(f.programme.subscriptions().suspendSubscription().suspend(
        new SuspendSubscription.Command(SUPPORT, sub.id(), "")));
  }

  @Test
  void theBillingFrequencyChangesWithinTheOfferAndTheTerm_U5_U1() {
    SubscriptionView annual = f.active(annual());
    SubscriptionView monthly = f.active(monthly());
    assertThat(ok(f.programme.subscriptions().changeBillingFrequency().change(
        new ChangeBillingFrequency.Command(
        ADMIN, annual.id(), BillingFrequency.MONTHLY, "cash flow"))).billingFrequency())
        .isEqualTo(BillingFrequency.MONTHLY);
    assertThat(refused(f.programme.subscriptions().changeBillingFrequency().change(
        new ChangeBillingFrequency.Command(ADMIN, monthly.id(), BillingFrequency.ANNUAL, "")))
        .codes()).containsExactly(ReasonCode.BILLING_FREQUENCY_NOT_OFFERED);
    SubscriptionView archive = f.active(SubscriptionRequest.of("c", "archive", 1,
        SubscriptionTerm.ANNUAL, BillingFrequency.ANNUAL));
    assertThat(refused(f.programme.subscriptions().changeBillingFrequency().change(
        new ChangeBillingFrequency.Command(ADMIN, archive.id(), BillingFrequency.MONTHLY, "")))
        .codes()).containsExactly(ReasonCode.BILLING_FREQUENCY_NOT_OFFERED);
  }

  @Test
  void nicknameAndIndirectResellerAreSetAndRemoved_U5() {
    SubscriptionView sub = f.active(annual().withNickname("Team").withIndirectReseller("r-1"));
    SubscriptionView renamed = ok(f.programme.subscriptions().renameSubscription().rename(
        new RenameSubscription.Command(ADMIN, sub.id(), Optional.of("  "))));
    assertThat(renamed.nickname()).isEmpty();
    SubscriptionView moved = ok(f.programme.subscriptions().changeIndirectReseller().change(
        new ChangeIndirectReseller.Command(ADMIN, sub.id(), Optional.of(" r-2 "))));
    assertThat(moved.indirectReseller()).contains(new PartnerId("r-2"));
    assertThat(refused(f.programme.subscriptions().changeIndirectReseller().change(
        new ChangeIndirectReseller.Command(ADMIN, sub.id(), Optional.of("r-2")))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    ok(f.programme.subscriptions().cancelSubscription().cancel(new CancelSubscription.Command(ADMIN,
        sub.id(),
        "")));
    assertThat(ok(f.programme.subscriptions().renameSubscription().rename(
        new RenameSubscription.Command(ADMIN,
        sub.id(), Optional.of("Old team")))).nickname()).contains("Old team");
  }

  @Test
  void anotherPartnersSubscriptionAnswersExactlyLikeAMissingId_A1() {
    SubscriptionView sub = f.active(annual());
    SubscriptionId missing = SubscriptionId.of("no-such-subscription");
    changes().forEach((name, change) -> {
      Refusal foreign = refused(change.apply(BOB, sub.id()));
      assertThat(foreign).as(name).isEqualTo(refused(change.apply(BOB, missing)));
      assertThat(foreign.codes()).as(name).containsExactly(ReasonCode.NOT_FOUND);
    });
    assertThat(refused(f.programme.subscriptions().getSubscription().get(
        new GetSubscription.Command(BOB,
        sub.id())))).isEqualTo(refused(f.programme.subscriptions().getSubscription().get(
        new GetSubscription.Command(BOB, missing))));
    assertThat(refused(f.tryActivate(BOB, sub.id()))).isEqualTo(refused(f.tryActivate(BOB,
        missing)));
    assertThat(f.stored(sub.id())).hasSize(2);
  }

  @Test
  void anEndCustomerSeesNoSubscription_A1() {
    SubscriptionView sub = f.active(annual());
    assertThat(refused(f.programme.subscriptions().getSubscription().get(
        new GetSubscription.Command(CUSTOMER,
        sub.id()))).codes()).containsExactly(ReasonCode.NOT_FOUND);
  }

  @Test
  void aPartnerListsOnlyItsOwnSubscriptions_vendorStaffAnyPartners_A1() {
    SubscriptionView acme = f.active(annual());
    ok(f.tryBuy(BOB, BOLT, annual()));
    f.advance(java.time.Duration.ofMinutes(1));
    SubscriptionView other = f.buy(SubscriptionRequest.of("cust-2", "crm", 1,
        SubscriptionTerm.MONTHLY, BillingFrequency.MONTHLY));
    assertThat(list(ADMIN, ACME, Optional.empty())).extracting(SubscriptionView::id)
        .containsExactly(other.id(), acme.id());
    assertThat(list(SALES_AGENT, ACME, Optional.of(CustomerId.of("cust-1"))))
        .extracting(SubscriptionView::id).containsExactly(acme.id());
    assertThat(list(SUPPORT, BOLT, Optional.empty())).hasSize(1);
    Refusal foreign = refused(f.programme.subscriptions().listSubscriptions().list(
        new ListSubscriptions.Command(
        BOB, ACME, Optional.empty(), Set.of(), PageRequest.first(10))));
    assertThat(foreign).isEqualTo(refused(f.programme.subscriptions().listSubscriptions().list(
        new ListSubscriptions.Command(BOB, new PartnerId("nowhere"), Optional.empty(), Set.of(),
            PageRequest.first(10)))));
  }

  private List<SubscriptionView> list(Actor by, PartnerId partner,
      Optional<CustomerId> customer) {
    return ok(f.programme.subscriptions().listSubscriptions().list(new ListSubscriptions.Command(by,
        partner,
        customer, Set.of(), PageRequest.first(10)))).items();
  }
}
