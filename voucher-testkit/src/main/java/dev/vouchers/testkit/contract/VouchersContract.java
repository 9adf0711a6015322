// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.ContractData.entry;
import static dev.vouchers.testkit.contract.ContractData.order;
import static dev.vouchers.testkit.contract.ContractData.vouchersFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.PriceQuote;
import dev.vouchers.core.catalog.domain.PriceSource;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.domain.OrderTally;
import dev.vouchers.core.ordering.port.out.OrderCode;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.AbstractVoucher;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.CertificateRequest;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherFilter;
import dev.vouchers.core.voucher.domain.VoucherMove;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import dev.vouchers.testkit.Concurrently;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Vouchers} port. Extend it and return a fresh, empty storage
 * from {@link #newStorage()}.
 */
public abstract class VouchersContract extends StorageContract {
  private static final PartnerId A = new PartnerId("partner-a");
  private static final PartnerId B = new PartnerId("partner-b");

  private Vouchers vouchers;

  @BeforeEach
  void useVouchers() {
    vouchers = storage.vouchers();
  }

  private List<Voucher> vouchersOf(OrderId order) {
    return ContractData.vouchersOf(vouchers, order);
  }

  private Order stored(PartnerId partner, Instant at, String product, int quantity) {
    Order order = order(partner, at, product, quantity);
    assertThat(vouchers.insertOrder(order, vouchersFor(order))).isEmpty();
    return order;
  }

  @Test
  void storesAnOrderWithAllItsVouchersAndReadsThemBack_O4() {
    Order order = order(A, T0, "ssl-dv", 3);
    List<Voucher> issued = vouchersFor(order);
    assertThat(vouchers.insertOrder(order, issued)).isEmpty();
    assertThat(vouchers.order(order.id())).contains(order);
    assertThat(vouchersOf(order.id())).containsExactlyElementsOf(issued);
    for (Voucher voucher : issued) {
      assertThat(vouchers.voucher(voucher.id())).contains(voucher);
      assertThat(vouchers.voucherByCode(voucher.code().digest())).contains(voucher);
    }
    assertThat(vouchers.codeCount()).isEqualTo(3);
  }

  @Test
  void aCodeAlreadyStoredRejectsTheWholeOrderAndWritesNothing_C1_O4() {
    Order first = stored(A, T0, "ssl-dv", 2);
    StoredCode taken = vouchersOf(first.id()).get(0).code();
    Order second = order(A, T0.plusSeconds(1), "ssl-dv", 3);
    List<Voucher> issued = new ArrayList<>(vouchersFor(second));
    issued.set(2, issued.get(2).withCode(taken));

    assertThat(vouchers.insertOrder(second, issued)).containsExactly(taken.digest());
    assertThat(vouchers.order(second.id())).isEmpty();
    assertThat(vouchersOf(second.id())).isEmpty();
    assertThat(vouchers.voucher(issued.get(0).id())).isEmpty();
    assertThat(vouchers.codeCount()).isEqualTo(2);
  }

  @Test
  void aCodeRepeatedWithinOneOrderIsAClash_C1() {
    Order order = order(A, T0, "ssl-dv", 2);
    List<Voucher> issued = new ArrayList<>(vouchersFor(order));
    issued.set(1, issued.get(1).withCode(issued.get(0).code()));
    assertThat(vouchers.insertOrder(order, issued)).containsExactly(issued.get(0).code().digest());
    assertThat(vouchers.order(order.id())).isEmpty();
    assertThat(vouchers.codeCount()).isZero();
  }

  private static final Actor CUSTOMER = new Actor.CodeHolder("contract-customer");

  @Test
  void redeemMovesARedeemableVoucherInOneStepWithItsHistory_V1_V2_V7() {
    Order order = stored(A, T0, "ssl-dv", 1);
    Voucher before = vouchersOf(order.id()).get(0);
    Instant at = T0.plusSeconds(60);

    Optional<Vouchers.Redemption> redeemed =
        vouchers.redeem(before.code().digest(), CUSTOMER, at);

    Voucher expected = before.markRedeemed(CUSTOMER, at).get().after();
    assertThat(redeemed.map(Vouchers.Redemption::after)).contains(expected);
    assertThat(redeemed.map(Vouchers.Redemption::from)).contains(VoucherStatus.VALID);
    assertThat(vouchers.voucher(before.id())).contains(expected);
    assertThat(vouchers.history(before.id())).containsExactly(new HistoryEntry(before.id(),
        VoucherStatus.VALID, VoucherStatus.REDEEMED, at, CUSTOMER.describe(),
        AbstractVoucher.REDEEMED, java.util.Map.of()));
  }

  @Test
  void redeemChangesNothingUnlessTheVoucherIsRedeemableNow_V1_V4() {
    Order order = stored(A, T0, "ssl-dv", 3);
    List<Voucher> three = vouchersOf(order.id());
    Voucher used = three.get(0);
    Instant at = T0.plusSeconds(60);
    assertThat(vouchers.redeem(used.code().digest(), CUSTOMER, at)).isPresent();
    Voucher usedNow = vouchers.voucher(used.id()).orElseThrow();

    // already redeemed; expired at its expiry instant (V-4); unknown code
    assertThat(vouchers.redeem(used.code().digest(), CUSTOMER, at.plusSeconds(1))).isEmpty();
    Voucher valid = three.get(1);
    assertThat(vouchers.redeem(valid.code().digest(), CUSTOMER, valid.expiresAt())).isEmpty();
    assertThat(vouchers.redeem(vouchersFor(order(A, T0, "ssl-dv", 1)).get(0).code().digest(),
        CUSTOMER, at)).isEmpty();
    assertThat(vouchers.voucher(used.id())).contains(usedNow);
    assertThat(vouchers.voucher(valid.id())).contains(valid);
    assertThat(vouchers.history(valid.id())).isEmpty();

    // a RESERVED voucher does not expire: it is redeemed even after the expiry instant
    Voucher reserved = three.get(2).withStatus(VoucherStatus.RESERVED).withVersion(1);
    assertThat(vouchers.update(new VoucherUpdate(three.get(2), reserved,
        Optional.of(entry(three.get(2), VoucherStatus.RESERVED, at)), List.of()))).isTrue();
    Instant late = reserved.expiresAt().plusSeconds(1);
    assertThat(vouchers.redeem(reserved.code().digest(), CUSTOMER, late))
        .contains(new Vouchers.Redemption(reserved.markRedeemed(CUSTOMER, late).get().after(),
            VoucherStatus.RESERVED));
  }

  @Test
  void ofTwoRedemptionsRacingForOneCodeExactlyOneWins_V7() throws Exception {
    Order order = stored(A, T0, "ssl-dv", 1);
    Voucher voucher = vouchersOf(order.id()).get(0);
    // two threads, eight redemptions between them: four each, one after the other
    Callable<Integer> racer = () -> {
      int mine = 0;
      for (int i = 0; i < 4; i++) {
        mine += vouchers.redeem(voucher.code().digest(), CUSTOMER, T0.plusSeconds(5))
            .isPresent() ? 1 : 0;
      }
      return mine;
    };
    int won = Concurrently.call(Collections.nCopies(2, racer)).stream()
        .mapToInt(Integer::intValue).sum();
    assertThat(won).isEqualTo(1);
    assertThat(vouchers.history(voucher.id())).hasSize(1);
  }

  @Test
  void missingRowsAreEmpty() {
    Order ghost = order(A, T0, "ssl-dv", 1);
    Voucher ghostVoucher = vouchersFor(ghost).get(0);
    assertThat(vouchers.order(ghost.id())).isEmpty();
    assertThat(vouchers.voucher(ghostVoucher.id())).isEmpty();
    assertThat(vouchers.voucherByCode(ghostVoucher.code().digest())).isEmpty();
    assertThat(vouchersOf(ghost.id())).isEmpty();
    assertThat(vouchers.history(ghostVoucher.id())).isEmpty();
  }

  @Test
  void anUpdateAppliesOnTheVersionItWasReadInWithItsHistory_V2_V7() {
    Order order = stored(A, T0, "ssl-dv", 1);
    Voucher before = vouchersOf(order.id()).get(0);
    Voucher after = before.withStatus(VoucherStatus.REDEEMED).withEverRedeemed(true)
        .withVersion(before.version() + 1);
    HistoryEntry entry = entry(before, VoucherStatus.REDEEMED, T0.plusSeconds(5));

    assertThat(vouchers.update(new VoucherUpdate(before, after, Optional.of(entry), List.of())))
        .isTrue();
    assertThat(vouchers.voucher(before.id())).contains(after);
    assertThat(vouchers.voucherByCode(before.code().digest())).contains(after);
    assertThat(vouchers.history(before.id())).containsExactly(entry);
  }

  @Test
  void aStaleUpdateWritesNothing_V3_V7() {
    Order order = stored(A, T0, "ssl-dv", 1);
    Voucher read = vouchersOf(order.id()).get(0);
    Voucher first = read.withStatus(VoucherStatus.REDEEMED).withVersion(read.version() + 1);
    Voucher second = read.withStatus(VoucherStatus.ASSIGNED).withVersion(read.version() + 1);
    assertThat(vouchers.update(new VoucherUpdate(read, first,
        Optional.of(entry(read, VoucherStatus.REDEEMED, T0)), List.of()))).isTrue();

    boolean applied = vouchers.update(new VoucherUpdate(read, second,
        Optional.of(entry(read, VoucherStatus.ASSIGNED, T0)), List.of(message(read))));

    assertThat(applied).isFalse();
    assertThat(vouchers.voucher(read.id())).contains(first);
    assertThat(vouchers.history(read.id())).hasSize(1);
    assertThat(storage.outbox().backlog()).isZero();
  }

  @Test
  void anUpdateOfAMissingVoucherWritesNothing() {
    Order ghost = order(A, T0, "ssl-dv", 1);
    Voucher read = vouchersFor(ghost).get(0);
    Voucher after = read.withStatus(VoucherStatus.REDEEMED).withVersion(1);
    assertThat(vouchers.update(new VoucherUpdate(read, after, Optional.empty(), List.of())))
        .isFalse();
    assertThat(vouchers.voucher(read.id())).isEmpty();
  }

  @Test
  void aQuietUpdateChangesTheVoucherWithoutHistory_V8() {
    Order order = stored(A, T0, "ssl-dv", 1);
    Voucher read = vouchersOf(order.id()).get(0);
    Voucher commented = read.comment("call back on Monday");
    assertThat(vouchers.update(VoucherUpdate.quiet(read, commented))).isTrue();
    assertThat(vouchers.voucher(read.id()).orElseThrow().comment()).contains("call back on Monday");
    assertThat(vouchers.history(read.id())).isEmpty();
  }

  @Test
  void outboxMessagesAreWrittenWithTheirUpdate_S2() {
    Order order = stored(A, T0, "ssl-dv", 1);
    Voucher read = vouchersOf(order.id()).get(0);
    Voucher after = read.withStatus(VoucherStatus.ASSIGNED).withVersion(read.version() + 1);
    ActivationMessage message = message(read);
    assertThat(vouchers.update(new VoucherUpdate(read, after,
        Optional.of(entry(read, VoucherStatus.ASSIGNED, T0)), List.of(message)))).isTrue();

    assertThat(storage.outbox().backlog()).isEqualTo(1);
    List<Outbox.OutboxEntry> claimed = storage.outbox().claim(10, T0.plusSeconds(60),
        Duration.ofMinutes(1));
    assertThat(claimed).extracting(Outbox.OutboxEntry::message).containsExactly(message);
  }

  @Test
  void historyKeepsTheOrderOfWriting_V2() {
    Order order = stored(A, T0, "ssl-dv", 1);
    Voucher v0 = vouchersOf(order.id()).get(0);
    Voucher v1 = v0.withStatus(VoucherStatus.ASSIGNED).withVersion(1);
    Voucher v2 = v1.withStatus(VoucherStatus.VALID).withVersion(2);
    Voucher v3 = v2.withStatus(VoucherStatus.REDEEMED).withVersion(3);
    HistoryEntry e1 = entry(v0, VoucherStatus.ASSIGNED, T0.plusSeconds(1));
    HistoryEntry e2 = entry(v1, VoucherStatus.VALID, T0.plusSeconds(1));
    HistoryEntry e3 = entry(v2, VoucherStatus.REDEEMED, T0.plusSeconds(1));
    assertThat(vouchers.update(new VoucherUpdate(v0, v1, Optional.of(e1), List.of()))).isTrue();
    assertThat(vouchers.update(new VoucherUpdate(v1, v2, Optional.of(e2), List.of()))).isTrue();
    assertThat(vouchers.update(new VoucherUpdate(v2, v3, Optional.of(e3), List.of()))).isTrue();
    assertThat(vouchers.history(v0.id())).containsExactly(e1, e2, e3);
  }

  @Test
  void ofRacingUpdatesOfOneVoucherExactlyOneApplies_V7() throws Exception {
    Order order = stored(A, T0, "ssl-dv", 1);
    Voucher read = vouchersOf(order.id()).get(0);
    int threads = 16;
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      racers.add(() -> vouchers.update(new VoucherUpdate(read,
          read.withStatus(VoucherStatus.REDEEMED).withVersion(read.version() + 1),
          Optional.of(entry(read, VoucherStatus.REDEEMED, T0)), List.of())));
    }
    assertThat(Concurrently.call(racers)).containsOnlyOnce(true);
    assertThat(vouchers.history(read.id())).hasSize(1);
  }

  @Test
  void aCancellationMovesEveryVoucherOfTheOrderWithItsHistory_V6_V2() {
    Order order = stored(A, T0, "ssl-dv", 3);
    List<Voucher> read = vouchersOf(order.id());
    Voucher sent = read.get(1);
    assertThat(vouchers.update(new VoucherUpdate(sent, sent.withStatus(VoucherStatus.ASSIGNED)
        .withVersion(1), Optional.of(entry(sent, VoucherStatus.ASSIGNED, T0)), List.of())))
        .isTrue();
    List<Voucher> current = vouchersOf(order.id());
    Instant at = T0.plusSeconds(60);
    OrderCancellation cancellation = cancellation(order, 3, at);

    assertThat(vouchers.cancel(cancellation)).isTrue();
    assertThat(vouchers.order(order.id())).contains(cancellation.after());
    List<Voucher> after = vouchersOf(order.id());
    for (int i = 0; i < current.size(); i++) {
      VoucherMove move = cancellation.move(current.get(i)).get();
      assertThat(after.get(i)).isEqualTo(move.after());
      assertThat(vouchers.history(move.after().id())).last().isEqualTo(move.entry());
    }
    assertThat(vouchers.history(sent.id())).extracting(HistoryEntry::from)
        .containsExactly(VoucherStatus.VALID, VoucherStatus.ASSIGNED);
    assertThat(vouchers.tally(order.id(), at).counts())
        .isEqualTo(java.util.Map.of(VoucherStatus.CANCELLED, 3L));
  }

  @Test
  void aCancellationWithOneVoucherChangedMeanwhileWritesNothing_V6_V7() {
    Order order = stored(A, T0, "ssl-dv", 3);
    List<Voucher> read = vouchersOf(order.id());
    Voucher raced = read.get(1);
    assertThat(vouchers.update(new VoucherUpdate(raced,
        raced.withStatus(VoucherStatus.REDEEMED).withVersion(raced.version() + 1),
        Optional.of(entry(raced, VoucherStatus.REDEEMED, T0)), List.of()))).isTrue();

    assertThat(vouchers.cancel(cancellation(order, 3, T0.plusSeconds(60)))).isFalse();
    assertThat(vouchers.order(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
    assertThat(vouchersOf(order.id())).extracting(Voucher::status)
        .containsExactly(VoucherStatus.VALID, VoucherStatus.REDEEMED, VoucherStatus.VALID);
    assertThat(vouchers.history(read.get(0).id())).isEmpty();
    assertThat(vouchers.history(read.get(2).id())).isEmpty();
  }

  @Test
  void aCancellationOnceAVoucherIsDueWritesNothing_V6_V4() {
    Order order = stored(A, T0, "ssl-dv", 2);
    Voucher first = vouchersOf(order.id()).get(0);

    assertThat(vouchers.cancel(cancellation(order, 2, first.expiresAt()))).isFalse();
    assertThat(vouchers.order(order.id())).contains(order);
    assertThat(vouchers.history(first.id())).isEmpty();
  }

  @Test
  void aSecondCancellationOfTheSameReadWritesNothing_V6() {
    Order order = stored(A, T0, "ssl-dv", 2);
    List<Voucher> read = vouchersOf(order.id());
    OrderCancellation cancellation = cancellation(order, 2, T0.plusSeconds(60));
    assertThat(vouchers.cancel(cancellation)).isTrue();
    assertThat(vouchers.cancel(cancellation)).isFalse();
    assertThat(vouchers.history(read.get(0).id())).hasSize(1);
  }

  @Test
  void talliesAnOrdersVouchersPerStatusAsSeenAtThatInstant_V6_V4_O3() {
    Order order = stored(A, T0, "ssl-dv", 6);
    stored(A, T0, "ssl-dv", 4); // another order's vouchers are not counted
    List<Voucher> read = vouchersOf(order.id());
    Voucher later = read.get(0).withExpiresAt(T0.plus(Duration.ofDays(500))).withVersion(1);
    Voucher sent = read.get(1).withStatus(VoucherStatus.ASSIGNED).withVersion(1);
    Voucher reserved = read.get(2).withStatus(VoucherStatus.RESERVED).withVersion(1);
    Voucher redeemed = read.get(3).withStatus(VoucherStatus.REDEEMED).withEverRedeemed(true)
        .withVersion(1);
    Voucher reissued = read.get(4).withEverRedeemed(true).withVersion(1);
    for (Voucher after : List.of(later, sent, reserved, redeemed, reissued)) {
      Voucher before = read.stream().filter(v -> v.id().equals(after.id())).findFirst()
          .orElseThrow();
      assertThat(vouchers.update(VoucherUpdate.quiet(before, after))).isTrue();
    }

    OrderTally fresh = vouchers.tally(order.id(), T0.plusSeconds(1));
    assertThat(fresh.counts()).isEqualTo(java.util.Map.of(VoucherStatus.VALID, 3L,
        VoucherStatus.ASSIGNED, 1L, VoucherStatus.RESERVED, 1L, VoucherStatus.REDEEMED, 1L));
    assertThat(fresh.everRedeemed()).isEqualTo(2);
    assertThat(fresh.total()).isEqualTo(6);

    // V-4: at the expiry instant a VALID or ASSIGNED voucher is seen EXPIRED, unless extended
    OrderTally due = vouchers.tally(order.id(), read.get(5).expiresAt());
    assertThat(due.counts()).isEqualTo(java.util.Map.of(VoucherStatus.VALID, 1L,
        VoucherStatus.EXPIRED, 3L, VoucherStatus.RESERVED, 1L, VoucherStatus.REDEEMED, 1L));
    assertThat(due).isEqualTo(OrderTally.of(vouchersOf(order.id()), read.get(5).expiresAt()));
    assertThat(vouchers.tally(order(A, T0, "ssl-dv", 1).id(), T0).total()).isZero();
  }

  /** An order large enough that no store can cancel it by reading it into memory (L-2). */
  private static final int LARGE_ORDER = 100_000;

  @Test
  void aLargeOrderIsCancelledAsAWholeWithEveryHistoryRowOrNotAtAll_V6_V2_V7_L2() {
    Order order = stored(A, T0, "ssl-dv", LARGE_ORDER);
    Instant at = T0.plusSeconds(60);
    assertThat(vouchers.tally(order.id(), at).counts())
        .isEqualTo(java.util.Map.of(VoucherStatus.VALID, (long) LARGE_ORDER));
    List<VoucherId> sampled = new ArrayList<>();
    long[] seen = {0};
    vouchers.forEachCodeOf(order.id(), v -> {
      if (seen[0]++ % 997 == 0 || seen[0] == LARGE_ORDER) {
        sampled.add(v.voucher());
      }
    });
    List<Voucher> sample = sampled.stream().map(id -> vouchers.voucher(id).orElseThrow())
        .toList();
    Voucher last = sample.get(sample.size() - 1);
    Voucher used = last.withStatus(VoucherStatus.RESERVED).withVersion(last.version() + 1);
    assertThat(vouchers.update(VoucherUpdate.quiet(last, used))).isTrue();

    // nothing: counted before the last voucher was used, the shortfall shows only once the
    // others were moved, and all of it is taken back
    assertThat(vouchers.cancel(cancellation(order, LARGE_ORDER, at))).isFalse();
    assertThat(vouchers.order(order.id())).contains(order);
    assertThat(vouchers.tally(order.id(), at).counts()).isEqualTo(java.util.Map.of(
        VoucherStatus.VALID, LARGE_ORDER - 1L, VoucherStatus.RESERVED, 1L));
    assertThat(vouchers.history(sample.get(0).id())).isEmpty();

    // everything: the used voucher back to VALID, the whole order cancelled in one step
    assertThat(vouchers.update(VoucherUpdate.quiet(used, used.withStatus(VoucherStatus.VALID)
        .withVersion(used.version() + 1)))).isTrue();
    assertThat(vouchers.cancel(cancellation(order, LARGE_ORDER, at))).isTrue();
    assertThat(vouchers.tally(order.id(), at).counts())
        .isEqualTo(java.util.Map.of(VoucherStatus.CANCELLED, (long) LARGE_ORDER));
    for (Voucher voucher : sample) {
      assertThat(vouchers.history(voucher.id())).singleElement().satisfies(e -> {
        assertThat(e.from()).isEqualTo(VoucherStatus.VALID);
        assertThat(e.to()).isEqualTo(VoucherStatus.CANCELLED);
        assertThat(e.at()).isEqualTo(at);
      });
    }
  }

  @Test
  void ofACancellationAndARedemptionRacingOnOneOrderExactlyOneWins_V6_V7() throws Exception {
    for (int round = 0; round < 10; round++) {
      Order order = stored(A, T0, "ssl-dv", 200);
      Instant at = T0.plusSeconds(5);
      OrderTally tally = vouchers.tally(order.id(), at);
      Voucher target = vouchersOf(order.id(), 150).get(149);
      List<Boolean> results = Concurrently.call(List.of(
          () -> vouchers.cancel(cancellation(order, tally.total(), at)),
          () -> vouchers.redeem(target.code().digest(), CUSTOMER, at).isPresent()));

      assertThat(results).as("cancelled, redeemed").containsExactlyInAnyOrder(true, false);
      boolean cancelled = results.get(0);
      assertThat(vouchers.order(order.id()).orElseThrow().status())
          .isEqualTo(cancelled ? OrderStatus.CANCELLED : OrderStatus.OPEN);
      assertThat(vouchers.tally(order.id(), at).counts()).isEqualTo(cancelled
          ? java.util.Map.of(VoucherStatus.CANCELLED, 200L)
          : java.util.Map.of(VoucherStatus.VALID, 199L, VoucherStatus.REDEEMED, 1L));
      assertThat(vouchers.history(target.id())).singleElement().extracting(HistoryEntry::to)
          .isEqualTo(cancelled ? VoucherStatus.CANCELLED : VoucherStatus.REDEEMED);
    }
  }

  @Test
  void pagesAnOrdersVouchersById_O3_L2() {
    Order order = stored(A, T0, "ssl-dv", 7);
    stored(A, T0, "ssl-dv", 2);
    List<Voucher> all = vouchersOf(order.id());

    List<Voucher> first = vouchers.vouchersOf(order.id(), Optional.empty(), 3);
    List<Voucher> second = vouchers.vouchersOf(order.id(), Optional.of(first.get(2).id()), 3);
    List<Voucher> third = vouchers.vouchersOf(order.id(), Optional.of(second.get(2).id()), 3);

    assertThat(first).containsExactlyElementsOf(all.subList(0, 3));
    assertThat(second).containsExactlyElementsOf(all.subList(3, 6));
    assertThat(third).containsExactlyElementsOf(all.subList(6, 7));
    assertThat(vouchers.vouchersOf(order(A, T0, "ssl-dv", 1).id(), Optional.empty(), 3))
        .isEmpty();
  }

  @Test
  void theCodeCountNeverFallsBehindTheCodesStoredByConcurrentOrders_C1() throws Exception {
    long before = vouchers.codeCount();
    List<Callable<Integer>> orders = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int size = t + 1;
      orders.add(() -> {
        int stored = 0;
        for (int i = 0; i < 5; i++) {
          stored += stored(A, T0, "ssl-dv", size).voucherCount();
        }
        return stored;
      });
    }
    int stored = Concurrently.call(orders).stream().mapToInt(Integer::intValue).sum();

    assertThat(stored).isEqualTo(5 * (1 + 2 + 3 + 4));
    assertThat(vouchers.codeCount()).isGreaterThanOrEqualTo(before + stored);
  }

  @Test
  void streamsTheCodesOfAnOrderById_S1() {
    Order order = stored(A, T0, "ssl-dv", 25);
    stored(A, T0, "ssl-dv", 3);
    List<OrderCode> streamed = new ArrayList<>();
    vouchers.forEachCodeOf(order.id(), streamed::add);
    assertThat(streamed).hasSize(25);
    assertThat(streamed).isSortedAccordingTo(
        (x, y) -> x.voucher().value().compareTo(y.voucher().value()));
    for (OrderCode row : streamed) {
      Voucher voucher = vouchers.voucher(row.voucher()).orElseThrow();
      assertThat(voucher.order()).isEqualTo(order.id());
      assertThat(row.code().digest()).isEqualTo(voucher.code().digest());
      assertThat(row.code().lastFour()).isEqualTo(voucher.code().lastFour());
      assertThat(row.code().sealed().map(java.util.Arrays::toString))
          .isEqualTo(voucher.code().sealed().map(java.util.Arrays::toString));
      assertThat(row.status()).isEqualTo(voucher.status());
      assertThat(row.configuration()).isEqualTo(voucher.configuration());
      assertThat(row.expiresAt()).isEqualTo(voucher.expiresAt());
    }
  }

  @Test
  void listsOnlyThePartnersOrdersNewestFirstInPages_O5_A1() {
    List<Order> mine = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      mine.add(stored(A, T0.plusSeconds(i), i % 2 == 0 ? "ssl-dv" : "smime", 1));
    }
    stored(B, T0.plusSeconds(100), "ssl-dv", 1);

    Page<Order> first = vouchers.orders(OrderFilter.all(A), PageRequest.first(3));
    Page<Order> second = vouchers.orders(OrderFilter.all(A),
        PageRequest.after(3, first.next().orElseThrow()));
    Page<Order> third = vouchers.orders(OrderFilter.all(A),
        PageRequest.after(3, second.next().orElseThrow()));

    List<Order> all = new ArrayList<>(first.items());
    all.addAll(second.items());
    all.addAll(third.items());
    List<Order> newestFirst = new ArrayList<>(mine);
    java.util.Collections.reverse(newestFirst);
    assertThat(all).containsExactlyElementsOf(newestFirst);
    assertThat(first.total().count()).isEqualTo(7);
    assertThat(third.items()).hasSize(1);
    assertThat(third.next()).isEmpty();
  }

  @Test
  void filtersOrdersByStatusAndProduct_O5() {
    Order dv = stored(A, T0, "ssl-dv", 1);
    Order smime = stored(A, T0.plusSeconds(1), "smime", 2);
    assertThat(vouchers.cancel(cancellation(smime, 2, T0.plusSeconds(5)))).isTrue();

    assertThat(vouchers.orders(new OrderFilter(A, Set.of(OrderStatus.OPEN), Optional.empty()),
        PageRequest.first(10)).items()).extracting(Order::id).containsExactly(dv.id());
    assertThat(vouchers.orders(new OrderFilter(A, Set.of(), Optional.of(new ProductId("smime"))),
        PageRequest.first(10)).items()).extracting(Order::id).containsExactly(smime.id());
    assertThat(vouchers.orders(new OrderFilter(A, Set.of(OrderStatus.CANCELLED),
        Optional.of(new ProductId("ssl-dv"))), PageRequest.first(10)).total().count()).isZero();
  }

  @Test
  void listsVouchersNewestFirstFilteredByStatusAsOfNow_O5_V4() {
    Order old = stored(A, T0, "ssl-dv", 2);
    Order recent = stored(A, T0.plus(Duration.ofDays(200)), "smime", 3);
    stored(B, T0, "ssl-dv", 4);
    Instant now = T0.plus(Duration.ofDays(366)); // the old order's vouchers are due

    Page<Voucher> all = vouchers.vouchers(
        new VoucherFilter(A, Set.of(), Optional.empty(), Optional.empty(), now), PageRequest.first(50));
    assertThat(all.total().count()).isEqualTo(5);
    assertThat(all.items()).extracting(Voucher::order)
        .containsExactly(recent.id(), recent.id(), recent.id(), old.id(), old.id());

    Page<Voucher> expired = vouchers.vouchers(new VoucherFilter(A, Set.of(VoucherStatus.EXPIRED),
        Optional.empty(), Optional.empty(), now), PageRequest.first(50));
    assertThat(expired.items()).extracting(Voucher::order).containsOnly(old.id());
    assertThat(expired.total().count()).isEqualTo(2);

    Page<Voucher> valid = vouchers.vouchers(new VoucherFilter(A, Set.of(VoucherStatus.VALID),
        Optional.of(new ProductId("smime")), Optional.empty(), now), PageRequest.first(2));
    assertThat(valid.total().count()).isEqualTo(3);
    assertThat(valid.items()).hasSize(2);
    Page<Voucher> rest = vouchers.vouchers(new VoucherFilter(A, Set.of(VoucherStatus.VALID),
        Optional.of(new ProductId("smime")), Optional.empty(), now),
        PageRequest.after(2, valid.next().orElseThrow()));
    assertThat(rest.items()).hasSize(1).doesNotContainAnyElementsOf(valid.items());

    Page<Voucher> ofOrder = vouchers.vouchers(new VoucherFilter(A, Set.of(), Optional.empty(),
        Optional.of(old.id()), T0), PageRequest.first(50));
    assertThat(ofOrder.items()).extracting(Voucher::status).containsOnly(VoucherStatus.VALID);
    assertThat(ofOrder.total().count()).isEqualTo(2);
  }

  @Test
  void aListingCountsUpToTheCapOnItsFirstPageAndCarriesItOn_O5_L1() {
    Order big = stored(A, T0, "ssl-dv", Page.Total.CAP + 5);
    Instant now = T0.plusSeconds(1);
    for (VoucherFilter filter : List.of(
        new VoucherFilter(A, Set.of(), Optional.empty(), Optional.empty(), now),
        new VoucherFilter(A, Set.of(VoucherStatus.VALID), Optional.empty(), Optional.empty(), now),
        new VoucherFilter(A, Set.of(), Optional.of(new ProductId("ssl-dv")), Optional.of(big.id()),
            now))) {
      Page<Voucher> first = vouchers.vouchers(filter, PageRequest.first(500));
      assertThat(first.total()).as("%s", filter).isEqualTo(new Page.Total(Page.Total.CAP, true));
      assertThat(first.total()).hasToString("10000+");
      assertThat(first.items()).hasSize(500);
      Page<Voucher> second = vouchers.vouchers(filter,
          PageRequest.after(500, first.next().orElseThrow()));
      assertThat(second.total()).isEqualTo(first.total());
      assertThat(second.items()).hasSize(500).doesNotContainAnyElementsOf(first.items());
    }
    assertThat(vouchers.vouchers(new VoucherFilter(A, Set.of(VoucherStatus.EXPIRED),
        Optional.empty(), Optional.empty(), now), PageRequest.first(10)).total())
        .isEqualTo(Page.Total.counted(0));
  }

  @Test
  void aWalkThroughAListingKeepsTheTotalOfItsFirstPage_O5_L1() {
    stored(A, T0, "ssl-dv", 3);
    stored(A, T0.plusSeconds(1), "ssl-dv", 2);
    VoucherFilter all = new VoucherFilter(A, Set.of(), Optional.empty(), Optional.empty(), T0);
    Page<Voucher> first = vouchers.vouchers(all, PageRequest.first(2));
    assertThat(first.total()).isEqualTo(Page.Total.counted(5));
    Page<Order> firstOrders = vouchers.orders(OrderFilter.all(A), PageRequest.first(1));
    assertThat(firstOrders.total()).isEqualTo(Page.Total.counted(2));

    stored(A, T0.plusSeconds(2), "ssl-dv", 4); // newer than the walk's position

    Page<Voucher> second = vouchers.vouchers(all, PageRequest.after(2, first.next().orElseThrow()));
    Page<Voucher> third = vouchers.vouchers(all, PageRequest.after(2, second.next().orElseThrow()));
    assertThat(second.total()).isEqualTo(Page.Total.counted(5));
    assertThat(third.total()).isEqualTo(Page.Total.counted(5));
    assertThat(third.items()).hasSize(1);
    assertThat(third.next()).isEmpty();
    assertThat(vouchers.orders(OrderFilter.all(A),
        PageRequest.after(1, firstOrders.next().orElseThrow())).total())
        .isEqualTo(Page.Total.counted(2));
    assertThat(vouchers.vouchers(all, PageRequest.first(2)).total())
        .isEqualTo(Page.Total.counted(9));
  }

  @Test
  void everyStatusFilterWalksTheSameRowsAsItsRule_O5_V4() {
    List<Voucher> stored = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Order order = stored(A, T0.plus(Duration.ofDays(100L * i)), i % 2 == 0 ? "ssl-dv" : "smime",
          4);
      stored.addAll(vouchersOf(order.id()));
    }
    stored(B, T0, "ssl-dv", 3);
    VoucherStatus[] moves = {VoucherStatus.ASSIGNED, VoucherStatus.REDEEMED,
        VoucherStatus.EXPIRED, VoucherStatus.PENDING, VoucherStatus.RESERVED,
        VoucherStatus.CANCELLED};
    for (int i = 0; i < stored.size(); i += 2) {
      Voucher voucher = stored.get(i);
      assertThat(vouchers.update(new VoucherUpdate(voucher,
          voucher.withStatus(moves[(i / 2) % moves.length]).withVersion(voucher.version() + 1),
          Optional.empty(), List.of()))).isTrue();
    }
    Instant now = T0.plus(Duration.ofDays(465)); // the first two orders are due
    List<Voucher> current = new ArrayList<>();
    stored.forEach(v -> current.add(vouchers.voucher(v.id()).orElseThrow()));
    current.sort(java.util.Comparator.comparing(Voucher::issuedAt).reversed()
        .thenComparing(v -> v.id().value()));
    List<Set<VoucherStatus>> filters = new ArrayList<>();
    filters.add(Set.of());
    for (VoucherStatus status : VoucherStatus.values()) {
      filters.add(Set.of(status));
    }
    filters.add(Set.of(VoucherStatus.VALID, VoucherStatus.EXPIRED, VoucherStatus.REDEEMED));
    for (Set<VoucherStatus> statuses : filters) {
      for (Optional<ProductId> product : List.of(Optional.<ProductId>empty(),
          Optional.of(new ProductId("smime")))) {
        VoucherFilter filter = new VoucherFilter(A, statuses, product, Optional.empty(), now);
        List<Voucher> expected = current.stream().filter(filter::matches).toList();
        List<Voucher> walked = new ArrayList<>();
        Page<Voucher> page = vouchers.vouchers(filter, PageRequest.first(3));
        walked.addAll(page.items());
        while (page.next().isPresent()) {
          page = vouchers.vouchers(filter, PageRequest.after(3, page.next().get()));
          walked.addAll(page.items());
        }
        assertThat(walked).as("%s %s", statuses, product).containsExactlyElementsOf(expected);
        assertThat(page.total()).as("%s %s", statuses, product)
            .isEqualTo(Page.Total.counted(expected.size()));
      }
    }
  }

  private static final Actor SWEEPER = new Actor.Service("contract-sweeper");

  /** Sweeps in batches of {@code batch} until none is due; every batch at most that size. */
  private List<Vouchers.Expiry> sweep(Instant now, int batch) {
    List<Vouchers.Expiry> all = new ArrayList<>();
    while (true) {
      List<Vouchers.Expiry> done = vouchers.expireDue(now, SWEEPER, batch);
      assertThat(done).hasSizeLessThanOrEqualTo(batch);
      all.addAll(done);
      if (done.isEmpty()) {
        return all;
      }
    }
  }

  @Test
  void expireDueExpiresEveryDueVoucherOnceWithItsHistory_V4_V2() {
    Order older = stored(A, T0, "ssl-dv", 5);
    Order newer = stored(B, T0.plusSeconds(10), "ssl-dv", 1);
    Order later = stored(A, T0.plus(Duration.ofDays(100)), "ssl-dv", 2);
    List<Voucher> read = vouchersOf(older.id());
    VoucherStatus[] moved = {VoucherStatus.ASSIGNED, VoucherStatus.PENDING,
        VoucherStatus.RESERVED, VoucherStatus.CANCELLED};
    for (int i = 0; i < moved.length; i++) {
      Voucher voucher = read.get(i);
      assertThat(vouchers.update(new VoucherUpdate(voucher,
          voucher.withStatus(moved[i]).withVersion(voucher.version() + 1),
          Optional.empty(), List.of()))).isTrue();
    }
    // expiries with and without fractions of a second: the history records them exactly
    Voucher millis = read.get(4);
    assertThat(vouchers.update(VoucherUpdate.quiet(millis,
        millis.withExpiresAt(millis.expiresAt().plusMillis(120)).withVersion(1)))).isTrue();
    Voucher micros = vouchersOf(newer.id()).get(0);
    assertThat(vouchers.update(VoucherUpdate.quiet(micros,
        micros.withExpiresAt(micros.expiresAt().plusNanos(123_456_000)).withVersion(1))))
        .isTrue();
    Instant now = T0.plus(Duration.ofDays(400));
    List<Voucher> before = new ArrayList<>(vouchersOf(older.id()));
    before.addAll(vouchersOf(newer.id()));
    before.addAll(vouchersOf(later.id()));

    assertThat(vouchers.expireDue(T0.plus(Duration.ofDays(365)).minusNanos(1000), SWEEPER, 10))
        .isEmpty();
    List<Vouchers.Expiry> expired = sweep(now, 2);

    List<Vouchers.Expiry> expected = new ArrayList<>();
    for (Voucher voucher : before) {
      if (voucher.isDue(now)) {
        VoucherMove move = voucher.expire(SWEEPER, now).get();
        expected.add(new Vouchers.Expiry(voucher.partner(), move.entry()));
        assertThat(vouchers.voucher(voucher.id())).contains(move.after());
        assertThat(vouchers.history(voucher.id())).containsExactly(move.entry());
        assertThat(move.entry().data()).containsEntry(AbstractVoucher.EXPIRED_AT,
            voucher.expiresAt().toString());
      } else {
        assertThat(vouchers.voucher(voucher.id())).contains(voucher);
        assertThat(vouchers.history(voucher.id())).isEmpty();
      }
    }
    assertThat(expected).hasSize(3);
    assertThat(expired).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(vouchers.expireDue(now.plus(Duration.ofDays(1)), SWEEPER, 10)).isEmpty();
  }

  @Test
  void twoSweepsRacingNeverExpireAVoucherTwice_V4_V7() throws Exception {
    Order order = stored(A, T0, "ssl-dv", 300);
    Instant now = T0.plus(Duration.ofDays(400));
    Callable<List<Vouchers.Expiry>> sweeper = () -> sweep(now, 7);

    List<List<Vouchers.Expiry>> results = Concurrently.call(List.of(sweeper, sweeper));

    List<Object> ids = new ArrayList<>();
    results.forEach(r -> r.forEach(e -> ids.add(e.entry().voucher())));
    assertThat(ids).hasSize(300).doesNotHaveDuplicates();
    for (Voucher voucher : vouchersOf(order.id())) {
      assertThat(voucher.status()).isEqualTo(VoucherStatus.EXPIRED);
      assertThat(vouchers.history(voucher.id())).hasSize(1);
    }
  }

  @Test
  void ofASweepAndAMoveFromAnEarlierReadExactlyOneApplies_V4_V7() throws Exception {
    Instant now = T0.plus(Duration.ofDays(400));
    for (int round = 0; round < 10; round++) {
      Order order = stored(A, T0, "ssl-dv", 1);
      Voucher read = vouchersOf(order.id()).get(0);
      VoucherUpdate redeem = new VoucherUpdate(read,
          read.withStatus(VoucherStatus.REDEEMED).withVersion(read.version() + 1),
          Optional.of(entry(read, VoucherStatus.REDEEMED, now)), List.of());

      List<Integer> results = Concurrently.call(List.<Callable<Integer>>of(
          () -> vouchers.update(redeem) ? 1 : 0,
          () -> vouchers.expireDue(now, SWEEPER, 10).size()));

      boolean redeemed = results.get(0) == 1;
      assertThat(results.get(1)).isEqualTo(redeemed ? 0 : 1);
      assertThat(vouchers.voucher(read.id()).orElseThrow().status())
          .isEqualTo(redeemed ? VoucherStatus.REDEEMED : VoucherStatus.EXPIRED);
      assertThat(vouchers.history(read.id())).hasSize(1);
    }
  }

  @Test
  void pagesOfAnUnknownCursorStartOver_O5() {
    stored(A, T0, "ssl-dv", 1);
    Page<Order> page = vouchers.orders(OrderFilter.all(A), PageRequest.after(10, "not-a-cursor"));
    assertThat(page.items()).hasSize(1);
  }

  @Test
  void everyFieldOfAVoucherSurvivesAnUpdate_V2_V5_D1() {
    Order order = stored(A, T0, "ssl-dv", 1);
    Voucher read = vouchersOf(order.id()).get(0);
    Instant at = T0.plusSeconds(30);
    Voucher full = read
        .withStatus(VoucherStatus.RESERVED)
        .withAssignment(new Assignment(new EmailAddress("jane@customer.example"),
            "Grüezi, \"here\" is your code", at))
        .withCertificateRequest(new CertificateRequest("REQ-1", Optional.of(
            new OrganisationId("org-1")), at))
        .withDomainChallenge(new DomainChallenge(new DomainName("shop.example.com"),
            "_voucher-challenge", "abcdefghjkmnpqrstvwxyz0123", T0, T0.plus(Duration.ofDays(7)),
            Optional.of(at)))
        .withExpiresAt(T0.plus(Duration.ofDays(400)))
        .withEverRedeemed(true)
        .withComment("paid")
        .withVersion(read.version() + 1);
    assertThat(vouchers.update(new VoucherUpdate(read, full,
        Optional.of(entry(read, VoucherStatus.RESERVED, at)), List.of()))).isTrue();
    assertThat(vouchers.voucher(read.id())).contains(full);
    assertThat(vouchers.voucherByCode(read.code().digest())).contains(full);

    Voucher cleared = full.withStatus(VoucherStatus.VALID).withCertificateRequest(Optional.empty())
        .withAssignment(Optional.empty()).withComment(Optional.empty())
        .withDomainChallenge(Optional.empty()).withVersion(full.version() + 1);
    assertThat(vouchers.update(new VoucherUpdate(full, cleared,
        Optional.of(entry(full, VoucherStatus.VALID, at)), List.of()))).isTrue();
    assertThat(vouchers.voucher(read.id())).contains(cleared);
  }

  @Test
  void anOrderOfSeveralLinesKeepsEveryFrozenPrice_O3_T4() {
    Money list = Money.of("100.00", "CHF");
    Order order = new Order(new OrderId(UUID.randomUUID().toString()),
        ContractData.nextNumber(), A, Optional.empty(),
        Optional.empty(), "card", List.of(
            new OrderLine(1, ContractData.configuration("ssl-dv"), "SSL DV", 2,
                new PriceQuote(Money.of("79.95", "CHF"), list, PriceSource.TIER_PRICE)),
            new OrderLine(2, ProductConfiguration.of(new ProductId("smime"), 3, 0, 2), "S/MIME", 1,
                new PriceQuote(Money.of("87.50", "CHF"), list, PriceSource.TIER_DISCOUNT)),
            new OrderLine(3, ContractData.configuration("free"), "Free", 1,
                new PriceQuote(Money.of("0.00", "CHF"), Money.of("0.00", "CHF"),
                    PriceSource.LIST_PRICE))),
        T0, "partner:test", OrderStatus.OPEN, Optional.empty(), 0);
    List<Voucher> issued = vouchersFor(order);
    assertThat(vouchers.insertOrder(order, issued)).isEmpty();
    assertThat(vouchers.order(order.id())).contains(order);
    assertThat(vouchersOf(order.id())).containsExactlyElementsOf(issued);
  }

  @Test
  void ofACancellationAndAMoveFromTheSameReadExactlyOneApplies_V6_V7() throws Exception {
    for (int round = 0; round < 20; round++) {
      Order order = stored(A, T0, "ssl-dv", 2);
      List<Voucher> read = vouchersOf(order.id());
      Voucher target = read.get(0);
      OrderCancellation cancellation = cancellation(order, read.size(), T0.plusSeconds(5));
      VoucherUpdate redeem = new VoucherUpdate(target,
          target.withStatus(VoucherStatus.REDEEMED).withVersion(target.version() + 1),
          Optional.of(entry(target, VoucherStatus.REDEEMED, T0.plusSeconds(5))), List.of());
      List<Boolean> results = Concurrently.call(List.of(() -> vouchers.cancel(cancellation),
          () -> vouchers.update(redeem)));
      assertThat(results).containsExactlyInAnyOrder(true, false);
      boolean cancelled = vouchers.order(order.id()).orElseThrow().status() == OrderStatus.CANCELLED;
      assertThat(vouchers.voucher(target.id()).orElseThrow().status())
          .isEqualTo(cancelled ? VoucherStatus.CANCELLED : VoucherStatus.REDEEMED);
      assertThat(vouchers.history(target.id())).hasSize(1);
    }
  }

  @Test
  void ofTwoOrdersRacingForOneCodeExactlyOneIsStored_C1_O4() throws Exception {
    for (int round = 0; round < 20; round++) {
      Order first = order(A, T0, "ssl-dv", 3);
      Order second = order(B, T0, "ssl-dv", 3);
      List<Voucher> firstVouchers = vouchersFor(first);
      List<Voucher> secondVouchers = new ArrayList<>(vouchersFor(second));
      secondVouchers.set(1, secondVouchers.get(1).withCode(firstVouchers.get(2).code()));
      long before = vouchers.codeCount();
      List<Boolean> stored = Concurrently.call(List.of(
          () -> vouchers.insertOrder(first, firstVouchers).isEmpty(),
          () -> vouchers.insertOrder(second, secondVouchers).isEmpty()));
      assertThat(stored).containsExactlyInAnyOrder(true, false);
      assertThat(vouchers.codeCount()).isEqualTo(before + 3);
      assertThat(vouchers.order(first.id()).isPresent())
          .isNotEqualTo(vouchers.order(second.id()).isPresent());
    }
  }

  private static final Actor PARTNER = new Actor.PartnerUser(
      new dev.vouchers.core.kernel.UserId("contract-admin"), A,
      dev.vouchers.core.kernel.PartnerRole.ADMIN);

  /** V-6: the cancellation of {@code vouchers} vouchers of the order, as read, at {@code at}. */
  private static OrderCancellation cancellation(Order order, long vouchers, Instant at) {
    return new OrderCancellation(order, order.cancelled(at), vouchers, PARTNER,
        "customer withdrew", order.total());
  }

  /** The first {@code count} vouchers of an order, by id. */
  private List<Voucher> vouchersOf(OrderId order, int count) {
    return vouchers.vouchersOf(order, Optional.empty(), count);
  }

  static ActivationMessage message(Voucher voucher) {
    return new ActivationMessage(new MessageId("m-" + voucher.id().value()), voucher.id(),
        voucher.partner(), "Partner", new EmailAddress("customer@example.com"), "Hello",
        voucher.code(), URI.create("https://shop.example/redeem"), "SSL", voucher.expiresAt(),
        Locale.GERMAN, T0);
  }
}
