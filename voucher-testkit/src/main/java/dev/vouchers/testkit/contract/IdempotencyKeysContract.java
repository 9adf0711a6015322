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
import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.testkit.Concurrently;
import dev.vouchers.testkit.MutableClock;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * G-3 over an adapter's storage and its {@link IdempotencyKeys}: the whole library on the
 * storage under test, orders and activation links sent under idempotency keys. The same key with
 * the same request answers with the first result and does nothing again, also when the calls
 * race; the same key with another request is refused and changes nothing; another caller's key
 * is another key; a refused command keeps no key; keys older than the retention are swept.
 *
 * <p>Adapter authors implement {@link #newStorage()} and {@link #idempotencyKeys()} (the key
 * store of that same storage, which runs the command's writes in the transaction that stores
 * the key).
 */
public abstract class IdempotencyKeysContract extends StorageContract {
  private static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
  private static final PartnerId ACME = new PartnerId("acme");
  private static final PartnerId GLOBEX = new PartnerId("globex");
  private static final ProductId PRODUCT = new ProductId("ssl-dv");
  private static final Actor ACME_AGENT =
      new Actor.PartnerUser(new UserId("agent"), ACME, PartnerRole.ADMIN_AGENT);
  private static final Actor GLOBEX_AGENT =
      new Actor.PartnerUser(new UserId("agent"), GLOBEX, PartnerRole.ADMIN_AGENT);
  private static final IdempotencyKey KEY = IdempotencyKey.of("3f1c2a90-order-1");

  private final MutableClock clock = new MutableClock(START);
  /** Every event the programme told. */
  protected final List<ProgrammeEvent> events = new CopyOnWriteArrayList<>();
  /** The programme over the storage under test. */
  protected VoucherProgramme programme;

  /** The idempotency key store of the storage under test ({@link #storage}). */
  protected abstract IdempotencyKeys idempotencyKeys();

  @BeforeEach
  final void setUpProgramme() {
    programme = storage.programme(clock)
        .idempotencyKeys(idempotencyKeys())
        .events(events::add)
        .build();
    Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
    for (PartnerId partner : List.of(ACME, GLOBEX)) {
      require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
          new Partner(partner, partner.value(), Tier.GOLD, Set.of(Feature.VOUCHERS),
              Locale.ENGLISH))));
    }
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder().id(PRODUCT).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(manager,
        PriceBook.builder("CHF").listPrice(ProductConfiguration.of(PRODUCT, 1, 1, 0),
            Money.of("50.00", "CHF")).build())));
    events.clear();
  }

  private static <T> T require(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }

  private static OrderVouchers.Command order(Actor by, int quantity, IdempotencyKey key) {
    return new OrderVouchers.Command(by, ((Actor.PartnerUser) by).partner(),
        new OrderRequest(Optional.of("Customer"), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line(PRODUCT.value(), 1, 1, 0, quantity))))
        .withIdempotencyKey(key);
  }

  private List<Order> ordersOf(PartnerId partner) {
    return storage.vouchers().orders(OrderFilter.all(partner), PageRequest.first(100)).items();
  }

  private long ordersPlaced() {
    return events.stream().filter(ProgrammeEvent.OrderPlaced.class::isInstance).count();
  }

  @Test
  void theSameKeyWithTheSameRequestAnswersTheFirstOrderAndPlacesOne_G3() {
    PlacedOrder first = require(programme.ordering().orderVouchers().order(order(ACME_AGENT, 3,
        KEY)));
    clock.advance(Duration.ofHours(1));
    PlacedOrder again = require(programme.ordering().orderVouchers().order(order(ACME_AGENT, 3,
        KEY)));

    assertThat(again.order().id()).isEqualTo(first.order().id());
    assertThat(again.order()).isEqualTo(first.order());
    assertThat(again.codes()).isEqualTo(first.codes()); // the codes are given again
    assertThat(ordersOf(ACME)).extracting(Order::id).containsExactly(first.order().id());
    assertThat(ordersPlaced()).as("told once").isEqualTo(1);
  }

  @Test
  void callsRacingWithOneKeyPlaceOneOrder_G3() throws InterruptedException {
    List<Callable<Either<Refusal, PlacedOrder>>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      calls.add(() -> programme.ordering().orderVouchers().order(order(ACME_AGENT, 5, KEY)));
    }
    List<Either<Refusal, PlacedOrder>> answers = Concurrently.call(calls);

    assertThat(ordersOf(ACME)).hasSize(1);
    var placed = ordersOf(ACME).get(0).id();
    for (Either<Refusal, PlacedOrder> answer : answers) {
      if (answer.isRight()) {
        assertThat(answer.get().order().id()).isEqualTo(placed);
      } else { // a store may answer "still in progress, retry" instead of waiting
        assertThat(answer.getLeft().codes()).containsExactly(ReasonCode.IDEMPOTENCY_KEY_IN_USE);
      }
    }
    assertThat(answers).anyMatch(Either::isRight);
    assertThat(ordersPlaced()).isEqualTo(1);
    // and a retry after the race answers the one order
    assertThat(require(programme.ordering().orderVouchers().order(order(ACME_AGENT, 5, KEY)))
        .order().id())
        .isEqualTo(placed);
  }

  @Test
  void theSameKeyWithAnotherRequestIsRefusedAndChangesNothing_G3() {
    PlacedOrder first = require(programme.ordering().orderVouchers().order(order(ACME_AGENT, 3,
        KEY)));
    events.clear();

    Either<Refusal, PlacedOrder> other = programme.ordering().orderVouchers().order(order(
        ACME_AGENT, 4, KEY));

    assertThat(other.isLeft()).isTrue();
    assertThat(other.getLeft().codes()).containsExactly(ReasonCode.IDEMPOTENCY_KEY_REUSED);
    assertThat(ordersOf(ACME)).extracting(Order::id).containsExactly(first.order().id());
    assertThat(events).noneMatch(ProgrammeEvent.OrderPlaced.class::isInstance);
    // the first request still answers
    assertThat(require(programme.ordering().orderVouchers().order(order(ACME_AGENT, 3, KEY)))
        .order().id())
        .isEqualTo(first.order().id());
  }

  @Test
  void anotherCallersKeyIsAnotherKey_G3() {
    PlacedOrder acme = require(programme.ordering().orderVouchers().order(order(ACME_AGENT, 3,
        KEY)));
    PlacedOrder globex = require(programme.ordering().orderVouchers().order(order(GLOBEX_AGENT, 3,
        KEY)));
    Actor otherUser = new Actor.PartnerUser(new UserId("other"), ACME, PartnerRole.ADMIN_AGENT);
    PlacedOrder acmeOther = require(programme.ordering().orderVouchers().order(order(otherUser, 2,
        KEY)));

    assertThat(globex.order().id()).isNotEqualTo(acme.order().id());
    assertThat(globex.order().partner()).isEqualTo(GLOBEX);
    assertThat(acmeOther.order().id()).isNotEqualTo(acme.order().id());
    assertThat(ordersOf(ACME)).hasSize(2);
    assertThat(ordersOf(GLOBEX)).extracting(Order::id).containsExactly(globex.order().id());
  }

  @Test
  void aRefusedCommandKeepsNoKey_G3() {
    Either<Refusal, PlacedOrder> refused =
        programme.ordering().orderVouchers().order(order(ACME_AGENT, 0,
            KEY)); // quantity out of range
    assertThat(refused.isLeft()).isTrue();
    assertThat(refused.getLeft().codes()).doesNotContain(ReasonCode.IDEMPOTENCY_KEY_REUSED);

    PlacedOrder placed = require(programme.ordering().orderVouchers().order(order(ACME_AGENT, 3,
        KEY)));
    assertThat(ordersOf(ACME)).extracting(Order::id).containsExactly(placed.order().id());
  }

  @Test
  void withoutAKeyEveryCallIsDone_G3() {
    OrderVouchers.Command unkeyed = new OrderVouchers.Command(ACME_AGENT, ACME,
        new OrderRequest(Optional.empty(), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line(PRODUCT.value(), 1, 1, 0, 1))));
    require(programme.ordering().orderVouchers().order(unkeyed));
    require(programme.ordering().orderVouchers().order(unkeyed));
    assertThat(ordersOf(ACME)).hasSize(2);
  }

  @Test
  void theSameActivationLinkIsSentOnce_G3() {
    PlacedOrder placed = require(programme.ordering().orderVouchers().order(order(ACME_AGENT, 2,
        KEY)));
    IdempotencyKey linkKey = IdempotencyKey.of("link-1");
    SendActivationLink.Command send = new SendActivationLink.Command(ACME_AGENT,
        placed.voucher(0), "customer@example.com", "Enjoy").withIdempotencyKey(linkKey);
    VoucherView first = require(programme.vouchers().sendActivationLink().send(send));
    int history = historyOf(placed, 0);
    VoucherView again = require(programme.vouchers().sendActivationLink().send(send));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.status()).isEqualTo(first.status());
    assertThat(historyOf(placed, 0)).as("nothing written again").isEqualTo(history);
    Either<Refusal, VoucherView> elsewhere = programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(ACME_AGENT, placed.voucher(0), "other@example.com",
            "Enjoy").withIdempotencyKey(linkKey));
    assertThat(elsewhere.getLeft().codes()).containsExactly(ReasonCode.IDEMPOTENCY_KEY_REUSED);
    assertThat(historyOf(placed, 0)).isEqualTo(history);
  }

  private int historyOf(PlacedOrder placed, int index) {
    return require(programme.vouchers().getVoucher().get(
        new GetVoucher.Command(ACME_AGENT, placed.voucher(index)))).history().size();
  }

  @Test
  void keysOlderThanTheRetentionAreSweptYoungerOnesKept_G3() {
    IdempotencyKey young = IdempotencyKey.of("young");
    require(programme.ordering().orderVouchers().order(order(ACME_AGENT, 1, KEY)));
    clock.advance(Duration.ofHours(12));
    require(programme.ordering().orderVouchers().order(order(ACME_AGENT, 1, young)));
    clock.advance(Duration.ofHours(12)); // the first key is 24 hours old: kept (at least 24 h)
    assertThat(programme.sweepIdempotencyKeys(100)).isZero();
    clock.advance(Duration.ofMinutes(1));

    assertThat(programme.sweepIdempotencyKeys(100)).isEqualTo(1);

    assertThat(programme.ordering().orderVouchers().order(order(ACME_AGENT, 2, KEY)).isRight())
        .as("the swept key is free again").isTrue();
    assertThat(programme.ordering().orderVouchers().order(order(ACME_AGENT, 2, young)).getLeft()
        .codes())
        .as("the younger key is kept").containsExactly(ReasonCode.IDEMPOTENCY_KEY_REUSED);
    assertThat(ordersOf(ACME)).hasSize(3);
  }

  @Test
  void theSweepDeletesAtMostItsLimitOldestFirst_G3() {
    for (int i = 0; i < 5; i++) {
      require(programme.ordering().orderVouchers().order(order(ACME_AGENT, 1, IdempotencyKey.of(
          "k" + i))));
      clock.advance(Duration.ofMinutes(1));
    }
    clock.advance(Duration.ofDays(2));

    assertThat(programme.sweepIdempotencyKeys(2)).isEqualTo(2);
    assertThat(programme.sweepIdempotencyKeys(100)).isEqualTo(3);
    assertThat(programme.sweepIdempotencyKeys(100)).isZero();
  }
}
