// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.REDEEM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_2Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.START;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.PrintableVoucher;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.PrintVoucher;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import io.vavr.control.Either;
import java.io.BufferedWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** S-1 export, S-2 activation links with the transactional outbox, S-3 printable vouchers. */
class DistributionTest {

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private Either<Refusal, VoucherView> send(Actor by, VoucherId id, String to, String message) {
    return f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(by, id,
        to, message));
  }

  private List<Outbox.Entry<ActivationMessage>> claimAll() {
    return f.store.outbox().claim(100, f.clock.instant(), Duration.ofMinutes(5));
  }

  // ------------------------------------------------------------------ S-1

  @Test
  void exportWritesHeaderAndOneCrlfRowPerVoucherWithDisplayCodes_S1() {
    Order order = f.order(line(SMIME_1Y, 2), line(SMIME_2Y, 1));
    List<VoucherView> vouchers = f.vouchersOf(order);
    StringWriter out = new StringWriter();

    long count = ok(f.programme.ordering().exportOrderCodes().export(
        new ExportOrderCodes.Command(ALICE, order.id(), out)));

    assertThat(count).isEqualTo(3);
    String csv = out.toString();
    assertThat(csv).endsWith("\r\n");
    String[] rows = csv.split("\r\n", -1);
    assertThat(rows).hasSize(5);
    assertThat(rows[0]).isEqualTo(
        "code,status,product,validity_years,fqdns,wildcards,expires_at,redemption_url,"
            + "order_number");
    assertThat(rows[4]).isEmpty();
    for (VoucherView v : vouchers) {
      assertThat(rows).contains(String.join(",", v.code(), "VALID", "S/MIME Basic",
          Integer.toString(v.configuration().validityYears()), "0", "0",
          v.expiresAt().toString(), REDEEM + "?code=" + v.code(), order.number().toString()));
    }
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void exportReachesTheCallersWriterCompletelyWithoutClosingIt_S1() throws Exception {
    Order order = f.order(line(SMIME_1Y, 3));
    StringWriter target = new StringWriter();
    BufferedWriter buffered = new BufferedWriter(target, 1 << 16);

    assertThat(ok(f.programme.ordering().exportOrderCodes().export(
        new ExportOrderCodes.Command(ALICE, order.id(), buffered)))).isEqualTo(3);

    assertThat(target.toString().split("\r\n")).hasSize(4);
    buffered.write("still open");
    buffered.flush();
    assertThat(target.toString()).endsWith("\r\nstill open");
  }

  @Test
  void exportShowsRealStatusAndNeutralisesFormulaCells_S1() {
    ok(f.programme.catalog().defineProduct().define(new DefineProduct.Command(PM,
        ProgrammeFixture.SMIME_PRODUCT
        .withName("=HYPERLINK(\"x\",\"y\")"))));
    Order order = f.order(line(SMIME_1Y, 1));
    VoucherView voucher = f.vouchersOf(order).get(0);
    ok(f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(CUSTOMER,
        VoucherRef.code(voucher.code(), CallerKey.of("test")))));
    StringWriter out = new StringWriter();

    ok(f.programme.ordering().exportOrderCodes().export(new ExportOrderCodes.Command(ALICE,
        order.id(), out)));

    assertThat(out.toString()).contains(voucher.code() + ",REDEEMED,\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",1,0,0,");
  }

  @Test
  void exportOfAnotherPartnersOrderIsAnsweredLikeAMissingOrder_A1_S1() {
    Order order = f.order(line(SMIME_1Y, 1));
    StringWriter foreignOut = new StringWriter();
    Refusal foreign = refused(f.programme.ordering().exportOrderCodes().export(
        new ExportOrderCodes.Command(BOB, order.id(), foreignOut)));
    Refusal missing = refused(f.programme.ordering().exportOrderCodes().export(
        new ExportOrderCodes.Command(BOB, new OrderId("missing"), new StringWriter())));
    assertThat(foreign).isEqualTo(missing).isEqualTo(Refusal.notFound("order"));
    assertThat(foreignOut.toString()).isEmpty();
  }

  // ------------------------------------------------------------------ S-2

  @Test
  void sendingTheActivationLinkAssignsTheVoucherAndWritesExactlyOneMessage_S2() {
    VoucherView voucher = f.single(SMIME_1Y);
    f.advance(Duration.ofHours(2));

    VoucherView sent = ok(send(ALICE, voucher.id(), " Jane.Doe@Customer.EXAMPLE ", "  Hello Jane!  "));

    assertThat(sent.status()).isEqualTo(VoucherStatus.ASSIGNED);
    assertThat(sent.assignment()).hasValueSatisfying(a -> {
      assertThat(a.recipient()).isEqualTo(new EmailAddress("Jane.Doe@customer.example"));
      assertThat(a.message()).isEqualTo("Hello Jane!");
      assertThat(a.sentAt()).isEqualTo(f.clock.instant());
    });
    assertThat(f.store.outbox().backlog()).isEqualTo(1);
    List<Outbox.Entry<ActivationMessage>> claimed = claimAll();
    assertThat(claimed).hasSize(1);
    assertThat(claimed.get(0).attempts()).isZero();
    ActivationMessage message = claimed.get(0).message();
    assertThat(message.voucher()).isEqualTo(voucher.id());
    assertThat(message.partner()).isEqualTo(ProgrammeFixture.ACME);
    assertThat(message.partnerName()).isEqualTo("Acme Reseller");
    assertThat(message.recipient().value()).isEqualTo("Jane.Doe@customer.example");
    assertThat(message.personalMessage()).isEqualTo("Hello Jane!");
    // C-5: the outbox holds the sealed code; G-2: the link carries the sealed link token, which
    // the relay opens to build it, and no code
    assertThat(message.code()).isEqualTo(f.stored(voucher.id()).code());
    assertThat(message.redemptionPage()).isEqualTo(REDEEM);
    assertThat(message.link()).isPresent();
    assertThat(f.programme.activationLinks().link(message).toString())
        .matches(java.util.regex.Pattern.quote(REDEEM + "?link=") + "[0-9a-hjkmnp-tv-z]{26}")
        .doesNotContain(voucher.code());
    assertThat(message.productName()).isEqualTo("S/MIME Basic");
    assertThat(message.expiresAt()).isEqualTo(voucher.expiresAt());
    assertThat(message.language()).isEqualTo(Locale.GERMAN);
    assertThat(message.createdAt()).isEqualTo(START.plus(Duration.ofHours(2)));

    List<HistoryEntry> history = f.details(voucher.id()).history();
    assertThat(history).singleElement().satisfies(e -> {
      assertThat(e.from()).isEqualTo(VoucherStatus.VALID);
      assertThat(e.to()).isEqualTo(VoucherStatus.ASSIGNED);
      assertThat(e.why()).isEqualTo("activation link sent");
      assertThat(e.by()).isEqualTo(ALICE.describe());
      assertThat(e.data()).isEqualTo(Map.of("recipient", "Jane.Doe@customer.example",
          "message", "Hello Jane!"));
    });
  }

  @Test
  void aServiceMaySendOnThePartnersBehalf_S2() {
    ProgrammeFixture g = ProgrammeFixture.create();
    VoucherView voucher = g.single(SMIME_1Y);
    ok(g.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(PLATFORM,
        voucher.id(),
        "jane@customer.example", "")));
    ActivationMessage message = g.store.outbox().claim(10, g.clock.instant(), Duration.ofMinutes(1)).get(0).message();
    assertThat(message.personalMessage()).isEmpty();
    assertThat(message.partnerName()).isEqualTo("Acme Reseller");
  }

  @Test
  void resendToAnotherAddressStaysAssignedAndWritesASecondMessage_S2_V1() {
    VoucherView voucher = f.single(SMIME_1Y);
    ok(send(ALICE, voucher.id(), "jane@customer.example", "first"));
    f.advance(Duration.ofMinutes(10));

    VoucherView resent = ok(send(ALICE, voucher.id(), "joe@customer.example", "second"));

    assertThat(resent.status()).isEqualTo(VoucherStatus.ASSIGNED);
    assertThat(resent.assignment().orElseThrow().recipient().value()).isEqualTo("joe@customer.example");
    assertThat(f.store.outbox().backlog()).isEqualTo(2);
    assertThat(claimAll()).extracting(e -> e.message().recipient().value(), e -> e.message().personalMessage())
        .containsExactly(tuple("jane@customer.example", "first"),
            tuple("joe@customer.example", "second"));
    List<HistoryEntry> history = f.details(voucher.id()).history();
    assertThat(history).extracting(HistoryEntry::from, HistoryEntry::to, HistoryEntry::why)
        .containsExactly(
            tuple(VoucherStatus.VALID, VoucherStatus.ASSIGNED, "activation link sent"),
            tuple(VoucherStatus.ASSIGNED, VoucherStatus.ASSIGNED, "activation link resent"));
  }

  @Test
  void withdrawingTheLinkMakesTheVoucherValidAgain_V1() {
    VoucherView voucher = f.single(SMIME_1Y);
    ok(send(ALICE, voucher.id(), "jane@customer.example", "hi"));

    VoucherView withdrawn = ok(f.programme.vouchers().withdrawActivationLink().withdraw(
        new WithdrawActivationLink.Command(ALICE, voucher.id(), "  wrong customer  ")));

    assertThat(withdrawn.status()).isEqualTo(VoucherStatus.VALID);
    assertThat(withdrawn.assignment()).isEmpty();
    assertThat(f.details(voucher.id()).history()).last().satisfies(e -> {
      assertThat(e.from()).isEqualTo(VoucherStatus.ASSIGNED);
      assertThat(e.to()).isEqualTo(VoucherStatus.VALID);
      assertThat(e.why()).isEqualTo("wrong customer");
    });

    ok(send(ALICE, voucher.id(), "jane@customer.example", "hi"));
    ok(f.programme.vouchers().withdrawActivationLink().withdraw(
        new WithdrawActivationLink.Command(ALICE, voucher.id(), " ")));
    assertThat(f.details(voucher.id()).history()).last()
        .extracting(HistoryEntry::why).isEqualTo("activation link withdrawn");
  }

  @Test
  void withdrawingWithoutALinkIsRefusedAndChangesNothing_V1_V3() {
    VoucherView voucher = f.single(SMIME_1Y);
    Voucher before = f.stored(voucher.id());
    Refusal refusal = refused(f.programme.vouchers().withdrawActivationLink().withdraw(
        new WithdrawActivationLink.Command(ALICE, voucher.id(), "")));
    assertThat(refusal.reasons()).containsExactly(
        Reason.of(ReasonCode.MOVE_NOT_ALLOWED, "a VALID voucher cannot become VALID"));
    assertThat(f.stored(voucher.id())).isEqualTo(before);
    assertThat(f.details(voucher.id()).history()).isEmpty();
  }

  @Test
  void withdrawingCannotFreeAUsedVoucher_V1_V3() {
    VoucherView reserved = f.single(SMIME_1Y);
    ok(f.programme.vouchers().submitCertificateRequest().submit(
        new SubmitCertificateRequest.Command(
        CUSTOMER, VoucherRef.code(reserved.code(), CallerKey.of("test")), "REQ-1", Optional.empty())));
    VoucherView redeemed = f.single(SMIME_1Y);
    ok(f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(CUSTOMER,
        VoucherRef.code(redeemed.code(), CallerKey.of("test")))));

    for (VoucherView used : List.of(reserved, redeemed)) {
      Voucher before = f.stored(used.id());
      Refusal refusal = refused(f.programme.vouchers().withdrawActivationLink().withdraw(
          new WithdrawActivationLink.Command(ALICE, used.id(), "")));
      assertThat(refusal.codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
      assertThat(f.stored(used.id())).isEqualTo(before);
    }
  }

  @Test
  void refusedSendWritesNoMessage_S2_V3() {
    VoucherView voucher = f.single(SMIME_1Y);
    ok(f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(ALICE, VoucherRef.id(
        voucher.id()))));
    Voucher before = f.stored(voucher.id());

    Refusal refusal = refused(send(ALICE, voucher.id(), "jane@customer.example", "hi"));

    assertThat(refusal.reasons()).containsExactly(
        Reason.of(ReasonCode.MOVE_NOT_ALLOWED, "a REDEEMED voucher cannot become ASSIGNED"));
    assertThat(f.store.outbox().backlog()).isZero();
    assertThat(f.stored(voucher.id())).isEqualTo(before);
  }

  @Test
  void sendingForAnExpiredVoucherIsRefused_S2_V4() {
    VoucherView voucher = f.single(SMIME_1Y);
    f.clock.set(voucher.expiresAt());
    Refusal refusal = refused(send(ALICE, voucher.id(), "jane@customer.example", "hi"));
    assertThat(refusal.codes()).containsExactly(ReasonCode.VOUCHER_EXPIRED);
    assertThat(f.store.outbox().backlog()).isZero();
  }

  @Test
  void invalidRecipientAndOverlongMessageAreRefusedTogetherAndNothingIsWritten_S2() {
    VoucherView voucher = f.single(SMIME_1Y);
    Voucher before = f.stored(voucher.id());

    Refusal badAddress = refused(send(ALICE, voucher.id(), "jane at customer", "hi"));
    assertThat(badAddress.reasons()).containsExactly(
        Reason.of(ReasonCode.INVALID_INPUT, "recipient is not an e-mail address"));
    Refusal longMessage = refused(send(ALICE, voucher.id(), "jane@customer.example", "m".repeat(2001)));
    assertThat(longMessage.reasons()).containsExactly(Reason.of(ReasonCode.INVALID_INPUT,
        "the personal message must be at most 2000 characters, got 2001"));
    Refusal both = refused(send(ALICE, voucher.id(), "", "m".repeat(2001)));
    assertThat(both.codes()).containsExactly(ReasonCode.INVALID_INPUT, ReasonCode.INVALID_INPUT);
    assertThat(refused(send(ALICE, voucher.id(), "jane at customer", "m".repeat(2000))))
        .isEqualTo(badAddress);

    assertThat(f.store.outbox().backlog()).isZero();
    assertThat(f.stored(voucher.id())).isEqualTo(before);
    ok(send(ALICE, voucher.id(), "jane@customer.example", "m".repeat(2000)));
  }

  @Test
  void sendingForAnotherPartnersVoucherIsAnsweredLikeAMissingVoucherAndWritesNothing_A1_S2() {
    VoucherView voucher = f.single(SMIME_1Y);
    Refusal foreign = refused(send(BOB, voucher.id(), "jane@customer.example", "hi"));
    Refusal missing = refused(send(BOB, new VoucherId("missing"), "jane@customer.example", "hi"));
    assertThat(foreign).isEqualTo(missing).isEqualTo(Refusal.notFound("voucher"));
    assertThat(refused(send(SUPPORT, voucher.id(), "jane@customer.example", "hi"))).isEqualTo(missing);
    assertThat(f.store.outbox().backlog()).isZero();
    assertThat(f.stored(voucher.id()).status()).isEqualTo(VoucherStatus.VALID);
  }

  // ------------------------------------------------------------------ S-3

  @Test
  void printableVoucherCarriesCodeProductValidityExpiryAndTerms_S3() {
    Order order = f.order(line(ProgrammeFixture.SSL_DV_1Y, 1));
    VoucherView voucher = f.vouchersOf(order).get(0);

    PrintableVoucher printable = ok(f.programme.vouchers().printVoucher().print(
        new PrintVoucher.Command(ALICE, voucher.id())));

    assertThat(printable).isEqualTo(new PrintableVoucher(voucher.code(),
        URI.create(REDEEM + "?code=" + voucher.code()), "SSL DV", ProductKind.SSL_DV, 1, 1, 0,
        START, voucher.expiresAt(), "Acme Reseller", f.programme.settings().voucherTerms(),
        order.number().grouped()));
    assertThat(printable.terms()).isNotBlank();
  }

  @Test
  void printedTermsComeFromTheSettings_S3() {
    ProgrammeFixture g = ProgrammeFixture.create(s -> s.withVoucherTerms("Valid for one use only."));
    VoucherView voucher = g.single(SMIME_1Y);
    assertThat(ok(g.programme.vouchers().printVoucher().print(new PrintVoucher.Command(ALICE,
        voucher.id())))
        .terms()).isEqualTo("Valid for one use only.");
  }

  @Test
  void printingAnotherPartnersVoucherIsAnsweredLikeAMissingVoucher_A1_S3() {
    VoucherView voucher = f.single(SMIME_1Y);
    Refusal foreign = refused(f.programme.vouchers().printVoucher().print(new PrintVoucher.Command(
        BOB, voucher.id())));
    Refusal missing = refused(f.programme.vouchers().printVoucher().print(
        new PrintVoucher.Command(BOB, new VoucherId("missing"))));
    assertThat(foreign).isEqualTo(missing).isEqualTo(Refusal.notFound("voucher"));
  }

  @Test
  void productNamesInViewsFollowTheCatalog_S1() {
    VoucherView voucher = f.single(SMIME_1Y);
    ok(f.programme.catalog().defineProduct().define(new DefineProduct.Command(PM,
        ProgrammeFixture.SMIME_PRODUCT
        .withName("S/MIME Plus"))));
    assertThat(f.view(voucher.id()).productName()).isEqualTo("S/MIME Plus");
    assertThat(f.view(voucher.id()).configuration().product()).isEqualTo(SMIME);
  }
}
