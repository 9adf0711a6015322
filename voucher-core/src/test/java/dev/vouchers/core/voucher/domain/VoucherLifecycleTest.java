// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME_ADMIN;
import static dev.vouchers.core.fixtures.DomainFixtures.DAYS_30;
import static dev.vouchers.core.fixtures.DomainFixtures.HOLDER;
import static dev.vouchers.core.fixtures.DomainFixtures.NANO;
import static dev.vouchers.core.fixtures.DomainFixtures.ORG;
import static dev.vouchers.core.fixtures.DomainFixtures.PLATFORM;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static dev.vouchers.core.fixtures.DomainFixtures.plainProduct;
import static dev.vouchers.core.fixtures.DomainFixtures.productBuilder;
import static dev.vouchers.core.fixtures.DomainFixtures.voucher;
import static dev.vouchers.core.fixtures.DomainFixtures.voucherBuilder;
import static dev.vouchers.core.voucher.domain.VoucherStatus.ASSIGNED;
import static dev.vouchers.core.voucher.domain.VoucherStatus.CANCELLED;
import static dev.vouchers.core.voucher.domain.VoucherStatus.EXPIRED;
import static dev.vouchers.core.voucher.domain.VoucherStatus.PENDING;
import static dev.vouchers.core.voucher.domain.VoucherStatus.REDEEMED;
import static dev.vouchers.core.voucher.domain.VoucherStatus.RESERVED;
import static dev.vouchers.core.voucher.domain.VoucherStatus.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.fixtures.DomainFixtures;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VoucherLifecycleTest {
  private static final Instant NOW = T0.plus(Duration.ofDays(1));
  private static final Instant EXPIRY = ExpiryPolicy.defaults().expiryFor(T0);
  private static final EmailAddress BOB = new EmailAddress("bob@example.com");
  private static final EmailAddress CAROL = new EmailAddress("carol@example.org");
  private static final Product ORG_PRODUCT = Product.builder().id(ORG).name("Org Cert")
      .kind(ProductKind.ORGANISATION_CERTIFICATE).addValidityYears(1).organisationActivation(true)
      .build();
  private static final CertificateRequest REQUEST =
      new CertificateRequest("REQ-1", Optional.empty(), NOW);

  /** A voucher in a state reachable by V-1 moves: used vouchers carry their request. */
  private static Voucher realistic(VoucherStatus status) {
    Voucher.Builder b = voucherBuilder(status);
    if (status == RESERVED || status == REDEEMED) {
      b.certificateRequest(new CertificateRequest("REQ-0", Optional.empty(), T0));
    }
    if (status == ASSIGNED) {
      b.assignment(new Assignment(BOB, "hi", T0));
    }
    return b.everRedeemed(status == REDEEMED).build();
  }

  /** The move of the brief that leads to each target, with all its other conditions met. */
  private static Map<String, BiFunction<Voucher, Instant, Either<Refusal, VoucherMove>>> moves() {
    Map<String, BiFunction<Voucher, Instant, Either<Refusal, VoucherMove>>> m = new LinkedHashMap<>();
    m.put("ASSIGNED", (v, t) -> v.sendActivationLink(BOB, "hello", ACME_ADMIN, t));
    m.put("VALID:withdraw", (v, t) -> v.withdrawActivationLink(ACME_ADMIN, t, "wrong address"));
    m.put("VALID:reissue", (v, t) -> v.reportCertificateRevoked(PLATFORM, t, DAYS_30));
    m.put("PENDING", (v, t) -> v.startOrganisationActivation(ORG_PRODUCT, HOLDER, t));
    m.put("RESERVED", (v, t) -> v.submitCertificateRequest(REQUEST, plainProduct(), false, HOLDER, t));
    m.put("REDEEMED", (v, t) -> v.markRedeemed(PLATFORM, t));
    m.put("CANCELLED", (v, t) -> v.cancel(ACME_ADMIN, t, "order cancelled"));
    return m;
  }

  /** V-1 from the brief: which statuses each move starts from. */
  private static final Map<String, Set<VoucherStatus>> BRIEF = Map.of(
      "ASSIGNED", EnumSet.of(VALID, ASSIGNED),
      "VALID:withdraw", EnumSet.of(ASSIGNED),
      "VALID:reissue", EnumSet.of(RESERVED, REDEEMED),
      "PENDING", EnumSet.of(VALID, ASSIGNED),
      "RESERVED", EnumSet.of(VALID, ASSIGNED, PENDING),
      "REDEEMED", EnumSet.of(VALID, ASSIGNED, RESERVED),
      "CANCELLED", EnumSet.of(VALID, ASSIGNED));

  @Test
  void everyMoveIsAllowedExactlyFromTheStatusesOfTheBrief_V1() {
    List<String> wrong = new ArrayList<>();
    moves().forEach((name, move) -> {
      for (VoucherStatus from : VoucherStatus.values()) {
        Voucher voucher = realistic(from);
        Either<Refusal, VoucherMove> result = move.apply(voucher, NOW);
        boolean expected = BRIEF.get(name).contains(from);
        if (result.isRight() != expected) {
          wrong.add(from + " -> " + name + " should be " + (expected ? "allowed" : "refused")
              + (result.isLeft() ? " " + result.getLeft() : ""));
        } else if (expected) {
          String target = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
          assertThat(result.get().after().status()).isEqualTo(VoucherStatus.valueOf(target));
          assertThat(result.get().entry().from()).isEqualTo(from);
        } else {
          ReasonCode code = from == EXPIRED ? ReasonCode.VOUCHER_EXPIRED : ReasonCode.MOVE_NOT_ALLOWED;
          assertThat(result.getLeft().codes()).as(from + " -> " + name).contains(code);
        }
      }
    });
    assertThat(wrong).isEmpty();
  }

  @Test
  void refusalOfADisallowedMoveNamesBothStatuses_V1_V3() {
    Refusal refusal = voucher(PENDING).markRedeemed(PLATFORM, NOW).getLeft();
    assertThat(refusal.codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
    assertThat(refusal.reasons().get(0).message()).contains("PENDING").contains("REDEEMED");
  }

  @Test
  void withdrawingTheLinkOfAUsedVoucherIsRefused_V1() {
    // V-1: ASSIGNED -> VALID is the withdrawal; RESERVED/REDEEMED -> VALID is only a reissue (V-5)
    for (VoucherStatus used : List.of(RESERVED, REDEEMED)) {
      Either<Refusal, VoucherMove> result =
          realistic(used).withdrawActivationLink(ACME_ADMIN, NOW, "oops");
      assertThat(result.isLeft()).as("%s", used).isTrue();
      assertThat(result.getLeft().codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
    }
  }

  @Test
  void reissueIsOnlyForReservedOrRedeemedVouchers_V1_V5() {
    // an ASSIGNED voucher carrying a request record still is no RESERVED/REDEEMED voucher
    Voucher assigned = voucherBuilder(ASSIGNED)
        .certificateRequest(new CertificateRequest("REQ-0", Optional.empty(), T0)).build();
    Either<Refusal, VoucherMove> result = assigned.reportCertificateRevoked(PLATFORM, NOW, DAYS_30);
    assertThat(result.isLeft()).isTrue();
    assertThat(result.getLeft().codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
    assertThat(result.getLeft().reasons().get(0).message()).contains("ASSIGNED");
  }

  @Test
  void sendingTheLinkAssignsAndRecordsRecipientAndMessage_V1_V2_S2() {
    Voucher valid = voucher(VALID);
    VoucherMove move = valid.sendActivationLink(BOB, "Your certificate", ACME_ADMIN, NOW).get();

    assertThat(move.before()).isSameAs(valid);
    assertThat(move.after().status()).isEqualTo(ASSIGNED);
    assertThat(move.after().version()).isEqualTo(1);
    assertThat(move.after().assignment()).contains(new Assignment(BOB, "Your certificate", NOW));
    HistoryEntry entry = move.entry();
    assertThat(entry.voucher()).isEqualTo(valid.id());
    assertThat(entry.from()).isEqualTo(VALID);
    assertThat(entry.to()).isEqualTo(ASSIGNED);
    assertThat(entry.at()).isEqualTo(NOW);
    assertThat(entry.by()).isEqualTo(ACME_ADMIN.describe());
    assertThat(entry.why()).isEqualTo("activation link sent");
    assertThat(entry.data()).containsExactlyInAnyOrderEntriesOf(
        Map.of("recipient", "bob@example.com", "message", "Your certificate"));
  }

  @Test
  void resendingGoesToTheNewAddress_V1_V2() {
    Voucher assigned = voucher(VALID).sendActivationLink(BOB, "one", ACME_ADMIN, NOW).get().after();
    Instant later = NOW.plusSeconds(3600);
    VoucherMove move = assigned.sendActivationLink(CAROL, "two", ACME_ADMIN, later).get();
    assertThat(move.after().status()).isEqualTo(ASSIGNED);
    assertThat(move.after().version()).isEqualTo(2);
    assertThat(move.after().assignment()).contains(new Assignment(CAROL, "two", later));
    assertThat(move.entry().from()).isEqualTo(ASSIGNED);
    assertThat(move.entry().why()).isEqualTo("activation link resent");
    assertThat(move.entry().data()).containsEntry("recipient", "carol@example.org")
        .containsEntry("message", "two");
  }

  @Test
  void withdrawingTheLinkMakesTheVoucherValidWithoutRecipient_V1_V2() {
    Voucher assigned = realistic(ASSIGNED);
    VoucherMove move = assigned.withdrawActivationLink(ACME_ADMIN, NOW, "wrong customer").get();
    assertThat(move.after().status()).isEqualTo(VALID);
    assertThat(move.after().assignment()).isEmpty();
    assertThat(move.entry().why()).isEqualTo("wrong customer");
    assertThat(move.entry().data()).isEmpty();
    assertThat(voucher(VALID).withdrawActivationLink(ACME_ADMIN, NOW, "x").getLeft().codes())
        .containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
  }

  @Test
  void organisationActivationOnlyForOrganisationProducts_P2() {
    VoucherMove move = voucher(VALID).startOrganisationActivation(ORG_PRODUCT, HOLDER, NOW).get();
    assertThat(move.after().status()).isEqualTo(PENDING);
    assertThat(move.entry().by()).isEqualTo(HOLDER.describe());
    assertThat(move.entry().why()).isEqualTo("organisation activation started");

    Refusal refusal = voucher(VALID).startOrganisationActivation(plainProduct(), HOLDER, NOW).getLeft();
    assertThat(refusal.codes()).containsExactly(ReasonCode.NOT_AN_ORGANISATION_PRODUCT);
    assertThat(refusal.reasons().get(0).message()).contains("SSL DV");
  }

  @Test
  void submittingTheRequestReservesAndRecordsTheReference_V1_V2() {
    OrganisationId org = OrganisationId.of("org-42");
    CertificateRequest request = new CertificateRequest("REQ-9", Optional.of(org), NOW);
    VoucherMove move =
        voucher(VALID).submitCertificateRequest(request, plainProduct(), false, HOLDER, NOW).get();
    assertThat(move.after().status()).isEqualTo(RESERVED);
    assertThat(move.after().certificateRequest()).contains(request);
    assertThat(move.entry().why()).isEqualTo("certificate request submitted");
    assertThat(move.entry().data()).containsExactlyInAnyOrderEntriesOf(
        Map.of("reference", "REQ-9", "organisation", "org-42"));

    VoucherMove noOrg =
        voucher(VALID).submitCertificateRequest(REQUEST, plainProduct(), false, HOLDER, NOW).get();
    assertThat(noOrg.entry().data()).containsExactlyEntriesOf(Map.of("reference", "REQ-1"));
  }

  @Test
  void redeemingMarksTheVoucherAsEverRedeemed_V1_V6() {
    VoucherMove move = voucher(VALID).markRedeemed(PLATFORM, NOW).get();
    assertThat(move.after().status()).isEqualTo(REDEEMED);
    assertThat(move.after().everRedeemed()).isTrue();
    assertThat(move.entry().why()).isEqualTo("redeemed");
    assertThat(voucher(VALID).everRedeemed()).isFalse();
  }

  @Test
  void cancellingMovesToCancelledWithTheGivenReason_V6() {
    VoucherMove move = voucher(ASSIGNED).cancel(ACME_ADMIN, NOW, "customer changed mind").get();
    assertThat(move.after().status()).isEqualTo(CANCELLED);
    assertThat(move.entry().why()).isEqualTo("customer changed mind");
    assertThat(move.entry().to()).isEqualTo(CANCELLED);
  }

  // ---- V-3 ----

  @Test
  void refusedMoveLeavesTheVoucherUnchanged_V3() {
    Voucher redeemed = realistic(REDEEMED);
    Voucher twin = realistic(REDEEMED);
    assertThat(redeemed).isEqualTo(twin);

    assertThat(redeemed.sendActivationLink(BOB, "x", ACME_ADMIN, NOW).isLeft()).isTrue();
    assertThat(redeemed.cancel(ACME_ADMIN, NOW, "x").isLeft()).isTrue();
    assertThat(redeemed.reportCertificateRevoked(PLATFORM, T0.plus(Duration.ofDays(60)), DAYS_30)
        .isLeft()).isTrue();

    assertThat(redeemed).isEqualTo(twin);
    assertThat(redeemed.version()).isZero();
    assertThat(redeemed.status()).isEqualTo(REDEEMED);
    assertThat(redeemed.assignment()).isEmpty();
  }

  @Test
  void allowedMoveDoesNotChangeTheVoucherItWasMadeOn_V3() {
    Voucher valid = voucher(VALID);
    VoucherMove move = valid.sendActivationLink(BOB, "x", ACME_ADMIN, NOW).get();
    assertThat(valid.status()).isEqualTo(VALID);
    assertThat(valid.version()).isZero();
    assertThat(valid.assignment()).isEmpty();
    assertThat(move.before()).isSameAs(valid);
    assertThat(move.after().id()).isEqualTo(valid.id());
  }

  // ---- V-4 ----

  @Test
  void expiryIsVisibleTheMomentItIsDueBeforeAnySweep_V4() {
    for (VoucherStatus status : List.of(VALID, ASSIGNED)) {
      Voucher v = voucher(status);
      assertThat(v.statusAt(EXPIRY.minus(NANO))).isEqualTo(status);
      assertThat(v.isDue(EXPIRY.minus(NANO))).isFalse();
      assertThat(v.statusAt(EXPIRY)).isEqualTo(EXPIRED);
      assertThat(v.isDue(EXPIRY)).isTrue();
      assertThat(v.status()).isEqualTo(status); // nothing written yet
    }
  }

  @ParameterizedTest
  @EnumSource(value = VoucherStatus.class, names = {"PENDING", "RESERVED", "REDEEMED", "CANCELLED"})
  void vouchersInUseOrFinalNeverExpire_V4(VoucherStatus status) {
    Voucher v = voucher(status);
    Instant muchLater = EXPIRY.plus(Duration.ofDays(3650));
    assertThat(v.statusAt(muchLater)).isEqualTo(status);
    assertThat(v.isDue(muchLater)).isFalse();
    assertThat(v.expire(PLATFORM, muchLater).getLeft().codes())
        .containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
  }

  @Test
  void pendingAndReservedVouchersCanStillBeUsedAfterTheirExpiry_V4() {
    Instant later = EXPIRY.plus(Duration.ofDays(10));
    assertThat(voucher(PENDING).submitCertificateRequest(REQUEST, plainProduct(), false, HOLDER, later)
        .get().after().status()).isEqualTo(RESERVED);
    assertThat(realistic(RESERVED).markRedeemed(PLATFORM, later).get().after().status())
        .isEqualTo(REDEEMED);
  }

  @Test
  void movesOnADueVoucherAreRefusedAsExpired_V4() {
    for (VoucherStatus status : List.of(VALID, ASSIGNED)) {
      Voucher due = voucher(status);
      List<Either<Refusal, VoucherMove>> results = List.of(
          due.sendActivationLink(BOB, "x", ACME_ADMIN, EXPIRY),
          due.withdrawActivationLink(ACME_ADMIN, EXPIRY, "x"),
          due.startOrganisationActivation(ORG_PRODUCT, HOLDER, EXPIRY),
          due.submitCertificateRequest(REQUEST, plainProduct(), false, HOLDER, EXPIRY),
          due.markRedeemed(PLATFORM, EXPIRY),
          due.cancel(ACME_ADMIN, EXPIRY, "x"));
      for (Either<Refusal, VoucherMove> result : results) {
        assertThat(result.getLeft().codes()).containsExactly(ReasonCode.VOUCHER_EXPIRED);
        assertThat(result.getLeft().reasons().get(0).message()).contains(EXPIRY.toString());
      }
      // one nanosecond earlier the same move is allowed
      assertThat(due.markRedeemed(PLATFORM, EXPIRY.minus(NANO)).isRight()).isTrue();
    }
  }

  @Test
  void storedExpiredVoucherRefusesMovesAsExpired_V4() {
    assertThat(voucher(EXPIRED).markRedeemed(PLATFORM, NOW).getLeft().codes())
        .containsExactly(ReasonCode.VOUCHER_EXPIRED);
  }

  @Test
  void sweepWritesExpiredForADueVoucherAndRecordsIt_V4_V2() {
    for (VoucherStatus status : List.of(VALID, ASSIGNED)) {
      Voucher due = voucher(status);
      VoucherMove move = due.expire(PLATFORM, EXPIRY).get();
      assertThat(move.after().status()).isEqualTo(EXPIRED);
      assertThat(move.after().version()).isEqualTo(1);
      assertThat(move.entry().from()).isEqualTo(status);
      assertThat(move.entry().to()).isEqualTo(EXPIRED);
      assertThat(move.entry().at()).isEqualTo(EXPIRY);
      assertThat(move.entry().by()).isEqualTo(PLATFORM.describe());
      assertThat(move.entry().why()).isEqualTo("expired");
      assertThat(move.entry().data()).containsExactlyEntriesOf(Map.of("expiresAt", EXPIRY.toString()));
    }
  }

  @Test
  void sweepRefusesAVoucherNotYetDue_V4() {
    Refusal refusal = voucher(VALID).expire(PLATFORM, EXPIRY.minus(NANO)).getLeft();
    assertThat(refusal.codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
    assertThat(refusal.reasons().get(0).message()).contains("VALID").contains(EXPIRY.toString());
  }

  // ---- V-5 ----

  private static Voucher reservedWithRequestAt(Instant submittedAt) {
    return voucherBuilder(RESERVED)
        .certificateRequest(new CertificateRequest("REQ-5", Optional.empty(), submittedAt)).build();
  }

  @Test
  void revocationInsideTheWindowReissues_V5() {
    Instant requested = T0.plus(Duration.ofDays(10));
    Voucher reserved = reservedWithRequestAt(requested);
    VoucherMove move = reserved.reportCertificateRevoked(PLATFORM, requested.plus(Duration.ofDays(1)),
        DAYS_30).get();
    assertThat(move.after().status()).isEqualTo(VALID);
    assertThat(move.after().certificateRequest()).isEmpty();
    assertThat(move.after().version()).isEqualTo(1);
    // expiry is later than request + 30 days: it stays
    assertThat(move.after().expiresAt()).isEqualTo(EXPIRY);
    assertThat(move.entry().from()).isEqualTo(RESERVED);
    assertThat(move.entry().to()).isEqualTo(VALID);
    assertThat(move.entry().data()).containsExactlyInAnyOrderEntriesOf(
        Map.of("reference", "REQ-5", "usableUntil", EXPIRY.toString()));
  }

  @Test
  void revocationJustBeforeThirtyDaysStillReissues_V5() {
    Instant requested = T0.plus(Duration.ofDays(10));
    assertThat(reservedWithRequestAt(requested)
        .reportCertificateRevoked(PLATFORM, requested.plus(DAYS_30).minus(NANO), DAYS_30)
        .isRight()).isTrue();
  }

  @Test
  void revocationExactlyThirtyDaysAfterTheRequestChangesNothing_V5() {
    // a reissue at the window's last instant would leave a voucher that is already expired
    Instant requested = T0.plus(Duration.ofDays(10));
    assertThat(reservedWithRequestAt(requested)
        .reportCertificateRevoked(PLATFORM, requested.plus(DAYS_30), DAYS_30).getLeft().codes())
        .containsExactly(ReasonCode.REISSUE_WINDOW_CLOSED);
  }

  @Test
  void revocationAfterThirtyDaysChangesNothing_V5() {
    Instant requested = T0.plus(Duration.ofDays(10));
    Voucher reserved = reservedWithRequestAt(requested);
    Refusal refusal = reserved
        .reportCertificateRevoked(PLATFORM, requested.plus(DAYS_30).plus(NANO), DAYS_30).getLeft();
    assertThat(refusal.codes()).containsExactly(ReasonCode.REISSUE_WINDOW_CLOSED);
    assertThat(refusal.reasons().get(0).message()).contains(requested.plus(DAYS_30).toString());
    assertThat(reserved.status()).isEqualTo(RESERVED);
  }

  @Test
  void reissueNearExpiryIsUsableUntilRequestPlusThirtyDays_V5() {
    Instant requested = EXPIRY.minus(Duration.ofDays(5));
    Voucher reserved = reservedWithRequestAt(requested);
    Instant revokedAt = EXPIRY.plus(Duration.ofDays(10)); // after the original expiry
    VoucherMove move = reserved.reportCertificateRevoked(PLATFORM, revokedAt, DAYS_30).get();
    Instant usableUntil = requested.plus(DAYS_30);
    assertThat(move.after().expiresAt()).isEqualTo(usableUntil);
    assertThat(move.entry().data()).containsEntry("usableUntil", usableUntil.toString());
    // usable now, expired from the new date on
    assertThat(move.after().statusAt(revokedAt)).isEqualTo(VALID);
    assertThat(move.after().statusAt(usableUntil.minus(NANO))).isEqualTo(VALID);
    assertThat(move.after().statusAt(usableUntil)).isEqualTo(EXPIRED);
  }

  @Test
  void reissueWhenBothDatesCoincideKeepsThatDate_V5() {
    Instant requested = EXPIRY.minus(DAYS_30);
    VoucherMove move = reservedWithRequestAt(requested)
        .reportCertificateRevoked(PLATFORM, requested.plusSeconds(1), DAYS_30).get();
    assertThat(move.after().expiresAt()).isEqualTo(EXPIRY);
  }

  @Test
  void reissueOfARedeemedVoucherKeepsEverRedeemed_V5_V6() {
    Voucher redeemed = realistic(RESERVED).markRedeemed(PLATFORM, T0.plusSeconds(5)).get().after();
    VoucherMove move = redeemed.reportCertificateRevoked(PLATFORM, T0.plus(Duration.ofDays(2)),
        DAYS_30).get();
    assertThat(move.after().status()).isEqualTo(VALID);
    assertThat(move.after().everRedeemed()).isTrue();
    assertThat(move.entry().from()).isEqualTo(REDEEMED);
  }

  @Test
  void reissueWindowIsConfigurable_V5() {
    Instant requested = T0.plus(Duration.ofDays(10));
    Voucher reserved = reservedWithRequestAt(requested);
    Duration tenDays = Duration.ofDays(10);
    assertThat(reserved.reportCertificateRevoked(PLATFORM, requested.plus(tenDays).minus(NANO),
        tenDays).isRight()).isTrue();
    assertThat(reserved.reportCertificateRevoked(PLATFORM, requested.plus(tenDays), tenDays)
        .getLeft().codes()).containsExactly(ReasonCode.REISSUE_WINDOW_CLOSED);
  }

  @Test
  void revocationWithoutARequestOnRecordIsRefused_V5() {
    Voucher reservedWithoutRequest = voucher(RESERVED);
    Refusal refusal = reservedWithoutRequest.reportCertificateRevoked(PLATFORM, NOW, DAYS_30).getLeft();
    assertThat(refusal.codes()).containsExactly(ReasonCode.NO_CERTIFICATE_REQUEST);
    // and on a VALID voucher both the move and the missing request are named
    assertThat(voucher(VALID).reportCertificateRevoked(PLATFORM, NOW, DAYS_30).getLeft().codes())
        .containsExactly(ReasonCode.MOVE_NOT_ALLOWED, ReasonCode.NO_CERTIFICATE_REQUEST);
  }

  // ---- D-2, D-1 ----

  @Test
  void mandateProductNeedsTheOrganisationNamed_D2() {
    Product mandated = productBuilder().requiresMandate(true).build();
    Refusal refusal = voucher(VALID)
        .submitCertificateRequest(REQUEST, mandated, true, HOLDER, NOW).getLeft();
    assertThat(refusal.codes()).containsExactly(ReasonCode.MANDATE_MISSING);
    assertThat(refusal.reasons().get(0).message()).contains("SSL DV").contains("power of attorney");
  }

  @Test
  void mandateProductNeedsAMandateOnFileForTheOrganisation_D2() {
    Product mandated = productBuilder().requiresMandate(true).build();
    CertificateRequest forOrg =
        new CertificateRequest("REQ-2", Optional.of(OrganisationId.of("org-42")), NOW);
    Refusal refusal = voucher(VALID)
        .submitCertificateRequest(forOrg, mandated, false, HOLDER, NOW).getLeft();
    assertThat(refusal.codes()).containsExactly(ReasonCode.MANDATE_MISSING);
    assertThat(refusal.reasons().get(0).message()).contains("org-42").contains("power of attorney");

    assertThat(voucher(VALID).submitCertificateRequest(forOrg, mandated, true, HOLDER, NOW).isRight())
        .isTrue();
  }

  @Test
  void productWithoutMandateIgnoresTheMandate_D2() {
    assertThat(voucher(VALID).submitCertificateRequest(REQUEST, plainProduct(), false, HOLDER, NOW)
        .isRight()).isTrue();
  }

  private static DomainChallenge challenge(Optional<Instant> verifiedAt) {
    return new DomainChallenge(new DomainName("example.com"), "_voucher-challenge",
        "S".repeat(26), T0, T0.plus(Duration.ofDays(7)), verifiedAt);
  }

  @Test
  void domainValidatedProductNeedsProvenControl_D1() {
    Product validated = productBuilder().domainValidated(true).build();
    Refusal none = voucher(VALID).submitCertificateRequest(REQUEST, validated, false, HOLDER, NOW)
        .getLeft();
    assertThat(none.codes()).containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
    assertThat(none.reasons().get(0).message()).contains("domain");

    Voucher unverified = voucherBuilder(VALID).domainChallenge(challenge(Optional.empty())).build();
    assertThat(unverified.submitCertificateRequest(REQUEST, validated, false, HOLDER, NOW).getLeft()
        .codes()).containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);

    Voucher verified = voucherBuilder(VALID).domainChallenge(challenge(Optional.of(T0.plusSeconds(9))))
        .build();
    assertThat(verified.submitCertificateRequest(REQUEST, validated, false, HOLDER, NOW).isRight())
        .isTrue();
  }

  @Test
  void givesEveryReasonAtOnce_V3_D1_D2() {
    Product strict = productBuilder().requiresMandate(true).domainValidated(true).build();
    Refusal refusal = realistic(REDEEMED)
        .submitCertificateRequest(REQUEST, strict, false, HOLDER, NOW).getLeft();
    assertThat(refusal.codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED,
        ReasonCode.MANDATE_MISSING, ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);

    Refusal expired = voucher(VALID)
        .submitCertificateRequest(REQUEST, strict, false, HOLDER, EXPIRY).getLeft();
    assertThat(expired.codes()).containsExactly(ReasonCode.VOUCHER_EXPIRED,
        ReasonCode.MANDATE_MISSING, ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);

    Refusal org = realistic(RESERVED).startOrganisationActivation(plainProduct(), HOLDER, NOW)
        .getLeft();
    assertThat(org.codes())
        .containsExactly(ReasonCode.MOVE_NOT_ALLOWED, ReasonCode.NOT_AN_ORGANISATION_PRODUCT);
  }

  // ---- D-1 challenge, V-8 comment ----

  @Test
  void challengeAttachesToAnUnusedVoucher_D1() {
    for (VoucherStatus status : List.of(VALID, ASSIGNED, PENDING)) {
      Voucher v = voucher(status);
      Voucher with = v.withChallenge(challenge(Optional.empty()), NOW).get();
      assertThat(with.domainChallenge()).contains(challenge(Optional.empty()));
      assertThat(with.version()).isEqualTo(1);
      assertThat(with.status()).isEqualTo(status);
    }
  }

  @Test
  void challengeIsRefusedForUsedFinalOrDueVouchers_D1() {
    for (VoucherStatus status : List.of(RESERVED, REDEEMED, CANCELLED)) {
      Refusal refusal = voucher(status).withChallenge(challenge(Optional.empty()), NOW).getLeft();
      assertThat(refusal.codes()).as("%s", status).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
      assertThat(refusal.reasons().get(0).message()).contains(status.name());
    }
    assertThat(voucher(EXPIRED).withChallenge(challenge(Optional.empty()), NOW).getLeft().codes())
        .containsExactly(ReasonCode.VOUCHER_EXPIRED);
    assertThat(voucher(VALID).withChallenge(challenge(Optional.empty()), EXPIRY).getLeft().codes())
        .containsExactly(ReasonCode.VOUCHER_EXPIRED);
  }

  @Test
  void partnerCommentIsStrippedAndBlankRemovesIt_V8() {
    Voucher commented = voucher(VALID).comment("  call back on Monday ");
    assertThat(commented.comment()).contains("call back on Monday");
    assertThat(commented.version()).isEqualTo(1);
    assertThat(commented.status()).isEqualTo(VALID);
    Voucher cleared = commented.comment("   ");
    assertThat(cleared.comment()).isEmpty();
    assertThat(cleared.version()).isEqualTo(2);
  }

  // ---- invariants of move records ----

  @Test
  void historyEntryOnlyRecordsMovesOfV1_V2() {
    assertThatThrownBy(() -> new HistoryEntry(VoucherId.of("v"), CANCELLED, VALID, NOW, "x", "y", Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CANCELLED -> VALID");
    assertThatThrownBy(() -> new HistoryEntry(VoucherId.of("v"), EXPIRED, PENDING, NOW, "x", "y", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    Map<String, String> data = new java.util.HashMap<>(Map.of("k", "v"));
    HistoryEntry entry = new HistoryEntry(VoucherId.of("v"), VALID, ASSIGNED, NOW, "x", "y", data);
    data.put("k2", "v2");
    assertThat(entry.data()).containsExactlyEntriesOf(Map.of("k", "v"));
  }

  @Test
  void moveGoesFromOneVersionOfAVoucherToTheNext_V7() {
    Voucher v0 = voucher(VALID);
    HistoryEntry entry = new HistoryEntry(v0.id(), VALID, ASSIGNED, NOW, "x", "y", Map.of());
    assertThatThrownBy(() -> VoucherMove.of(v0, v0.withStatus(ASSIGNED), entry))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VoucherMove.of(v0, v0.withVersion(2), entry))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VoucherMove.of(v0, v0.withId(VoucherId.of("v-2")).withVersion(1), entry))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(VoucherMove.of(v0, v0.withVersion(1), entry).after().version()).isEqualTo(1);
  }

  @Test
  void filterComparesStatusesAsSeenAtItsInstant_O5_V4() {
    Voucher valid = voucher(VALID);
    VoucherFilter expiredAtExpiry = new VoucherFilter(valid.partner(), Set.of(EXPIRED),
        Optional.empty(), Optional.empty(), EXPIRY);
    VoucherFilter expiredBefore = new VoucherFilter(valid.partner(), Set.of(EXPIRED),
        Optional.empty(), Optional.empty(), EXPIRY.minus(NANO));
    assertThat(expiredAtExpiry.matches(valid)).isTrue();
    assertThat(expiredBefore.matches(valid)).isFalse();
    VoucherFilter all = new VoucherFilter(valid.partner(), Set.of(), Optional.of(valid.configuration()
        .product()), Optional.of(valid.order()), NOW);
    assertThat(all.matches(valid)).isTrue();
    assertThat(new VoucherFilter(DomainFixtures.OTHER, Set.of(), Optional.empty(), Optional.empty(), NOW)
        .matches(valid)).isFalse();
    assertThat(new VoucherFilter(valid.partner(), Set.of(), Optional.of(ORG), Optional.empty(), NOW)
        .matches(valid)).isFalse();
    assertThat(new VoucherFilter(valid.partner(), Set.of(), Optional.empty(),
        Optional.of(OrderId.of("o-other")), NOW).matches(valid)).isFalse();
  }
}
