// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * L-4 over JDBC, identically on H2 and PostgreSQL: text PostgreSQL cannot store (NUL, a lone
 * surrogate), other control characters, over-long values, foreign cursors, out-of-range
 * instants and amounts are refused by the core before storage with INVALID_INPUT, and every
 * table is unchanged afterwards; what is legal (an internationalised e-mail address, a
 * multi-line note, a total at the maximum) is stored and read back unchanged.
 */
class HostileTextOverJdbcTest {

  private static final Actor MANAGER =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  private static final List<String> HOSTILE = List.of("a\u0000b", "a\uD800b", "a\u001bb",
      "a\u007fb", "a\u0085b", "x".repeat(100_000));

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES"})
  void hostileTextIsRefusedBeforeStorageAndNothingChanges_L4(TestDatabase database)
      throws SQLException {
    try (ProgrammeOverJdbc library = ProgrammeOverJdbc.on(database)) {
      VoucherProgramme programme = library.programme();
      PlacedOrder placed = library.place(2);
      VoucherId voucher = placed.voucher(0);
      String before = digest(library, database);

      for (String bad : HOSTILE) {
        Map<String, Either<Refusal, ?>> answers = new LinkedHashMap<>();
        answers.put("customer name", programme.ordering().orderVouchers().order(order(library,
            Optional.of(bad), Optional.empty(), "invoice", "ssl-dv")));
        answers.put("notes", programme.ordering().orderVouchers().order(order(library,
            Optional.empty(), Optional.of(bad), "invoice", "ssl-dv")));
        answers.put("payment method", programme.ordering().orderVouchers().order(order(library,
            Optional.empty(), Optional.empty(), bad, "ssl-dv")));
        answers.put("product id", programme.ordering().orderVouchers().order(order(library,
            Optional.empty(), Optional.empty(), "invoice", bad)));
        answers.put("comment", programme.vouchers().commentOnVoucher().comment(
            new CommentOnVoucher.Command(library.partnerUser, voucher, bad)));
        answers.put("cancellation reason", programme.ordering().cancelOrder().cancel(
            new CancelOrder.Command(library.partnerUser, placed.order().id(), bad)));
        answers.put("personal message", programme.vouchers().sendActivationLink().send(
            new SendActivationLink.Command(library.partnerUser, voucher, "jane@x.example", bad)));
        answers.put("recipient", programme.vouchers().sendActivationLink().send(
            new SendActivationLink.Command(library.partnerUser, voucher, bad + "@x.example",
                "hi")));
        answers.put("withdrawal reason", programme.vouchers().withdrawActivationLink().withdraw(
            new WithdrawActivationLink.Command(library.partnerUser, voucher, bad)));
        answers.put("certificate request reference", programme.vouchers().submitCertificateRequest()
            .submit(new SubmitCertificateRequest.Command(library.platform,
                VoucherRef.id(voucher), bad, Optional.empty())));
        answers.put("partner name", programme.partners().registerPartner().register(
            new RegisterPartner.Command(MANAGER, new Partner(new PartnerId("p2"), bad, Tier.GOLD,
                Set.of(Feature.VOUCHERS), Locale.ENGLISH))));
        answers.put("product name", programme.catalog().defineProduct().define(
            new DefineProduct.Command(
            MANAGER, Product.builder().id(ProgrammeOverJdbc.PRODUCT).name(bad)
                .kind(ProductKind.SSL_DV).addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
        answers.put("document reference", programme.partners().registerMandate().register(
            new RegisterMandate.Command(MANAGER, new OrganisationId("org"), bad,
                Optional.empty())));
        answers.forEach((field, answer) -> {
          assertThat(answer.isLeft()).as("%s with %s", field, describe(bad)).isTrue();
          assertThat(answer.getLeft().codes()).as("%s with %s", field, describe(bad))
              .containsOnly(ReasonCode.INVALID_INPUT);
          assertThat(answer.getLeft().reasons()).allSatisfy(reason ->
              assertThat(reason.message()).hasSizeLessThan(200).doesNotContain(bad));
        });
      }

      // L-4: instants, cursors and amounts out of range
      assertThat(programme.partners().registerMandate().register(new RegisterMandate.Command(
          MANAGER,
          new OrganisationId("org"), "PoA-1", Optional.of(Instant.MAX))).getLeft().codes())
          .containsOnly(ReasonCode.INVALID_INPUT);
      String foreign = Base64.getUrlEncoder().withoutPadding().encodeToString(
          "9223372036854775807:1000000000:x".getBytes(StandardCharsets.UTF_8));
      for (String cursor : List.of(foreign, new Cursor(Instant.MAX, "x").encode(), "%%%")) {
        assertThat(programme.ordering().listOrders().list(new ListOrders.Command(
            library.partnerUser,
            new OrderFilter(ProgrammeOverJdbc.PARTNER, Set.of(), Optional.empty()),
            PageRequest.after(10, cursor))).getLeft().codes())
            .containsOnly(ReasonCode.INVALID_INPUT);
        assertThat(programme.vouchers().listVouchers().list(new ListVouchers.Command(
            library.partnerUser,
            ProgrammeOverJdbc.PARTNER, Set.of(), Optional.empty(), Optional.empty(),
            PageRequest.after(10, cursor))).getLeft().codes())
            .containsOnly(ReasonCode.INVALID_INPUT);
      }
      ProductConfiguration configuration =
          ProductConfiguration.of(ProgrammeOverJdbc.PRODUCT, 1, 1, 0);
      assertThat(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(
          MANAGER,
          PriceBook.builder("CHF").listPrice(configuration, Money.ofMinor("CHF", Long.MAX_VALUE))
              .build())).getLeft().codes()).containsOnly(ReasonCode.INVALID_INPUT);

      assertThat(digest(library, database)).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES"})
  void legalTextAndAmountsAtTheirLimitsAreStoredUnchanged_L4_S2(TestDatabase database) {
    try (ProgrammeOverJdbc library = ProgrammeOverJdbc.on(database)) {
      VoucherProgramme programme = library.programme();
      ProductConfiguration configuration =
          ProductConfiguration.of(ProgrammeOverJdbc.PRODUCT, 1, 1, 0);
      assertThat(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(
          MANAGER,
          PriceBook.builder("CHF").listPrice(configuration,
              Money.ofMinor("CHF", Money.MAX_PRICE_MINOR_UNITS)).build())).isRight()).isTrue();
      String note = "Rechnung 42\r\nZeile zwei\u2028dritte – ✓ 𝄞";
      var placed = programme.ordering().orderVouchers().order(order(library, Optional.of(
          "Jürg Müller 𝄞"),
          Optional.of(note), "invoice", "ssl-dv"));
      assertThat(placed.isRight()).as("%s", placed).isTrue();
      var order = library.storage().vouchers().order(placed.get().order().id()).orElseThrow();
      assertThat(order.customerName()).contains("Jürg Müller 𝄞");
      assertThat(order.notes()).contains(note.strip());
      assertThat(order.total().minorUnits()).isEqualTo(Money.MAX_PRICE_MINOR_UNITS);

      var sent = programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(
          library.partnerUser, placed.get().voucher(0), "jürg@müller.ch", "Grüezi\nwohl"));
      assertThat(sent.isRight()).as("%s", sent).isTrue();
      assertThat(library.storage().vouchers().voucher(placed.get().voucher(0)).orElseThrow()
          .assignment().orElseThrow().recipient().value()).isEqualTo("jürg@müller.ch");
    }
  }

  private static OrderVouchers.Command order(ProgrammeOverJdbc library,
      Optional<String> customer, Optional<String> notes, String payment, String product) {
    return new OrderVouchers.Command(library.partnerUser, ProgrammeOverJdbc.PARTNER,
        new OrderRequest(customer, notes, payment,
            List.of(new OrderRequest.Line(product, 1, 1, 0, 1))));
  }

  private static String describe(String value) {
    return value.length() > 20 ? value.length() + " characters"
        : value.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
  }

  /** Every row of every table, order-independent. */
  private static String digest(ProgrammeOverJdbc library, TestDatabase database)
      throws SQLException {
    List<String> lines = new ArrayList<>(Arrays.asList(
        CodesAtRestTest.dump(library.dataSource(), database).split("\n")));
    lines.sort(String::compareTo);
    return String.join("\n", lines);
  }
}
