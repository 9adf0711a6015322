// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * L-4: every text of the ordering, catalogue, partner and voucher use cases has a maximum
 * length and refuses control characters (line breaks only in free text) and unpaired
 * surrogates, with a short INVALID_INPUT reason naming the field; nothing changes.
 */
class TextInputTest {

  private static final List<String> HOSTILE = List.of("a\u0000b", "a\uDC00b", "a\u0007b",
      "a\u001bb", "a\u007fb", "a\u0085b", "tail\u0000", "x".repeat(100_000));

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private static OrderRequest orderWith(Optional<String> customer, Optional<String> notes,
      String payment, String product) {
    return new OrderRequest(customer, notes, payment,
        List.of(new OrderRequest.Line(product, 1, 0, 0, 1)));
  }

  @Test
  void hostileTextIsRefusedInEveryFieldAndNothingChanges_L4() {
    Order order = f.order(line(SMIME_1Y, 1));
    VoucherId voucher = f.vouchersOf(order).get(0).id();
    var before = f.stored(voucher);
    long codes = f.store.vouchers().codeCount();

    for (String bad : HOSTILE) {
      Map<String, Either<Refusal, ?>> answers = new LinkedHashMap<>();
      answers.put("customer name", f.tryOrder(ALICE, ACME,
          orderWith(Optional.of(bad), Optional.empty(), "invoice", "smime")));
      answers.put("notes", f.tryOrder(ALICE, ACME,
          orderWith(Optional.empty(), Optional.of(bad), "invoice", "smime")));
      answers.put("payment method", f.tryOrder(ALICE, ACME,
          orderWith(Optional.empty(), Optional.empty(), bad, "smime")));
      answers.put("product id", f.tryOrder(ALICE, ACME,
          orderWith(Optional.empty(), Optional.empty(), "invoice", bad)));
      answers.put("comment", f.programme.vouchers().commentOnVoucher().comment(
          new CommentOnVoucher.Command(ALICE, voucher, bad)));
      answers.put("personal message", f.programme.vouchers().sendActivationLink().send(
          new SendActivationLink.Command(ALICE, voucher, "jane@x.example", bad)));
      answers.put("recipient", f.programme.vouchers().sendActivationLink().send(
          new SendActivationLink.Command(ALICE, voucher, "j" + bad + "@x.example", "hi")));
      answers.put("withdrawal reason", f.programme.vouchers().withdrawActivationLink().withdraw(
          new WithdrawActivationLink.Command(ALICE, voucher, bad)));
      answers.put("certificate request reference", f.programme.vouchers().submitCertificateRequest()
          .submit(new SubmitCertificateRequest.Command(PLATFORM, VoucherRef.id(voucher), bad,
              Optional.empty())));
      answers.put("partner name", f.programme.partners().registerPartner().register(
          new RegisterPartner.Command(PM, new Partner(new PartnerId("new"), bad, Tier.ENTRY,
              Set.of(Feature.VOUCHERS), Locale.ENGLISH))));
      answers.put("product name", f.programme.catalog().defineProduct().define(
          new DefineProduct.Command(
          PM, Product.builder().id(SMIME).name(bad).kind(ProductKind.EMAIL_SMIME)
              .addValidityYears(1).build())));
      answers.put("document reference", f.programme.partners().registerMandate().register(
          new RegisterMandate.Command(SUPPORT, new OrganisationId("org"), bad,
              Optional.empty())));
      answers.forEach((field, answer) -> {
        assertThat(answer.isLeft()).as("%s: %s", field, bad.length()).isTrue();
        assertThat(answer.getLeft().codes()).as(field).containsOnly(ReasonCode.INVALID_INPUT);
        assertThat(answer.getLeft().reasons()).allSatisfy(reason ->
            assertThat(reason.message()).hasSizeLessThan(200).doesNotContain(bad));
      });
      assertThat(f.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(ALICE,
          order.id(),
          bad)).getLeft().codes()).containsOnly(ReasonCode.INVALID_INPUT);
    }
    assertThat(f.stored(voucher)).isEqualTo(before);
    assertThat(f.store.vouchers().codeCount()).isEqualTo(codes);
    assertThat(f.store.partners().partner(new PartnerId("new"))).isEmpty();
    assertThat(f.store.catalog().product(SMIME).orElseThrow().name()).isEqualTo("S/MIME Basic");
    assertThat(f.store.mandates().of(new OrganisationId("org"))).isEmpty();
  }

  @Test
  void freeTextKeepsLineBreaksWhileOneLineFieldsRefuseThem_L4() {
    Order order = ok(f.tryOrder(ALICE, ACME,
        orderWith(Optional.of("Jürg Müller"), Optional.of("line one\r\nline two"), "invoice",
            "smime")));
    assertThat(order.notes()).contains("line one\r\nline two");
    assertThat(refused(f.tryOrder(ALICE, ACME,
        orderWith(Optional.of("Jürg\nMüller"), Optional.empty(), "invoice", "smime"))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    VoucherId voucher = f.vouchersOf(order).get(0).id();
    assertThat(ok(f.programme.vouchers().commentOnVoucher().comment(
        new CommentOnVoucher.Command(ALICE, voucher, "call back\nMonday"))).comment())
        .contains("call back\nMonday");
  }

  @Test
  void aProductIdOfWhitespaceTheIdRefusesIsRefusedNotThrown_L4() {
    for (String product : List.of("\u2003", "\u2003\u2003", "x".repeat(65))) {
      assertThat(refused(f.tryOrder(ALICE, ACME,
          orderWith(Optional.empty(), Optional.empty(), "invoice", product))).codes())
          .containsOnly(ReasonCode.INVALID_INPUT);
    }
  }

  @Test
  void typedIdsRefuseControlCharactersWithoutEchoingTheValue_L4() {
    String huge = "p".repeat(100_000);
    assertThatThrownBy(() -> new ProductId(huge)).isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100));
    assertThatThrownBy(() -> new PartnerId("a\u0000b"))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("a\u0000b"));
    assertThatThrownBy(() -> new VoucherId("a\nb")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMandateValidBeyondTheSupportedRangeIsRefused_L4_D2() {
    Refusal refusal = refused(f.programme.partners().registerMandate().register(
        new RegisterMandate.Command(
        SUPPORT, new OrganisationId("org"), "PoA-1", Optional.of(Instant.MAX))));
    assertThat(refusal.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.INVALID_INPUT);
      assertThat(reason.message()).startsWith("valid until must be between");
    });
  }

  @Test
  void everyReasonIsListed_V3() {
    Refusal partner = refused(f.programme.partners().registerPartner().register(
        new RegisterPartner.Command(
        PM, new Partner(new PartnerId("new"), "a\u0000", Tier.of("DIAMOND"),
            Set.of(Feature.VOUCHERS), Locale.ENGLISH))));
    assertThat(partner.codes()).containsExactly(ReasonCode.INVALID_INPUT, ReasonCode.UNKNOWN_TIER);

    Order order = f.order(line(SMIME_1Y, 1));
    f.advance(Duration.ofDays(31));
    Refusal cancel = refused(f.programme.ordering().cancelOrder().cancel(
        new CancelOrder.Command(ALICE, order.id(), "why\u0000")));
    assertThat(cancel.codes()).containsExactly(ReasonCode.INVALID_INPUT,
        ReasonCode.CANCELLATION_WINDOW_CLOSED);
  }
}
