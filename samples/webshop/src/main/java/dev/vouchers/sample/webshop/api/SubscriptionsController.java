// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.in.ChangeBillingFrequency;
import dev.vouchers.core.subscription.port.in.ChangeIndirectReseller;
import dev.vouchers.core.subscription.port.in.ChangeSubscriptionQuantity;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.ListSubscriptions;
import dev.vouchers.core.subscription.port.in.ReactivateSubscription;
import dev.vouchers.core.subscription.port.in.RenameSubscription;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.in.SuspendSubscription;
import dev.vouchers.core.subscription.port.in.SwitchAutoRenew;
import io.vavr.control.Either;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Subscriptions bought for customers (U-1..U-5): a partner buys and lists them; one
 * subscription is read with its history, activated by the publisher or vendor staff, and
 * changed by the partner's admins (licences, cancellation, auto-renew, billing frequency,
 * nickname, indirect reseller), suspended and reactivated; staff run the term-end sweep.
 */
@RestController
class SubscriptionsController {
  private static final int DEFAULT_SWEEP_LIMIT = 100;

  private final BuySubscription buySubscription;
  private final ListSubscriptions listSubscriptions;
  private final GetSubscription getSubscription;
  private final ActivateSubscription activateSubscription;
  private final ChangeSubscriptionQuantity changeSubscriptionQuantity;
  private final CancelSubscription cancelSubscription;
  private final SwitchAutoRenew switchAutoRenew;
  private final ChangeBillingFrequency changeBillingFrequency;
  private final RenameSubscription renameSubscription;
  private final ChangeIndirectReseller changeIndirectReseller;
  private final SuspendSubscription suspendSubscription;
  private final ReactivateSubscription reactivateSubscription;
  private final RenewOrExpireSubscriptions renewOrExpireSubscriptions;

  SubscriptionsController(BuySubscription buySubscription,
      ListSubscriptions listSubscriptions, GetSubscription getSubscription,
      ActivateSubscription activateSubscription,
      ChangeSubscriptionQuantity changeSubscriptionQuantity,
      CancelSubscription cancelSubscription, SwitchAutoRenew switchAutoRenew,
      ChangeBillingFrequency changeBillingFrequency, RenameSubscription renameSubscription,
      ChangeIndirectReseller changeIndirectReseller, SuspendSubscription suspendSubscription,
      ReactivateSubscription reactivateSubscription,
      RenewOrExpireSubscriptions renewOrExpireSubscriptions) {
    this.buySubscription = buySubscription;
    this.listSubscriptions = listSubscriptions;
    this.getSubscription = getSubscription;
    this.activateSubscription = activateSubscription;
    this.changeSubscriptionQuantity = changeSubscriptionQuantity;
    this.cancelSubscription = cancelSubscription;
    this.switchAutoRenew = switchAutoRenew;
    this.changeBillingFrequency = changeBillingFrequency;
    this.renameSubscription = renameSubscription;
    this.changeIndirectReseller = changeIndirectReseller;
    this.suspendSubscription = suspendSubscription;
    this.reactivateSubscription = reactivateSubscription;
    this.renewOrExpireSubscriptions = renewOrExpireSubscriptions;
  }

  // ------------------------------------------------------------------ a partner's

  /**
   * U-1: buys a subscription for a customer; 201, PENDING_ACTIVATION until it is activated. G-3:
   * with an {@code Idempotency-Key}, the same request again buys nothing.
   */
  @PostMapping("/api/partners/{partner}/subscriptions")
  ResponseEntity<SubscriptionJson.SubscriptionViewJson> buy(ApiUser actor,
      @PathVariable("partner") String partner,
      @RequestBody SubscriptionBodies.SubscriptionBody body,
      @RequestHeader(name = IdempotencyHeader.NAME, required = false) @Nullable String key) {
    SubscriptionView bought = Problems.orRefuse(buySubscription.buy(new BuySubscription.Command(
        actor.principal(), partnerId(partner), body.request(), IdempotencyHeader.of(key))));
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/subscriptions/{subscription}").buildAndExpand(bought.id().value()).toUri();
    return ResponseEntity.created(location).body(SubscriptionJson.SubscriptionViewJson.of(bought));
  }

  /** U-1, U-4: the partner's subscriptions, newest first, with their status as of now. */
  @GetMapping("/api/partners/{partner}/subscriptions")
  Json.PageJson<SubscriptionJson.SubscriptionViewJson> list(ApiUser actor,
      @PathVariable("partner") String partner,
      @RequestParam(name = "status", required = false) @Nullable List<String> status,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "after", required = false) @Nullable String after) {
    Optional<CustomerId> customerId = Optional.ofNullable(customer).filter(c -> !c.isBlank())
        .map(c -> Ids.parse(c, "customer", CustomerId::of));
    return Json.PageJson.of(Problems.orRefuse(listSubscriptions.list(
        new ListSubscriptions.Command(actor.principal(), partnerId(partner), customerId,
            Queries.statuses(status, SubscriptionStatus.class), Queries.page(size, after)))),
        SubscriptionJson.SubscriptionViewJson::of);
  }

  // ------------------------------------------------------------------ one subscription

  /** U-2, U-4: the subscription as seen now, with its history. */
  @GetMapping("/api/subscriptions/{subscription}")
  SubscriptionJson.SubscriptionDetailsJson subscription(ApiUser actor,
      @PathVariable("subscription") String subscription) {
    return SubscriptionJson.SubscriptionDetailsJson.of(Problems.orRefuse(getSubscription.get(
        new GetSubscription.Command(actor.principal(), subscriptionId(subscription)))));
  }

  /** U-2: the publisher's confirmation, given by vendor staff: ACTIVE, billing starts now. */
  @PostMapping("/api/subscriptions/{subscription}/activation")
  SubscriptionJson.SubscriptionViewJson activate(ApiUser actor,
      @PathVariable("subscription") String subscription,
      @RequestBody SubscriptionBodies.ActivationBody body) {
    body.requireAll();
    return answer(activateSubscription.activate(new ActivateSubscription.Command(
        actor.principal(), subscriptionId(subscription), body.link(),
        Objects.requireNonNull(body.authorisationCode()),
        Objects.requireNonNull(body.licencesAssigned()),
        Objects.requireNonNull(body.accountSetUp()))));
  }

  /** U-3: more licences at any time, fewer only inside the cancellation window. */
  @PutMapping("/api/subscriptions/{subscription}/quantity")
  SubscriptionJson.SubscriptionViewJson quantity(ApiUser actor,
      @PathVariable("subscription") String subscription,
      @RequestBody SubscriptionBodies.QuantityBody body) {
    int quantity = Bodies.required(body.quantity(), "quantity");
    return answer(changeSubscriptionQuantity.change(new ChangeSubscriptionQuantity.Command(
        actor.principal(), subscriptionId(subscription), quantity, why(body.why()))));
  }

  /** U-3: cancels inside the cancellation window. */
  @PostMapping("/api/subscriptions/{subscription}/cancellation")
  SubscriptionJson.SubscriptionViewJson cancel(ApiUser actor,
      @PathVariable("subscription") String subscription,
      @RequestBody(required = false) Bodies.@Nullable WhyBody body) {
    return answer(cancelSubscription.cancel(new CancelSubscription.Command(actor.principal(),
        subscriptionId(subscription), why(body))));
  }

  /** U-4: auto-renew on or off. */
  @PutMapping("/api/subscriptions/{subscription}/auto-renew")
  SubscriptionJson.SubscriptionViewJson autoRenew(ApiUser actor,
      @PathVariable("subscription") String subscription,
      @RequestBody SubscriptionBodies.AutoRenewBody body) {
    boolean on = Bodies.required(body.autoRenew(), "autoRenew");
    return answer(switchAutoRenew.switchAutoRenew(new SwitchAutoRenew.Command(
        actor.principal(), subscriptionId(subscription), on, why(body.why()))));
  }

  /** U-1: how often it is billed, from now on. */
  @PutMapping("/api/subscriptions/{subscription}/billing-frequency")
  SubscriptionJson.SubscriptionViewJson billingFrequency(ApiUser actor,
      @PathVariable("subscription") String subscription,
      @RequestBody SubscriptionBodies.BillingFrequencyBody body) {
    String billing = Bodies.required(body.billingFrequency(), "billingFrequency");
    return answer(changeBillingFrequency.change(new ChangeBillingFrequency.Command(
        actor.principal(), subscriptionId(subscription),
        SubscriptionBodies.parseBillingFrequency(billing, "billingFrequency"), why(body.why()))));
  }

  /** The partner's nickname for it; blank removes it. */
  @PutMapping("/api/subscriptions/{subscription}/nickname")
  SubscriptionJson.SubscriptionViewJson nickname(ApiUser actor,
      @PathVariable("subscription") String subscription,
      @RequestBody SubscriptionBodies.NicknameBody body) {
    String nickname = Bodies.required(body.nickname(), "nickname");
    return answer(renameSubscription.rename(new RenameSubscription.Command(actor.principal(),
        subscriptionId(subscription), Optional.of(nickname))));
  }

  /** U-1: the indirect reseller it was sold through; blank removes it. */
  @PutMapping("/api/subscriptions/{subscription}/indirect-reseller")
  SubscriptionJson.SubscriptionViewJson indirectReseller(ApiUser actor,
      @PathVariable("subscription") String subscription,
      @RequestBody SubscriptionBodies.IndirectResellerBody body) {
    String reseller = Bodies.required(body.indirectReseller(), "indirectReseller");
    return answer(changeIndirectReseller.change(new ChangeIndirectReseller.Command(
        actor.principal(), subscriptionId(subscription), Optional.of(reseller))));
  }

  /** U-2: suspends an ACTIVE subscription; its terms keep running (U-4). */
  @PostMapping("/api/subscriptions/{subscription}/suspension")
  SubscriptionJson.SubscriptionViewJson suspend(ApiUser actor,
      @PathVariable("subscription") String subscription,
      @RequestBody(required = false) Bodies.@Nullable WhyBody body) {
    return answer(suspendSubscription.suspend(new SuspendSubscription.Command(
        actor.principal(), subscriptionId(subscription), why(body))));
  }

  /** U-2: reactivates a SUSPENDED subscription. */
  @PostMapping("/api/subscriptions/{subscription}/reactivation")
  SubscriptionJson.SubscriptionViewJson reactivate(ApiUser actor,
      @PathVariable("subscription") String subscription,
      @RequestBody(required = false) Bodies.@Nullable WhyBody body) {
    return answer(reactivateSubscription.reactivate(new ReactivateSubscription.Command(
        actor.principal(), subscriptionId(subscription), why(body))));
  }

  // ------------------------------------------------------------------ the sweep

  /** U-4: writes the passed term ends now (staff); reads show them before it runs. */
  @PostMapping("/api/subscription-sweeps")
  SubscriptionJson.SweptJson sweep(ApiUser actor,
      @RequestBody(required = false) SubscriptionBodies.@Nullable SweepBody body) {
    int limit = body == null || body.limit() == null ? DEFAULT_SWEEP_LIMIT
        : Objects.requireNonNull(body.limit());
    return SubscriptionJson.SweptJson.of(Problems.orRefuse(renewOrExpireSubscriptions
        .renewOrExpire(new RenewOrExpireSubscriptions.Command(actor.principal(), limit))));
  }

  // ------------------------------------------------------------------ helpers

  private static SubscriptionJson.SubscriptionViewJson answer(
      Either<Refusal, SubscriptionView> result) {
    return SubscriptionJson.SubscriptionViewJson.of(Problems.orRefuse(result));
  }

  private static String why(Bodies.@Nullable WhyBody body) {
    return body == null ? "" : why(body.why());
  }

  private static String why(@Nullable String why) {
    return why == null ? "" : why;
  }

  private static PartnerId partnerId(String raw) {
    return Ids.parse(raw, "partner", PartnerId::of);
  }

  private static SubscriptionId subscriptionId(String raw) {
    return Ids.parse(raw, "subscription", SubscriptionId::of);
  }
}
