// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.ContractData.entry;
import static dev.vouchers.testkit.contract.ContractData.order;
import static dev.vouchers.testkit.contract.ContractData.vouchersFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.AbstractVoucher;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.CertificateRequest;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.RedeemedVoucher;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import dev.vouchers.testkit.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Part of the contract of the {@link Vouchers} port ({@link VouchersContract} runs every
 * part): redemptions and conditional updates with their history and e-mails (V-1, V-2,
 * V-3, V-7, V-8, S-2).
 */
public abstract class VoucherMovesContract extends OrderStorageContract {
  static final Actor CUSTOMER = new Actor.CodeHolder("contract-customer");

  @Test
  void redeemMovesARedeemableVoucherInOneStepWithItsHistory_V1_V2_V7() {
    Order order = stored(A, T0, "ssl-dv", 1);
    Voucher before = vouchersOf(order.id()).get(0);
    Instant at = T0.plusSeconds(60);

    Optional<Vouchers.Redemption> redeemed =
        vouchers.redeem(before.code().digest(), CUSTOMER, at);

    Voucher expected = before.markRedeemed(CUSTOMER, at).get().after();
    assertThat(redeemed.map(Vouchers.Redemption::after)).contains(RedeemedVoucher.of(expected));
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

    // a RESERVED voucher does not expire: it is redeemed even after the expiry instant, and
    // the answer names its certificate request
    Voucher reserved = three.get(2).withStatus(VoucherStatus.RESERVED)
        .withCertificateRequest(new CertificateRequest("REQ-2026-7", Optional.empty(), at))
        .withVersion(1);
    assertThat(vouchers.update(new VoucherUpdate(three.get(2), reserved,
        Optional.of(entry(three.get(2), VoucherStatus.RESERVED, at)), List.of()))).isTrue();
    Instant late = reserved.expiresAt().plusSeconds(1);
    assertThat(vouchers.redeem(reserved.code().digest(), CUSTOMER, late))
        .contains(new Vouchers.Redemption(
            RedeemedVoucher.of(reserved.markRedeemed(CUSTOMER, late).get().after()),
            VoucherStatus.RESERVED))
        .hasValueSatisfying(redemption ->
            assertThat(redemption.after().requestReference()).contains("REQ-2026-7"));
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
    List<Outbox.Entry<ActivationMessage>> claimed = storage.outbox().claim(10, T0.plusSeconds(60),
        Duration.ofMinutes(1));
    assertThat(claimed).extracting(Outbox.Entry<ActivationMessage>::message).containsExactly(
        message);
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

}
