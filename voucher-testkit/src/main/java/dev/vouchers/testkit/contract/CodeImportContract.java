// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.ImportRow;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.ImportFormat;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * M-1: codes of an earlier system imported as an imported order, over each adapter: they are
 * found and redeemed in their own format, native codes still first; a batch is all or nothing,
 * with repeated codes, stored codes and invalid rows each reported by their first lines and
 * their number (L-4: never an exception).
 */
public abstract class CodeImportContract extends ProgrammeOverStorage {
  /** Eight symbols of upper-case letters and digits, I and O included (not Crockford). */
  protected static final ImportFormat LEGACY =
      new ImportFormat("legacy", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8, false);
  /** Ten case-sensitive letters. */
  protected static final ImportFormat SHOPX =
      new ImportFormat("shopx", "abcdefghijABCDEFGHIJ", 10, true);
  private static final Actor CUSTOMER = new Actor.CodeHolder("customer");

  /** The programme with the declared import formats, over the same storage. */
  protected VoucherProgramme importing;

  @BeforeEach
  final void buildImportingProgramme() {
    importing = programmeWith(ProgrammeSettings.builder()
        .redemptionBaseUrl(URI.create("https://shop.example/redeem"))
        .addImportFormats(LEGACY, SHOPX).build());
  }

  /** A valid row of the partner's product. */
  protected static ImportRow row(long line, String code, String status, String recipient) {
    return new ImportRow(line, code, PRODUCT.value(), "1", "1", "0", status, "2027-06-30",
        recipient, "sold at the fair 2025");
  }

  /** Rows with consecutive lines and the codes {@code prefix + n}, padded to eight symbols. */
  protected static List<ImportRow> rows(String prefix, int count) {
    List<ImportRow> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String n = Integer.toString(i, 36).toUpperCase(java.util.Locale.ROOT);
      String code = prefix + "0".repeat(8 - prefix.length() - n.length()) + n;
      rows.add(row(i + 2, code, "VALID", ""));
    }
    return rows;
  }

  /** Imports the rows in the format as the partner manager. */
  protected Either<Refusal, ImportCodes.ImportedOrder> importRows(String format,
      List<ImportRow> rows) {
    return importing.ordering().importCodes().importCodes(
        new ImportCodes.Command(MANAGER, PARTNER, format, rows::forEach));
  }

  private Either<Refusal, VoucherView> redeem(String typed) {
    return importing.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(CUSTOMER,
        VoucherRef.code(typed, CallerKey.of("c1"))));
  }

  private Either<Refusal, ?> lookUp(String typed) {
    return importing.vouchers().lookUpCode().lookUp(new LookUpCode.Command(CUSTOMER, typed,
        CallerKey.of("c2")));
  }

  @Test
  void importedCodeRedeemsInItsOwnFormat_M1() {
    ImportCodes.ImportedOrder imported = require(importRows("legacy", List.of(
        row(2, "AB12IO34", "VALID", ""), row(3, "ZZ99LU00", "VALID", ""))));
    assertThat(imported.vouchers()).isEqualTo(2);

    // typed in lower case with separators: normalised by its own format
    assertThat(lookUp("ab12-io34").isRight()).isTrue();
    assertThat(require(redeem("ab12 io34")).status()).isEqualTo(VoucherStatus.REDEEMED);
    assertThat(refusal(redeem("AB12IO34")).codes())
        .containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
    // a code of no declared format is refused as malformed, before storage is asked (C-4)
    assertThat(refusal(lookUp("AB12IO3")).codes()).containsExactly(ReasonCode.MALFORMED_CODE);
  }

  @Test
  void caseSensitiveFormatKeepsCase_M1() {
    require(importRows("shopx", List.of(row(2, "abcdeABCDE", "VALID", ""))));

    assertThat(lookUp("abcde-ABCDE").isRight()).isTrue();
    assertThat(refusal(lookUp("ABCDEABCDE")).codes())
        .containsExactly(ReasonCode.CODE_NOT_REDEEMABLE);
  }

  @Test
  void nativeCodesStillRedeemBesideImportedOnes_M1_C4() {
    require(importRows("legacy", rows("N", 3)));
    PlacedOrder placed = require(importing.ordering().orderVouchers().order(
        new dev.vouchers.core.ordering.port.in.OrderVouchers.Command(AGENT, PARTNER,
            new dev.vouchers.core.ordering.domain.OrderRequest(java.util.Optional.empty(),
                java.util.Optional.empty(), "invoice", List.of(
                new dev.vouchers.core.ordering.domain.OrderRequest.Line(PRODUCT.value(), 1, 1,
                    0, 1))))));
    String code = placed.codes().get(0).reveal();

    assertThat(require(redeem(code.toLowerCase(java.util.Locale.ROOT))).id())
        .isEqualTo(placed.voucher(0));
  }

  @Test
  void importedRowsKeepStatusExpiryRecipientAndNoteInAnImportedOrder_M1() {
    ImportCodes.ImportedOrder imported = require(importRows("legacy", List.of(
        row(2, "ASSIGN01", "assigned", "kunde@example.ch"),
        row(3, "REDEEM01", "REDEEMED", "kunde@example.ch"),
        row(4, "CANCEL01", "CANCELLED", ""))));

    Order order = storage.vouchers().order(imported.order()).orElseThrow();
    assertThat(order.imported()).isTrue();
    assertThat(order.number()).isEqualTo(imported.number());
    assertThat(order.voucherCount()).isEqualTo(3);
    Map<String, Voucher> byLastFour = new java.util.HashMap<>();
    ContractData.vouchersOf(storage.vouchers(), order.id())
        .forEach(v -> byLastFour.put(v.code().lastFour(), v));
    Voucher assigned = byLastFour.get("GN01");
    assertThat(assigned.status()).isEqualTo(VoucherStatus.ASSIGNED);
    assertThat(assigned.assignment().orElseThrow().recipient().value())
        .isEqualTo("kunde@example.ch");
    assertThat(assigned.comment()).contains("sold at the fair 2025");
    assertThat(assigned.expiresAt()).isEqualTo(Instant.parse("2027-07-01T00:00:00Z"));
    assertThat(byLastFour.get("EM01").status()).isEqualTo(VoucherStatus.REDEEMED);
    assertThat(byLastFour.get("EM01").everRedeemed()).isTrue();
    assertThat(byLastFour.get("EL01").status()).isEqualTo(VoucherStatus.CANCELLED);
    // C-5: sealed like a native code, shown to its owner as the earlier system printed it
    VoucherView view = require(importing.vouchers().getVoucher().get(
        new GetVoucher.Command(AGENT, assigned.id()))).voucher();
    assertThat(view.code()).isEqualTo("ASSIGN01");
    java.io.StringWriter csv = new java.io.StringWriter();
    require(importing.ordering().exportOrderCodes().export(
        new dev.vouchers.core.ordering.port.in.ExportOrderCodes.Command(AGENT, order.id(), csv)));
    assertThat(csv.toString()).contains("ASSIGN01").contains("REDEEM01").contains("CANCEL01");
    // a cancelled imported code answers like an unknown one
    assertThat(refusal(lookUp("CANCEL01")).codes())
        .containsExactly(ReasonCode.CODE_NOT_REDEEMABLE);
  }

  @Test
  void clashingBatchImportsNothing_M1() {
    require(importRows("legacy", rows("A", 3)));
    long codes = storage.vouchers().codeCount();
    List<ImportRow> batch = new ArrayList<>(rows("B", 5));
    batch.add(row(7, "A0000001", "VALID", "")); // stored by the first import
    batch.add(row(8, "B0000002", "VALID", "")); // repeats line 4

    Refusal refusal = refusal(importRows("legacy", batch));

    assertThat(refusal.codes()).containsExactly(ReasonCode.IMPORT_DUPLICATE_CODES,
        ReasonCode.IMPORT_CODES_CLASH);
    assertThat(refusal.reasons().get(0).details()).containsEntry("lines", "8")
        .containsEntry("count", 1L);
    assertThat(refusal.reasons().get(1).details()).containsEntry("lines", "7")
        .containsEntry("count", 1L);
    assertThat(storage.vouchers().codeCount()).isEqualTo(codes);
    assertThat(refusal(lookUp("B0000000")).codes())
        .containsExactly(ReasonCode.CODE_NOT_REDEEMABLE);
  }

  @Test
  void clashReportIsBoundedToTheFirstLinesAndACount_M1_L4() {
    List<ImportRow> batch = new ArrayList<>(rows("D", 1));
    for (int i = 0; i < 30; i++) {
      batch.add(row(100 + i, "D0000000", "VALID", ""));
    }

    Refusal refusal = refusal(importRows("legacy", batch));

    assertThat(refusal.codes()).containsExactly(ReasonCode.IMPORT_DUPLICATE_CODES);
    assertThat(refusal.reasons().get(0).details()).containsEntry("count", 30L);
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      first.add(Integer.toString(100 + i));
    }
    assertThat(refusal.reasons().get(0).details())
        .containsEntry("lines", String.join(", ", first));
  }

  @Test
  void invalidRowsAreRefusedWithTheirLinesAndNothingIsWritten_M1_L4() {
    long codes = storage.vouchers().codeCount();
    List<ImportRow> batch = new ArrayList<>(rows("E", 2));
    batch.add(row(10, "E!000009", "VALID", ""));            // not in the alphabet
    batch.add(row(11, "E00000099", "VALID", ""));           // too long
    batch.add(row(12, "E0000010", "PENDING", ""));          // not importable
    batch.add(row(13, "E0000011", "ASSIGNED", ""));         // no recipient
    batch.add(new ImportRow(14, "E0000012", "nope", "x", "1", "0", "VALID", "31.12.2027",
        "not-an-address", "\u0000"));                       // everything wrong
    batch.add(row(15, "", "VALID", ""));                    // empty code

    Refusal refusal = refusal(importRows("legacy", batch));

    assertThat(refusal.codes()).containsExactly(ReasonCode.IMPORT_ROWS_INVALID);
    assertThat(refusal.reasons().get(0).details())
        .containsEntry("lines", "10, 11, 12, 13, 14, 15")
        .containsEntry("count", 6L);
    assertThat(storage.vouchers().codeCount()).isEqualTo(codes);
    assertThat(refusal(lookUp("E0000000")).codes())
        .containsExactly(ReasonCode.CODE_NOT_REDEEMABLE);
  }

  @Test
  void onlyPartnerManagersImportIntoADeclaredFormat_M1_A1() {
    assertThat(refusal(importing.ordering().importCodes().importCodes(new ImportCodes.Command(AGENT,
        PARTNER, "legacy", rows("F", 1)::forEach))).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(refusal(importing.ordering().importCodes().importCodes(new ImportCodes.Command(
        SUPPORT,
        PARTNER, "legacy", rows("F", 1)::forEach))).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(refusal(importRows("nosuch", rows("F", 1))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refusal(importRows("legacy", List.of())).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
  }

  @Test
  void anImportLargerThanOneBatchIsStoredWhole_M1() {
    ImportCodes.ImportedOrder imported = require(importRows("legacy", rows("G", 2_345)));

    assertThat(imported.vouchers()).isEqualTo(2_345);
    assertThat(storage.vouchers().tally(imported.order(), clock.instant()).total())
        .isEqualTo(2_345L);
    assertThat(lookUp("G00001SW").isRight()).isTrue();
    assertThat(storage.vouchers().voucher(VoucherId.of(imported.order(), 2_345))).isPresent();
  }
}
