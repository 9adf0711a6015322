// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.programme.application.ProgrammeFixture;
import dev.vouchers.core.programme.application.VoucherProgramme;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.DORMANT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.NOWHERE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_2Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.ImportRow;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.in.ImportCodes.ImportedOrder;
import dev.vouchers.core.ordering.port.out.CodeImports;
import dev.vouchers.core.ordering.port.out.OrderNumberTaken;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.ImportFormat;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.RedeemableVoucher;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * M-1 in the core: who imports, what a row must be, what an imported voucher keeps from its
 * row, repeated and stored codes, and a drawn order number that is taken. The contract suites
 * pin the stores; these pin the use case over the in-memory store.
 */
class ImportCodesTest {

  private static final ImportFormat LEGACY =
      new ImportFormat("legacy", "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10, false);
  private static final ImportFormat DIGITS = new ImportFormat("digits", "0123456789", 8, false);
  private static final String FAR = "2099-12-31";

  private final List<ProgrammeEvent> events = new CopyOnWriteArrayList<>();
  private final ProgrammeFixture f = ProgrammeFixture.withAttempts(
      dev.vouchers.core.voucher.port.out.CodeAttempts.unlimited(), events::add,
      s -> s.withImportFormats(LEGACY, DIGITS), store -> store);

  private static ImportRow row(long line, String code, String status, String recipient) {
    return new ImportRow(line, code, SMIME_1Y.product().value(), "1", "0", "0", status, FAR,
        recipient, "");
  }

  private static ImportRow valid(long line, String code) {
    return row(line, code, "VALID", "");
  }

  private Either<Refusal, ImportedOrder> importing(Actor by, PartnerId partner, String format,
      List<ImportRow> rows) {
    return f.programme.ordering().importCodes().importCodes(
        new ImportCodes.Command(by, partner, format, rows::forEach));
  }

  private Either<Refusal, ImportedOrder> importing(List<ImportRow> rows) {
    return importing(PM, ACME, "legacy", rows);
  }

  private List<Voucher> vouchersOf(OrderId order) {
    return f.store.vouchers().vouchersOf(order, Optional.empty(), 100);
  }

  private static Reason only(Refusal refusal, ReasonCode code) {
    return refusal.reasons().stream().filter(r -> r.code() == code).findFirst().orElseThrow();
  }

  @Test
  void eachRowBecomesAVoucherOfAnImportedOrderWithItsStatusExpiryRecipientAndNote_M1() {
    List<ImportRow> rows = List.of(
        valid(2, "AAAA-AA0001"),
        new ImportRow(3, "aaaaaa0002", "smime", " 1 ", "0", "0", "assigned",
            "2027-03-31", " jane@customer.example ", "  sent by the old shop\n "),
        row(4, "AAAAAA0003", "REDEEMED", ""),
        new ImportRow(5, "AAAAAA0004", "smime", "2", "0", "0", "Expired",
            "2026-01-02T03:04:05Z", "", ""),
        row(6, "AAAAAA0005", "CANCELLED", ""));

    ImportedOrder imported = ok(importing(rows));

    assertThat(imported.vouchers()).isEqualTo(5);
    Order order = f.store.vouchers().order(imported.order()).orElseThrow();
    assertThat(order.number()).isEqualTo(imported.number());
    assertThat(order.partner()).isEqualTo(ACME);
    assertThat(order.paymentMethod()).isEqualTo(Order.IMPORTED);
    assertThat(order.customerName()).isEmpty();
    assertThat(order.notes()).contains("imported in format legacy");
    assertThat(order.placedAt()).isEqualTo(ProgrammeFixture.START);
    assertThat(order.lines()).extracting(OrderLine::number, OrderLine::configuration,
            OrderLine::productName, OrderLine::quantity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, SMIME_1Y, "S/MIME Basic", 4),
            org.assertj.core.groups.Tuple.tuple(2, SMIME_2Y, "S/MIME Basic", 1));
    // imported codes were paid for in the earlier system: nothing is owed here
    assertThat(order.lines()).allSatisfy(l ->
        assertThat(l.price().unitPrice()).isEqualTo(Money.zero(java.util.Currency.getInstance(
            "CHF"))));

    List<Voucher> vouchers = vouchersOf(imported.order());
    assertThat(vouchers).extracting(Voucher::status).containsExactly(VoucherStatus.VALID,
        VoucherStatus.ASSIGNED, VoucherStatus.REDEEMED, VoucherStatus.EXPIRED,
        VoucherStatus.CANCELLED);
    assertThat(vouchers).extracting(Voucher::everRedeemed)
        .containsExactly(false, false, true, false, false);
    assertThat(vouchers).allSatisfy(v -> {
      assertThat(v.order()).isEqualTo(imported.order());
      assertThat(v.partner()).isEqualTo(ACME);
      assertThat(v.issuedAt()).isEqualTo(ProgrammeFixture.START);
    });
    // a date is valid through that day (UTC); an instant is taken as it is
    assertThat(vouchers.get(0).expiresAt()).isEqualTo(Instant.parse("2100-01-01T00:00:00Z"));
    assertThat(vouchers.get(1).expiresAt()).isEqualTo(Instant.parse("2027-04-01T00:00:00Z"));
    assertThat(vouchers.get(3).expiresAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    Voucher assigned = vouchers.get(1);
    assertThat(assigned.assignment().orElseThrow().recipient().value())
        .isEqualTo("jane@customer.example");
    assertThat(assigned.assignment().orElseThrow().sentAt()).isEqualTo(ProgrammeFixture.START);
    assertThat(assigned.comment()).contains("sent by the old shop");
    assertThat(vouchers.get(0).assignment()).isEmpty();
    assertThat(vouchers.get(0).comment()).isEmpty();
    assertThat(vouchers).extracting(v -> v.code().digest()).doesNotHaveDuplicates();

    assertThat(events).filteredOn(ProgrammeEvent.OrderPlaced.class::isInstance).singleElement()
        .isEqualTo(new ProgrammeEvent.OrderPlaced(imported.order(), ACME, 5,
            ProgrammeFixture.START));
  }

  @Test
  void onlyAPartnerManagerImportsAndAnUnknownPartnerIsNotFound_M1_A1() {
    List<ImportRow> rows = List.of(valid(2, "AAAAAA0001"));
    long before = f.store.vouchers().codeCount();

    assertThat(refused(importing(ALICE, ACME, "legacy", rows)).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(refused(importing(SUPPORT, ACME, "legacy", rows)).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(refused(importing(PM, NOWHERE, "legacy", rows)).codes())
        .containsExactly(ReasonCode.NOT_FOUND);

    assertThat(f.store.vouchers().codeCount()).isEqualTo(before);
    assertThat(events).noneMatch(ProgrammeEvent.OrderPlaced.class::isInstance);
  }

  @Test
  void aPartnerWithoutVouchersAndAnUnknownFormatAreNamedTogether_M1_L4() {
    List<ImportRow> rows = List.of(valid(2, "AAAAAA0001"));

    Refusal both = refused(importing(PM, DORMANT, "nope", rows));
    assertThat(both.codes()).containsExactly(ReasonCode.FEATURE_DISABLED,
        ReasonCode.INVALID_INPUT);
    assertThat(only(both, ReasonCode.INVALID_INPUT).details()).containsEntry("field", "format");

    assertThat(refused(importing(PM, DORMANT, "legacy", rows)).codes())
        .containsExactly(ReasonCode.FEATURE_DISABLED);
    assertThat(refused(importing(PM, ACME, "nope", rows)).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    // the format's name is matched without regard to case
    assertThat(ok(importing(PM, ACME, "LEGACY", rows)).vouchers()).isEqualTo(1);
  }

  @Test
  void anImportWithoutRowsIsRefused_M1_L4() {
    Refusal refusal = refused(importing(List.of()));

    assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refusal.reasons().get(0).message()).contains("no rows");
    assertThat(refusal.reasons().get(0).details()).containsEntry("field", "rows");
  }

  @Test
  void everyInvalidRowIsNamedWithItsLineAndProblemsAndNothingIsWritten_M1_L4() {
    String smime = SMIME_1Y.product().value();
    List<ImportRow> rows = List.of(
        valid(2, "AAAAAA0001"),
        valid(3, "SHORT"),
        new ImportRow(4, "AAAAAA0004", "no-such-product", "1", "0", "0", "VALID", FAR, "", ""),
        new ImportRow(5, "AAAAAA0005", smime, "0", "0", "0", "VALID", FAR, "", ""),
        new ImportRow(6, "AAAAAA0006", smime, "1001", "0", "0", "VALID", FAR, "", ""),
        new ImportRow(7, "AAAAAA0007", smime, "1", "00000", "0", "VALID", FAR, "", ""),
        new ImportRow(8, "AAAAAA0008", smime, "1", "x", "0", "VALID", FAR, "", ""),
        new ImportRow(9, "AAAAAA0009", smime, "1", "0", "", "VALID", FAR, "", ""),
        new ImportRow(10, "AAAAAA0010", smime, "5", "0", "0", "VALID", FAR, "", ""),
        row(11, "AAAAAA0011", "RESERVED", ""),
        new ImportRow(12, "AAAAAA0012", smime, "1", "0", "0", "VALID", "31.12.2099", "", ""),
        new ImportRow(13, "AAAAAA0013", smime, "1", "0", "0", "VALID", "", "", ""),
        new ImportRow(14, "AAAAAA0014", smime, "1", "0", "0", "VALID",
            "+10000-01-01T00:00:00Z", "", ""),
        row(15, "AAAAAA0015", "VALID", "jane@customer.example"),
        row(16, "AAAAAA0016", "ASSIGNED", ""),
        row(17, "AAAAAA0017", "ASSIGNED", "not an address"),
        new ImportRow(18, "AAAAAA0018", smime, "1", "0", "0", "VALID", FAR, "", "bell\u0007"),
        new ImportRow(19, "AAAAAA0019", " ", "1", "0", "0", "VALID", FAR, "", ""),
        valid(20, "AAAAAA0020"));
    long before = f.store.vouchers().codeCount();

    Refusal refusal = refused(importing(rows));

    assertThat(refusal.codes()).containsExactly(ReasonCode.IMPORT_ROWS_INVALID);
    Reason reason = refusal.reasons().get(0);
    assertThat(reason.details()).containsEntry("count", 17L)
        .containsEntry("lines", "3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19");
    assertThat(reason.message()).startsWith("17 row(s) are not valid: ")
        .contains("line 3: code: ")
        .contains("line 4: no such product")
        .contains("line 5: product, validity_years, fqdns and wildcards")
        .contains("line 6: product, validity_years")
        .contains("line 7: product, validity_years")
        .contains("line 8: product, validity_years")
        .contains("line 9: product, validity_years")
        .contains("line 11: status must be one of [ASSIGNED, CANCELLED, EXPIRED, REDEEMED, VALID]")
        .contains("line 12: expires_at must be")
        .contains("line 13: expires_at must be")
        .contains("line 14: expires_at must be")
        .contains("line 15: a VALID code has no recipient")
        .contains("line 16: an ASSIGNED code needs its recipient")
        .contains("line 17: recipient: ")
        .contains("line 18: ")
        .contains("line 19: product, validity_years")
        .doesNotContain("line 2:").doesNotContain("line 20:");
    assertThat(reason.message()).containsPattern("line 10: [^;]+");
    assertThat(f.store.vouchers().codeCount()).isEqualTo(before);
    assertThat(events).noneMatch(ProgrammeEvent.OrderPlaced.class::isInstance);
  }

  @Test
  void aRowNamesEveryProblemItHas_M1_L4() {
    Refusal refusal = refused(importing(List.of(new ImportRow(7, "SHORT", "smime", "1", "0", "0",
        "VALID", "never", "jane@customer.example", ""))));

    String message = refusal.reasons().get(0).message();
    assertThat(message).contains("line 7: code: ").contains("line 7: expires_at must be")
        .contains("line 7: a VALID code has no recipient");
    assertThat(refusal.reasons().get(0).details()).containsEntry("count", 1L)
        .containsEntry("lines", "7");
  }

  @Test
  void aRefusalNamesTheFirstTwentyInvalidLinesAndCountsThemAll_M1_L4() {
    List<ImportRow> rows = new ArrayList<>();
    IntStream.rangeClosed(1, ImportService.REPORTED_LINES + 5)
        .forEach(i -> rows.add(row(i, "AAAAAA" + String.format("%04d", i), "RESERVED", "")));

    Reason reason = refused(importing(rows)).reasons().get(0);

    assertThat(reason.details()).containsEntry("count", (long) ImportService.REPORTED_LINES + 5);
    assertThat(reason.details().get("lines").toString().split(", "))
        .hasSize(ImportService.REPORTED_LINES).startsWith("1").endsWith("20");
    assertThat(reason.message()).contains("line 20: ").doesNotContain("line 21: ");
  }

  @Test
  void exactlyTwentyInvalidLinesAreAllNamed_M1_L4() {
    List<ImportRow> rows = new ArrayList<>();
    IntStream.rangeClosed(1, ImportService.REPORTED_LINES)
        .forEach(i -> rows.add(row(i, "AAAAAA" + String.format("%04d", i), "RESERVED", "")));

    Reason reason = refused(importing(rows)).reasons().get(0);

    assertThat(reason.details().get("lines").toString().split(", "))
        .hasSize(ImportService.REPORTED_LINES);
    assertThat(reason.message()).contains("line 20: ");
  }

  @Test
  void aCodeRepeatedWithinTheImportIsNamedByItsLaterLine_M1_C1() {
    long before = f.store.vouchers().codeCount();

    Refusal refusal = refused(importing(List.of(valid(2, "AAAAAA0001"),
        valid(3, "AAAAAA0002"), valid(4, "aaaa aa 0001"))));

    assertThat(refusal.codes()).containsExactly(ReasonCode.IMPORT_DUPLICATE_CODES);
    assertThat(refusal.reasons().get(0).details()).containsEntry("lines", "4")
        .containsEntry("count", 1L);
    assertThat(refusal.reasons().get(0).message()).startsWith("1 line(s) repeat")
        .endsWith("e.g. line(s) [4]");
    assertThat(f.store.vouchers().codeCount()).isEqualTo(before);
  }

  @Test
  void aCodeThatIsStoredAlreadyIsNamedAndNothingIsWritten_M1_C1() {
    ok(importing(List.of(valid(2, "AAAAAA0001"))));
    long before = f.store.vouchers().codeCount();

    Refusal refusal = refused(importing(List.of(valid(2, "BBBBBB0001"), valid(3, "AAAAAA0001"),
        valid(4, "BBBBBB0001"))));

    assertThat(refusal.codes()).containsExactly(ReasonCode.IMPORT_DUPLICATE_CODES,
        ReasonCode.IMPORT_CODES_CLASH);
    assertThat(refusal.reasons().get(1).details()).containsEntry("lines", "3")
        .containsEntry("count", 1L);
    assertThat(refusal.reasons().get(1).message()).startsWith("1 line(s) have a code")
        .endsWith("e.g. line(s) [3]");
    assertThat(f.store.vouchers().codeCount()).isEqualTo(before);
    assertThat(events).filteredOn(ProgrammeEvent.OrderPlaced.class::isInstance).hasSize(1);
  }

  private Either<Refusal, RedeemableVoucher> lookUp(String typed) {
    return f.programme.vouchers().lookUpCode().lookUp(new LookUpCode.Command(
        ProgrammeFixture.CUSTOMER,
        typed, CallerKey.of("import-test")));
  }

  @Test
  void importedCodesAreLookedUpInEveryDeclaredFormatNormalisedAsTyped_M1_C4() {
    ok(importing(List.of(valid(2, "AAAAAA0001"))));
    ok(importing(PM, ACME, "digits", List.of(valid(2, "1234 5678"))));

    assertThat(ok(lookUp("aaaa-aa 0001")).expiresAt())
        .isEqualTo(Instant.parse("2100-01-01T00:00:00Z"));
    assertThat(ok(lookUp("12-34-56-78")).status()).isEqualTo(VoucherStatus.VALID);
    assertThat(refused(lookUp("AAAAAA0002")).codes())
        .containsExactly(ReasonCode.CODE_NOT_REDEEMABLE);
    assertThat(refused(lookUp("AAAA")).codes()).containsExactly(ReasonCode.MALFORMED_CODE);
  }

  @Test
  void anExpiryTextMayHaveFortyCharactersNotOneMore_M1_L4() {
    String forty = "+02027-03-31T22:00:00.123456789+01:00:00";
    String fortyOne = "+002027-03-31T22:00:00.123456789+01:00:00";
    assertThat(forty).hasSize(40);
    assertThat(fortyOne).hasSize(41);
    // both are instants Java reads; the longer one is refused for its length alone
    assertThat(Instant.parse(fortyOne)).isEqualTo(Instant.parse(forty));

    ImportedOrder imported = ok(importing(List.of(new ImportRow(2, "AAAAAA0001", "smime", "1",
        "0", "0", "VALID", forty, "", ""))));
    assertThat(vouchersOf(imported.order()).get(0).expiresAt())
        .isEqualTo(Instant.parse("2027-03-31T21:00:00.123456789Z"));

    Reason reason = refused(importing(List.of(new ImportRow(2, "AAAAAA0002", "smime", "1", "0",
        "0", "VALID", fortyOne, "", "")))).reasons().get(0);
    assertThat(reason.message()).contains("line 2: expires_at must be");
  }

  private void define(Product product) {
    ok(f.programme.catalog().defineProduct().define(new DefineProduct.Command(PM, product)));
  }

  private static ImportRow withFqdns(long line, String product, int fqdns) {
    return new ImportRow(line, String.format("F%09d", line), product, "1",
        Integer.toString(fqdns), "0", "VALID", FAR, "", "");
  }

  @Test
  void anImportHasAtMostAThousandProductConfigurations_M1_O2_L4() {
    define(Product.builder().id(ProductId.of("multi")).name("Multi-domain")
        .kind(ProductKind.SSL_OV).addValidityYears(1).minFqdns(0).maxFqdns(1000).build());
    int most = ImportService.MAX_CONFIGURATIONS;
    List<ImportRow> thousand = new ArrayList<>();
    IntStream.rangeClosed(1, most).forEach(n -> thousand.add(withFqdns(n, "multi", n)));

    ImportedOrder imported = ok(importing(thousand));
    assertThat(imported.vouchers()).isEqualTo(most);
    assertThat(f.store.vouchers().order(imported.order()).orElseThrow().lines()).hasSize(most)
        .extracting(l -> l.configuration().fqdns()).endsWith(999, 1000);

    List<ImportRow> more = new ArrayList<>();
    IntStream.rangeClosed(0, most).forEach(n -> more.add(withFqdns(n + 5000L, "multi", n)));
    Reason reason = refused(importing(more)).reasons().get(0);
    assertThat(reason.code()).isEqualTo(ReasonCode.IMPORT_ROWS_INVALID);
    assertThat(reason.details()).containsEntry("count", 1L).containsEntry("lines", "6000");
    assertThat(reason.message()).contains("line 6000: an import has at most 1000 product"
        + " configurations");
  }

  @Test
  void anImportNamesAtMostAThousandProducts_M1_L4() {
    int most = ImportService.MAX_CONFIGURATIONS;
    List<ImportRow> rows = new ArrayList<>();
    for (int n = 0; n < most; n++) {
      String id = String.format("p%04d", n);
      define(Product.builder().id(ProductId.of(id)).name("Product " + n)
          .kind(ProductKind.EMAIL_SMIME).addValidityYears(1).build());
      rows.add(withFqdns(n + 1L, id, 0));
    }
    assertThat(ok(importing(rows)).vouchers()).isEqualTo(most);

    List<ImportRow> more = new ArrayList<>();
    for (int n = 0; n <= most; n++) {
      more.add(withFqdns(n + 5000L, String.format("p%04d", n), 0));
    }
    Reason reason = refused(importing(more)).reasons().get(0);
    assertThat(reason.details()).containsEntry("count", 1L).containsEntry("lines", "6000");
    assertThat(reason.message()).contains("line 6000: too many products");
  }

  @Test
  void aStoredCodeAloneIsNamedAsAClashOnly_M1_C1() {
    ok(importing(List.of(valid(2, "AAAAAA0001"))));

    Refusal refusal = refused(importing(List.of(valid(2, "BBBBBB0001"), valid(3, "AAAAAA0001"))));

    assertThat(refusal.codes()).containsExactly(ReasonCode.IMPORT_CODES_CLASH);
  }

  /** A store whose order numbers are taken for the first {@code taken} tries. */
  private static final class TakenNumbers implements CodeImports {
    private final CodeImports store;
    private final int taken;
    private final List<Order> tried = new ArrayList<>();

    TakenNumbers(CodeImports store, int taken) {
      this.store = store;
      this.taken = taken;
    }

    @Override
    public Clashes importOrder(Order order, java.util.function.Consumer<
        java.util.function.Consumer<Imported>> vouchers, int limit) {
      tried.add(order);
      if (tried.size() <= taken) {
        throw new OrderNumberTaken(order.number());
      }
      return store.importOrder(order, vouchers, limit);
    }
  }

  private VoucherProgramme over(CodeImports imports) {
    return VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder().redemptionBaseUrl(ProgrammeFixture.REDEEM)
            .addImportFormats(LEGACY).build())
        .clock(f.clock).vouchers(f.vouchers).partners(f.store.partners()).catalog(f.store.catalog())
        .mandates(f.store.mandates()).codeVault(f.vault).codeImports(imports).build();
  }

  @Test
  void aTakenOrderNumberIsDrawnAgain_M1_M4() {
    TakenNumbers imports = new TakenNumbers(f.store.codeImports(), 10);

    ImportedOrder imported = ok(over(imports).ordering().importCodes().importCodes(
        new ImportCodes.Command(
        PM, ACME, "legacy", List.of(valid(2, "AAAAAA0001"))::forEach)));

    assertThat(imports.tried).hasSize(11);
    assertThat(imports.tried.get(10).number()).isEqualTo(imported.number());
    assertThat(imports.tried).extracting(Order::id).containsOnly(imported.order());
    assertThat(f.store.vouchers().order(imported.order()).orElseThrow().number())
        .isEqualTo(imported.number());
  }

  @Test
  void numbersThatKeepBeingTakenGiveUpWithoutWritingAnything_M1_M4_L4() {
    TakenNumbers imports = new TakenNumbers(f.store.codeImports(), Integer.MAX_VALUE);
    long before = f.store.vouchers().codeCount();

    Refusal refusal = refused(over(imports).ordering().importCodes().importCodes(
        new ImportCodes.Command(
        PM, ACME, "legacy", List.of(valid(2, "AAAAAA0001"))::forEach)));

    assertThat(refusal.codes()).containsExactly(ReasonCode.CONCURRENT_UPDATE);
    assertThat(imports.tried).hasSize(11);
    assertThat(f.store.vouchers().codeCount()).isEqualTo(before);
  }
}
