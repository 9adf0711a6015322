// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ORG_CERT_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SSL_DV_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.CodeGenerator;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.RedeemableVoucher;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.core.voucher.port.out.CodeRandomness;
import io.vavr.control.Either;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** C-4, C-5: typed codes are normalised and checked; unusable codes all get one answer. */
class CodeLookupTest {

  private static final Refusal NOT_REDEEMABLE = Refusal.of(ReasonCode.CODE_NOT_REDEEMABLE,
      "this code cannot be used: check it or ask the seller");

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private Either<Refusal, RedeemableVoucher> lookUp(String typed) {
    return lookUp(CUSTOMER, typed);
  }

  private Either<Refusal, RedeemableVoucher> lookUp(Actor by, String typed) {
    return f.programme.vouchers().lookUpCode().lookUp(new LookUpCode.Command(by, typed,
        CallerKey.of("test")));
  }

  private static String unknownCode() {
    CodeFormat format = CodeFormat.defaults();
    return format.format(new CodeGenerator(format, Entropy.secure()).next());
  }

  /** Replaces the first symbol by a different one: a single-symbol typo. */
  private static String typo(String code) {
    char first = code.charAt(0);
    char other = first == 'A' ? 'B' : 'A';
    return other + code.substring(1);
  }

  /** Swaps the first two adjacent symbols that differ: an adjacent transposition. */
  private static String transposition(String code) {
    String symbols = code.replace("-", "");
    for (int i = 0; i + 1 < symbols.length(); i++) {
      if (symbols.charAt(i) != symbols.charAt(i + 1)) {
        return symbols.substring(0, i) + symbols.charAt(i + 1) + symbols.charAt(i)
            + symbols.substring(i + 2);
      }
    }
    throw new AssertionError("a code of one repeated symbol");
  }

  @Test
  void lookUpShowsWhatAUsableCodeIsFor_C4() {
    VoucherView voucher = f.single(ORG_CERT_1Y);
    RedeemableVoucher found = ok(lookUp(voucher.code()));
    assertThat(found).isEqualTo(new RedeemableVoucher("Organisation Certificate",
        ProductKind.ORGANISATION_CERTIFICATE, VoucherStatus.VALID, voucher.expiresAt(), true,
        false, true));
    VoucherView ssl = f.single(SSL_DV_1Y);
    assertThat(ok(lookUp(ssl.code()))).isEqualTo(new RedeemableVoucher("SSL DV",
        ProductKind.SSL_DV, VoucherStatus.VALID, ssl.expiresAt(), false, true, false));
  }

  @Test
  void typedInputIsNormalisedBeforeLookup_C4() {
    // every code of this programme starts with the symbols 1, 0, 0
    ProgrammeFixture g = ProgrammeFixture.withRandomness(new CodeRandomness() {
      private final SecureRandom random = new SecureRandom();

      @Override
      public void fill(byte[] bytes) {
        random.nextBytes(bytes);
        bytes[0] = 0x08;
        bytes[1] = 0x00;
      }
    });
    VoucherView voucher = g.single(SMIME_1Y);
    String display = voucher.code();
    assertThat(display).startsWith("100");
    String typed = " " + display.toLowerCase(Locale.ROOT).replace('-', ' ')
        .replaceFirst("100", "lOo") + " ";
    RedeemableVoucher found = ok(g.programme.vouchers().lookUpCode().lookUp(new LookUpCode.Command(
        CUSTOMER, typed, CallerKey.of("test"))));
    assertThat(found.status()).isEqualTo(VoucherStatus.VALID);
    String withI = display.replace("-", "").replaceFirst("1", "i");
    assertThat(ok(g.programme.vouchers().lookUpCode().lookUp(new LookUpCode.Command(CUSTOMER, withI,
        CallerKey.of("test")))).productName())
        .isEqualTo("S/MIME Basic");
    ok(g.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(CUSTOMER,
        VoucherRef.code(typed, CallerKey.of("test")))));
    assertThat(g.view(voucher.id()).status()).isEqualTo(VoucherStatus.REDEEMED);
  }

  @Test
  void typoIsRefusedAsMalformedWithoutTouchingStorage_C4() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture g = ProgrammeFixture.withVouchers(s -> scripted[0] = new ScriptedVouchers(s));
    String code = g.single(SMIME_1Y).code();

    Refusal typo = refused(g.programme.vouchers().lookUpCode().lookUp(new LookUpCode.Command(
        CUSTOMER, typo(code), CallerKey.of("test"))));
    assertThat(typo.codes()).containsExactly(ReasonCode.MALFORMED_CODE);
    assertThat(typo.reasons().get(0).message()).doesNotContain(code.substring(5));
    Refusal transposed = refused(g.programme.vouchers().lookUpCode().lookUp(new LookUpCode.Command(
        CUSTOMER,
        transposition(code), CallerKey.of("test"))));
    assertThat(transposed.codes()).containsExactly(ReasonCode.MALFORMED_CODE);
    assertThat(refused(g.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(
        CUSTOMER,
        VoucherRef.code(typo(code), CallerKey.of("test"))))).codes()).containsExactly(ReasonCode.MALFORMED_CODE);
    assertThat(scripted[0].codeLookups).hasValue(0);

    ok(g.programme.vouchers().lookUpCode().lookUp(new LookUpCode.Command(CUSTOMER, code,
        CallerKey.of("test"))));
    assertThat(scripted[0].codeLookups).hasValue(1);
  }

  @Test
  void emptyShortAndForeignCharacterInputIsMalformed_C4() {
    assertThat(refused(lookUp("")).codes()).containsExactly(ReasonCode.MALFORMED_CODE);
    assertThat(refused(lookUp(" - ")).codes()).containsExactly(ReasonCode.MALFORMED_CODE);
    assertThat(refused(lookUp("ABCD-EFGH")).codes()).containsExactly(ReasonCode.MALFORMED_CODE);
    assertThat(refused(lookUp("UUUU-UUUU-UUUU-UUUU-UUUU")).codes())
        .containsExactly(ReasonCode.MALFORMED_CODE);
  }

  @Test
  void unknownCancelledAndExpiredCodesGetTheSameAnswer_C5() {
    Order cancelledOrder = f.order(line(SMIME_1Y, 1));
    String cancelled = f.vouchersOf(cancelledOrder).get(0).code();
    ok(f.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(ALICE,
        cancelledOrder.id(), "")));
    VoucherView expiring = f.single(SMIME_1Y);
    VoucherView valid;
    f.clock.set(expiring.expiresAt().minusSeconds(1));
    valid = f.single(SMIME_1Y);
    f.clock.set(expiring.expiresAt());

    Refusal unknown = refused(lookUp(unknownCode()));
    assertThat(unknown).isEqualTo(NOT_REDEEMABLE);
    assertThat(refused(lookUp(cancelled))).isEqualTo(unknown);
    assertThat(refused(lookUp(expiring.code()))).isEqualTo(unknown);
    ok(lookUp(valid.code()));

    // after the sweep wrote EXPIRED: still the same answer
    ok(f.programme.vouchers().expireDueVouchers().expire(new ExpireDueVouchers.Command(PLATFORM,
        10)));
    assertThat(f.stored(expiring.id()).status()).isEqualTo(VoucherStatus.EXPIRED);
    assertThat(refused(lookUp(expiring.code()))).isEqualTo(unknown);

    // the partner's own view shows the real status
    assertThat(f.view(expiring.id()).status()).isEqualTo(VoucherStatus.EXPIRED);
    assertThat(f.view(f.vouchersOf(cancelledOrder).get(0).id()).status())
        .isEqualTo(VoucherStatus.CANCELLED);
  }

  @Test
  void codeAddressedMovesGiveTheSameAnswerForUnusableCodes_C5() {
    Order cancelledOrder = f.order(line(ORG_CERT_1Y, 1));
    String cancelled = f.vouchersOf(cancelledOrder).get(0).code();
    ok(f.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(ALICE,
        cancelledOrder.id(), "")));
    String unknown = unknownCode();

    for (String code : new String[] {cancelled, unknown}) {
      VoucherRef ref = VoucherRef.code(code, CallerKey.of("test"));
      assertThat(refused(f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(
          CUSTOMER, ref))))
          .isEqualTo(NOT_REDEEMABLE);
      assertThat(refused(f.programme.vouchers().startOrganisationActivation().start(
          new StartOrganisationActivation.Command(CUSTOMER, ref)))).isEqualTo(NOT_REDEEMABLE);
      assertThat(refused(f.programme.vouchers().submitCertificateRequest().submit(
          new SubmitCertificateRequest.Command(CUSTOMER, ref, "REQ-1", Optional.empty()))))
          .isEqualTo(NOT_REDEEMABLE);
      assertThat(refused(f.programme.vouchers().issueDomainChallenge().issue(
          new IssueDomainChallenge.Command(CUSTOMER, ref, "example.com")))).isEqualTo(NOT_REDEEMABLE);
      assertThat(refused(f.programme.vouchers().verifyDomainControl().verify(
          new VerifyDomainControl.Command(CUSTOMER, ref)))).isEqualTo(NOT_REDEEMABLE);
    }
  }

  @Test
  void expiredCodeIsNotRedeemableEvenBeforeTheSweep_C5_V4() {
    VoucherView voucher = f.single(SMIME_1Y);
    f.clock.set(voucher.expiresAt().minusMillis(1));
    ok(lookUp(voucher.code()));
    f.advance(Duration.ofMillis(1));
    assertThat(refused(f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(
        CUSTOMER,
        VoucherRef.code(voucher.code(), CallerKey.of("test")))))).isEqualTo(NOT_REDEEMABLE);
    assertThat(f.stored(voucher.id()).status()).isEqualTo(VoucherStatus.VALID);
  }

  @Test
  void codeOfAnotherPartnerIsNotRedeemableByThatPartnersUsers_A1_C5() {
    VoucherView voucher = f.single(SMIME_1Y);
    Refusal foreign = refused(f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(
        BOB,
        VoucherRef.code(voucher.code(), CallerKey.of("test")))));
    assertThat(foreign).isEqualTo(NOT_REDEEMABLE);
    assertThat(refused(f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(
        SUPPORT,
        VoucherRef.code(voucher.code(), CallerKey.of("test")))))).isEqualTo(NOT_REDEEMABLE);
    assertThat(f.stored(voucher.id()).status()).isEqualTo(VoucherStatus.VALID);
    ok(f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(ALICE, VoucherRef.code(
        voucher.code(), CallerKey.of("test")))));
  }

  @Test
  void usedCodesStillLookUpWithTheirRealStatus_C5() {
    VoucherView voucher = f.single(SMIME_1Y);
    ok(f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(CUSTOMER,
        VoucherRef.code(voucher.code(), CallerKey.of("test")))));
    assertThat(ok(lookUp(voucher.code())).status()).isEqualTo(VoucherStatus.REDEEMED);
  }
}
