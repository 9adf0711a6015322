// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.code.CodeKey;
import dev.vouchers.core.voucher.domain.code.CodeKeyRing;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.core.voucher.port.in.RekeyCodes.Progress;
import io.vavr.control.Either;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * G-4 in the core: who runs the re-keying job, its limit, the batches it moves codes in, and
 * what it reports. The stores' part is pinned by the testkit's {@code KeyRotationContract}.
 */
class KeyRotationJobTest {

  private final CodeKeyRing before = CodeKeyRing.of(CodeVault.randomKey(CodeKey.INITIAL));
  private final ProgrammeFixture f = ProgrammeFixture.withVault(CodeVault.of(before));

  private VoucherProgramme rotated(CodeKeyRing ring) {
    return VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder().redemptionBaseUrl(ProgrammeFixture.REDEEM).build())
        .clock(f.clock).vouchers(f.vouchers).partners(f.store.partners()).catalog(f.store.catalog())
        .mandates(f.store.mandates()).codeVault(CodeVault.of(ring)).build();
  }

  private static Either<Refusal, Progress> rekey(VoucherProgramme programme, Actor who,
      int limit) {
    return programme.vouchers().rekeyCodes().rekey(new RekeyCodes.Command(who, limit));
  }

  @Test
  void onlyServicesAndVendorStaffRunTheJobAndItsLimitIsNotNegative_G4_L4() {
    f.order(line(SMIME_1Y, 3));
    VoucherProgramme programme = rotated(before.rotatedTo(CodeVault.randomKey("k2")));

    for (Actor who : new Actor[] {ALICE, CUSTOMER}) {
      assertThat(refused(rekey(programme, who, 10)).codes()).as("%s", who)
          .containsExactly(ReasonCode.NOT_PERMITTED);
    }
    assertThat(refused(rekey(programme, PLATFORM, -1)).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(f.store.codeRekeying().codesUnder(java.util.Set.of(CodeKey.INITIAL)))
        .containsEntry(CodeKey.INITIAL, 3L);

    Progress report = ok(rekey(programme, SUPPORT, 0));
    assertThat(report.currentKey()).isEqualTo("k2");
    assertThat(report.moved()).isZero();
    assertThat(report.remaining()).containsExactly(Map.entry(CodeKey.INITIAL, 3L));
    assertThat(ok(rekey(programme, PM, 1)).moved()).isEqualTo(1);
    assertThat(ok(rekey(programme, PLATFORM, 1)).remaining())
        .containsExactly(Map.entry(CodeKey.INITIAL, 1L));
    assertThat(programme.codesRekeyed()).isEqualTo(2);
  }

  @Test
  void theJobMovesCodesInBatchesUpToItsLimitAndStopsWhenNoneIsLeft_G4_L2() {
    int batch = KeyRotationService.BATCH;
    long stored = 3L * batch + 1;
    f.order(line(SMIME_1Y, 1000));
    f.order(line(SMIME_1Y, (int) stored - 1000));
    VoucherProgramme programme = rotated(before.rotatedTo(CodeVault.randomKey("k2")));

    Progress first = ok(rekey(programme, PLATFORM, 2 * batch + 100));
    assertThat(first.moved()).isEqualTo(2L * batch + 100);
    assertThat(first.remaining())
        .containsExactly(Map.entry(CodeKey.INITIAL, stored - 2L * batch - 100));
    assertThat(first.droppable(CodeKey.INITIAL)).isFalse();

    Progress rest = ok(rekey(programme, PLATFORM, Integer.MAX_VALUE));
    assertThat(rest.moved()).isEqualTo(stored - 2L * batch - 100);
    assertThat(rest.droppable(CodeKey.INITIAL)).isTrue();
    assertThat(f.store.codeRekeying().codesUnder(java.util.Set.of("k2"))).containsEntry("k2", stored);

    Progress nothing = ok(rekey(programme, PLATFORM, Integer.MAX_VALUE));
    assertThat(nothing.moved()).isZero();
    assertThat(programme.codesRekeyed()).isEqualTo(stored);
  }

  @Test
  void aRingWithoutOlderKeysHasNothingToMoveOrReport_G4() {
    f.order(line(SMIME_1Y, 2));

    Progress progress = ok(rekey(f.programme, PLATFORM, 100));

    assertThat(progress.currentKey()).isEqualTo(CodeKey.INITIAL);
    assertThat(progress.moved()).isZero();
    assertThat(progress.remaining()).isEmpty();
  }

  @Test
  void codesKeptShownOnceStayUnderTheirOlderKey_G4_C5() {
    byte[] lookup = new byte[32];
    new SecureRandom().nextBytes(lookup);
    CodeKeyRing shownOnce = CodeKeyRing.of(CodeKey.shownOnce(CodeKey.INITIAL, lookup));
    ProgrammeFixture g = ProgrammeFixture.withVault(CodeVault.of(shownOnce));
    g.order(line(SMIME_1Y, 3));
    byte[] next = new byte[32];
    new SecureRandom().nextBytes(next);
    VoucherProgramme programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder().redemptionBaseUrl(ProgrammeFixture.REDEEM).build())
        .clock(g.clock).vouchers(g.vouchers).partners(g.store.partners()).catalog(g.store.catalog())
        .mandates(g.store.mandates())
        .codeVault(CodeVault.of(shownOnce.rotatedTo(CodeKey.shownOnce("k2", next)))).build();

    Progress progress = ok(rekey(programme, PLATFORM, 100));

    assertThat(progress.moved()).isZero();
    assertThat(progress.remaining()).containsExactly(Map.entry(CodeKey.INITIAL, 3L));
    assertThat(programme.codesRekeyed()).isZero();
  }
}
