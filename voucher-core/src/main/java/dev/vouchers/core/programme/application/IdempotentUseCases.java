// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.SealedSecret;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.programme.application.Idempotency.Canonical;
import dev.vouchers.core.programme.port.out.IdempotentRequest;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.GetResellerApplication;
import dev.vouchers.core.reseller.port.in.ResellerApplicationDetails;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.port.in.GetInvitation;
import dev.vouchers.core.subaccount.port.in.InvitationDetails;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.SubscriptionDetails;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherDetails;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * G-3: the creating and sending commands under idempotency keys: what of each command names its
 * request, what of its result is kept, and how the result is given again. Kept are ids (the
 * answer is re-read from the store as it is now, as its {@code Get…} use case shows it to the
 * caller) and, for an order, its codes sealed to the caller's key: an order's codes are handed
 * out only in its answer (C-5: shown once), and an order whose answer was lost must be able to
 * give them again.
 */
final class IdempotentUseCases {
  private static final char SEPARATOR = '\n';
  private final Idempotency idempotency;
  private final CodeVault vault;
  private final Vouchers vouchers;

  IdempotentUseCases(Idempotency idempotency, CodeVault vault, Vouchers vouchers) {
    this.idempotency = idempotency;
    this.vault = vault;
    this.vouchers = vouchers;
  }

  /** O-4, G-3: an order once per key; its answer again with the order and its codes. */
  Either<Refusal, PlacedOrder> order(OrderVouchers.Command command,
      Function<OrderVouchers.Command, Either<Refusal, PlacedOrder>> orderVouchers) {
    OrderRequest request = command.request();
    Canonical canonical = new Canonical(OrderVouchers.class.getSimpleName())
        .add(command.partner().value()).add(request.customerName()).add(request.notes())
        .add(request.paymentMethod()).add(request.lines().size());
    for (OrderRequest.Line line : request.lines()) {
      canonical.add(line.product()).add(line.validityYears()).add(line.fqdns())
          .add(line.wildcards()).add(line.quantity());
    }
    return idempotency.run(command.principal(), command.idempotencyKey(), canonical,
        () -> orderVouchers.apply(command), this::orderAnswer, this::orderAgain);
  }

  private String orderAnswer(IdempotentRequest use, PlacedOrder placed) {
    StringBuilder codes = new StringBuilder();
    for (VoucherCode code : placed.codes()) {
      codes.append(code.canonical()).append(SEPARATOR);
    }
    SealedSecret sealed = vault.sealSecret(codes.toString(), boundTo(use));
    return placed.order().id().value() + SEPARATOR
        + Base64.getEncoder().encodeToString(sealed.bytes());
  }

  private Either<Refusal, PlacedOrder> orderAgain(IdempotentRequest use, String answer) {
    int split = answer.indexOf(SEPARATOR);
    Optional<Order> order = split < 0 ? Optional.empty()
        : vouchers.order(OrderId.of(answer.substring(0, split)));
    if (order.isEmpty()) {
      return Either.left(Refusal.notFound("order"));
    }
    try {
      String codes = vault.openSecret(
          SealedSecret.of(Base64.getDecoder().decode(answer.substring(split + 1))),
          boundTo(use));
      List<VoucherCode> opened = new ArrayList<>();
      for (String code : codes.split(String.valueOf(SEPARATOR))) {
        if (!code.isEmpty()) {
          opened.add(new VoucherCode(code));
        }
      }
      return Either.right(new PlacedOrder(order.get(), opened));
    } catch (IllegalArgumentException | IllegalStateException e) {
      // L-4: a kept answer that no longer opens (another vault key) reads as a missing order
      return Either.left(Refusal.notFound("order"));
    }
  }

  /** The sealed codes open only for the caller's key they were kept under. */
  private static byte[] boundTo(IdempotentRequest use) {
    return ("idempotency:" + use.scope() + ":" + use.key()).getBytes(StandardCharsets.UTF_8);
  }

  /** S-2, G-3: one activation e-mail per key; the voucher as it is now again. */
  Either<Refusal, VoucherView> send(SendActivationLink.Command command,
      Function<SendActivationLink.Command, Either<Refusal, VoucherView>> sendLink,
      GetVoucher getVoucher) {
    Canonical canonical = new Canonical(SendActivationLink.class.getSimpleName())
        .add(command.voucher().value()).add(command.recipient()).add(command.message());
    return idempotency.run(command.principal(), command.idempotencyKey(), canonical,
        () -> sendLink.apply(command), (use, view) -> view.id().value(),
        (use, id) -> getVoucher.get(new GetVoucher.Command(command.principal(), VoucherId.of(id)))
            .map(VoucherDetails::voucher));
  }

  /** I-1, G-3: one invitation per key; the invitation as it is now again. */
  Either<Refusal, InvitationView> invite(InviteSubAccount.Command command,
      Function<InviteSubAccount.Command, Either<Refusal, InvitationView>> invite,
      GetInvitation getInvitation) {
    Canonical canonical = new Canonical(InviteSubAccount.class.getSimpleName())
        .add(command.partner().value()).add(command.recipient()).add(command.type())
        .add(command.message());
    return idempotency.run(command.principal(), command.idempotencyKey(), canonical,
        () -> invite.apply(command), (use, view) -> view.id().value(),
        (use, id) -> getInvitation.get(
                new GetInvitation.Command(command.principal(), new InvitationId(id)))
            .map(InvitationDetails::invitation));
  }

  /** U-1, G-3: one subscription per key; the subscription as it is now again. */
  Either<Refusal, SubscriptionView> buy(BuySubscription.Command command,
      Function<BuySubscription.Command, Either<Refusal, SubscriptionView>> buy,
      GetSubscription getSubscription) {
    SubscriptionRequest request = command.request();
    Canonical canonical = new Canonical(BuySubscription.class.getSimpleName())
        .add(command.partner().value()).add(request.customer()).add(request.offer())
        .add(request.quantity()).add(request.term()).add(request.billingFrequency())
        .add(request.autoRenew()).add(request.nickname()).add(request.indirectReseller());
    return idempotency.run(command.principal(), command.idempotencyKey(), canonical,
        () -> buy.apply(command), (use, view) -> view.id().value(),
        (use, id) -> getSubscription.get(
                new GetSubscription.Command(command.principal(), new SubscriptionId(id)))
            .map(SubscriptionDetails::subscription));
  }

  /** R-1, G-3: one application per key; the application as it is now again. */
  Either<Refusal, ResellerApplication> apply(ApplyAsReseller.Command command,
      Function<ApplyAsReseller.Command, Either<Refusal, ResellerApplication>> apply,
      GetResellerApplication getApplication) {
    Canonical canonical = new Canonical(ApplyAsReseller.class.getSimpleName())
        .add(command.partner().value());
    return idempotency.run(command.principal(), command.idempotencyKey(), canonical,
        () -> apply.apply(command), (use, application) -> application.id().value(),
        (use, id) -> getApplication.get(new GetResellerApplication.Command(
                command.principal(), new ResellerApplicationId(id)))
            .map(ResellerApplicationDetails::application));
  }
}
