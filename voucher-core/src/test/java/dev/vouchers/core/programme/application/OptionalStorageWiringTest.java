// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.ordering.domain.ImportRow;
import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.ordering.port.in.UsageReport;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.subscription.port.in.ListOffers;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.voucher.domain.code.ImportFormat;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The optional storage of a programme (M-1 imports, M-3 search, M-6 usage, E-1 erasure, R-1
 * reseller programme, U-1 subscriptions): taken from the settings given to the builder, else
 * from the vouchers storage when it offers them, else a wiring mistake that names the builder
 * setting (an exception, not a refusal) -- except the subscription sweep, which finds nothing
 * due so that a scheduler running every sweep stays quiet.
 */
class OptionalStorageWiringTest {

  private static final ImportFormat LEGACY =
      new ImportFormat("legacy", "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10, false);

  /** The fixture's partners and catalogue, over vouchers storage that is nothing else. */
  private final ProgrammeFixture f = ProgrammeFixture.withVouchers(ScriptedVouchers::new);

  private VoucherProgramme programme(UnaryOperator<ProgrammeBuilder> more) {
    return more.apply(VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder().redemptionBaseUrl(ProgrammeFixture.REDEEM)
            .addImportFormats(LEGACY).build())
        .clock(f.clock).vouchers(f.vouchers).partners(f.store.partners()).catalog(f.store.catalog())
        .mandates(f.store.mandates()).codeVault(f.vault)).build();
  }

  private static SearchVouchers.Command search() {
    return new SearchVouchers.Command(SUPPORT, Optional.empty(), SearchVouchers.By.CUSTOMER_NAME,
        "Jane Customer", PageRequest.first(10));
  }

  private static UsageReport.Command usage() {
    return new UsageReport.Command(SUPPORT, Optional.empty(), ProgrammeFixture.START,
        ProgrammeFixture.START.plus(Duration.ofDays(1)), UsageBucket.DAY);
  }

  private static ImportCodes.Command imports() {
    return new ImportCodes.Command(PM, ACME, "legacy", List.of(new ImportRow(2, "AAAAAA0001",
        SMIME_1Y.product().value(), "1", "0", "0", "VALID", "2099-12-31", "", ""))::forEach);
  }

  private static ErasePersonalData.Command erase() {
    return new ErasePersonalData.Command(SUPPORT, Optional.of("jane@customer.example"),
        Optional.empty(), Optional.empty());
  }

  @Test
  void withoutTheirStorageTheOptionalUseCasesNameTheSettingToWire_M1_M3_M6_E1() {
    VoucherProgramme bare = programme(b -> b);

    assertThatThrownBy(() -> bare.ordering().searchVouchers().search(search()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("voucherSearches(...)");
    assertThatThrownBy(() -> bare.ordering().usageReport().rows(usage(), row -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("usageReports(...)");
    assertThatThrownBy(() -> bare.ordering().importCodes().importCodes(imports()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("codeImports(...)");
    assertThatThrownBy(() -> bare.erasePersonalData().erase(erase()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("personalData(...)");
    assertThatThrownBy(() -> bare.sweepPersonalData(Duration.ofDays(30), 10))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("personalData(...)");
  }

  @Test
  void storageGivenToTheBuilderIsUsedBesideVouchersStorageThatHasNone_M1_M3_M6_E1() {
    VoucherProgramme wired = programme(b -> b.voucherSearches(f.store.voucherSearches())
        .usageReports(f.store.usageReports())
        .codeImports(f.store.codeImports()).personalData(f.store.personalData()));

    assertThat(ok(wired.ordering().importCodes().importCodes(imports())).vouchers()).isEqualTo(1);
    assertThat(ok(wired.ordering().searchVouchers().search(new SearchVouchers.Command(SUPPORT,
        Optional.empty(), SearchVouchers.By.NOTES, "imported in format legacy",
        PageRequest.first(10)))).items()).hasSize(1);
    assertThat(ok(wired.ordering().usageReport().rows(usage(), row -> { }))).isEqualTo(1L);
    assertThat(ok(wired.erasePersonalData().erase(erase()))).isNotNull();
    assertThat(wired.sweepPersonalData(Duration.ofDays(30), 10)).isNotNegative();
  }

  @Test
  void withoutSubscriptionStorageItsUseCasesNameTheSettingAndItsSweepFindsNothing_U1_U4() {
    VoucherProgramme bare = programme(b -> b);

    assertThatThrownBy(() -> bare.subscriptions().listOffers().list(new ListOffers.Command(ALICE)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(".subscriptions(...)");
    assertThat(ok(bare.subscriptions().renewOrExpireSubscriptions().renewOrExpire(
        new RenewOrExpireSubscriptions.Command(PLATFORM, 100))))
        .isEqualTo(new RenewOrExpireSubscriptions.Swept(0, 0, 0));
  }

  @Test
  void withoutResellerStorageItsUseCasesNameTheSetting_R1() {
    VoucherProgramme bare = programme(b -> b);
    assertThatThrownBy(() -> bare.resellers().applyAsReseller().apply(
        new ApplyAsReseller.Command(ALICE, ACME, Optional.empty())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(".resellerApplications(...)");
  }
}
