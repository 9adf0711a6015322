// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.application.MessageRelay;
import dev.vouchers.core.messaging.application.MessageRelay.RelayRun;
import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import dev.vouchers.testkit.MutableClock;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The activation relay over an adapter's storage (S-2, G-2): the whole library on the storage
 * under test, an order, activation links sent through the use cases, and an
 * {@link MessageRelay} whose delivery records what it sends. An e-mail overtaken before the relay
 * ran (link withdrawn or redirected by a resend, order cancelled, voucher expired, swept or
 * not) is dropped unsent; one that can never be delivered is parked.
 */
public abstract class ActivationRelayContract extends StorageContract {
  private static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
  private static final PartnerId PARTNER = new PartnerId("relay-partner");
  private static final ProductId PRODUCT = new ProductId("ssl-dv");
  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final Outbox.Backoff BACKOFF =
      new Outbox.Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10));
  private static final Actor AGENT =
      new Actor.PartnerUser(new UserId("agent"), PARTNER, PartnerRole.ADMIN_AGENT);

  private final MutableClock clock = new MutableClock(START);
  /** What the relay sent: the recipient of each e-mail. */
  private final List<ActivationMessage> sent = new CopyOnWriteArrayList<>();
  private VoucherProgramme programme;
  private PlacedOrder order;

  @BeforeEach
  final void placeAnOrder() {
    programme = storage.programme(clock).build();
    Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(PARTNER, "Relay Partner", Tier.GOLD, Set.of(Feature.VOUCHERS),
            Locale.ENGLISH))));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder().id(PRODUCT).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(manager,
        PriceBook.builder("CHF").listPrice(ProductConfiguration.of(PRODUCT, 1, 1, 0),
            Money.of("50.00", "CHF")).build())));
    order = require(programme.ordering().orderVouchers().order(new OrderVouchers.Command(AGENT,
        PARTNER,
        new OrderRequest(Optional.of("Customer"), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line(PRODUCT.value(), 1, 1, 0, 2))))));
  }

  private static <T> T require(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }

  private VoucherId voucher(int index) {
    return order.voucher(index);
  }

  private void send(VoucherId voucher, String recipient) {
    require(programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(AGENT, voucher, recipient, "Enjoy")));
  }

  private MessageRelay<ActivationMessage> relay(MessageDelivery<ActivationMessage> delivery,
      int maxAttempts) {
    return new MessageRelay<>(storage.outbox(), delivery, programme.activationLinks(), BACKOFF,
        LEASE, 10,
        maxAttempts);
  }

  private RelayRun relayOnce() {
    return relay((message, link) -> sent.add(message), MessageRelay.DEFAULT_MAX_ATTEMPTS)
        .relayOnce();
  }

  private List<String> recipients() {
    return sent.stream().map(m -> m.recipient().value()).toList();
  }

  @Test
  void aCurrentMessageIsSentOnce_G2() {
    send(voucher(0), "jane@customer.example");

    assertThat(relayOnce()).isEqualTo(new RelayRun(1, 1, 0, 0, 0, 0));
    clock.advance(Duration.ofHours(1));
    assertThat(relayOnce().claimed()).isZero();
    assertThat(recipients()).containsExactly("jane@customer.example");
    assertThat(storage.outbox().backlog()).isZero();
  }

  @Test
  void theMessageOfAWithdrawnLinkIsDroppedUnsent_G2() {
    send(voucher(0), "jane@customer.example");
    require(programme.vouchers().withdrawActivationLink().withdraw(
        new WithdrawActivationLink.Command(AGENT, voucher(0), "wrong customer")));

    assertThat(relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 0, 0, 1));
    assertThat(sent).isEmpty();
    assertThat(storage.outbox().backlog()).isZero();
    assertThat(storage.outbox().parkedCount()).isZero();
  }

  @Test
  void aResendToAnotherAddressDropsTheFirstMessage_G2() {
    send(voucher(0), "jane@customer.example");
    clock.advance(Duration.ofSeconds(1));
    send(voucher(0), "john@customer.example");

    assertThat(relayOnce()).isEqualTo(new RelayRun(2, 1, 0, 0, 0, 1));
    assertThat(recipients()).containsExactly("john@customer.example");
  }

  @Test
  void aLaterResendToTheSameAddressIsSentAndTheEarlierMessageIsNot_G2() {
    send(voucher(0), "jane@customer.example");
    clock.advance(Duration.ofSeconds(1));
    send(voucher(0), "jane@customer.example");

    assertThat(relayOnce()).isEqualTo(new RelayRun(2, 1, 0, 0, 0, 1));
    assertThat(sent).singleElement()
        .satisfies(m -> assertThat(m.createdAt()).isEqualTo(START.plusSeconds(1)));
  }

  @Test
  void theMessagesOfACancelledOrderAreDroppedUnsent_G2() {
    send(voucher(0), "jane@customer.example");
    send(voucher(1), "john@customer.example");
    require(programme.ordering().cancelOrder().cancel(
        new CancelOrder.Command(AGENT, order.order().id(), "customer changed their mind")));

    assertThat(relayOnce()).isEqualTo(new RelayRun(2, 0, 0, 0, 0, 2));
    assertThat(sent).isEmpty();
  }

  @Test
  void theMessageOfAVoucherDueToExpireIsDroppedBeforeTheSweepWroteTheExpiry_G2_V4() {
    send(voucher(0), "jane@customer.example");
    clock.advance(Duration.ofDays(400));

    assertThat(relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 0, 0, 1));
    assertThat(sent).isEmpty();
  }

  @Test
  void theMessageOfAnExpiredVoucherIsDroppedUnsent_G2_V4() {
    send(voucher(0), "jane@customer.example");
    clock.advance(Duration.ofDays(400));
    require(programme.vouchers().expireDueVouchers().expire(new ExpireDueVouchers.Command(
        new Actor.Service("expiry-sweep"), 100)));

    assertThat(relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 0, 0, 1));
    assertThat(sent).isEmpty();
  }

  @Test
  void onlyTheOvertakenMessageIsDroppedTheOtherVouchersIsSent_G2() {
    send(voucher(0), "jane@customer.example");
    send(voucher(1), "john@customer.example");
    require(programme.vouchers().withdrawActivationLink().withdraw(
        new WithdrawActivationLink.Command(AGENT, voucher(0), "wrong customer")));

    assertThat(relayOnce()).isEqualTo(new RelayRun(2, 1, 0, 0, 0, 1));
    assertThat(recipients()).containsExactly("john@customer.example");
  }

  @Test
  void aPermanentFailureParksTheMessageAtOnce_S2() {
    send(voucher(0), "jane@customer.example");
    MessageRelay<ActivationMessage> relay = relay((message, link) -> {
      throw new PermanentDeliveryFailure("550 5.1.1 mailbox unavailable");
    }, MessageRelay.DEFAULT_MAX_ATTEMPTS);

    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 0, 1, 0));
    assertThat(storage.outbox().backlog()).isZero();
    assertThat(storage.outbox().oldestUndelivered()).isEmpty();
    assertThat(storage.outbox().parkedCount()).isEqualTo(1);
    clock.advance(Duration.ofDays(1));
    assertThat(relayOnce().claimed()).as("a parked message is not tried again").isZero();
  }

  @Test
  void aMessageIsParkedWhenItsLastAllowedAttemptFails_S2() {
    send(voucher(0), "jane@customer.example");
    MessageRelay<ActivationMessage> relay = relay((message, link) -> {
      throw new IOException("connection refused");
    }, 3);

    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 0, 1, 0, 0, 0));
    clock.advance(BACKOFF.max());
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 0, 1, 0, 0, 0));
    assertThat(storage.outbox().parkedCount()).isZero();
    clock.advance(BACKOFF.max());
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 0, 1, 0));
    assertThat(storage.outbox().parkedCount()).isEqualTo(1);
    assertThat(storage.outbox().backlog()).isZero();
    clock.advance(BACKOFF.max());
    assertThat(relay.relayOnce().claimed()).isZero();
  }
}
