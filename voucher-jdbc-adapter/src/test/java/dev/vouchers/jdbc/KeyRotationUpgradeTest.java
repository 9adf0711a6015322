// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.code.CodeKey;
import dev.vouchers.core.voucher.domain.code.CodeKeyRing;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * G-4 over JDBC: a database of before key ids (no {@code code_key} columns) is brought up to
 * date by the schema script ({@code ADD COLUMN IF NOT EXISTS ... DEFAULT 'initial'}); its codes
 * are then read as stored under the {@link CodeKey#INITIAL} key, found by a programme on a
 * rotated ring and moved to the new key by the re-keying job.
 */
class KeyRotationUpgradeTest {

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES"})
  void rowsStoredBeforeKeyIdsAreTheInitialKeysAndCanBeRekeyed_G4(TestDatabase database)
      throws SQLException {
    CodeKeyRing before = CodeKeyRing.of(CodeVault.randomKey(CodeKey.INITIAL));
    try (ProgrammeOverJdbc library = ProgrammeOverJdbc.on(database, CodeVault.of(before))) {
      PlacedOrder order = library.place(5);
      assertThat(library.sendActivationLink(order.voucher(0), "old@customer.example").isRight())
          .isTrue();
      // the database as it was before key ids: no code_key columns
      try (Connection c = library.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute("DROP INDEX vouchers_vouchers_by_code_key");
        s.execute("DROP INDEX vouchers_outbox_by_code_key");
        s.execute("ALTER TABLE vouchers_vouchers DROP COLUMN code_key");
        s.execute("ALTER TABLE vouchers_outbox DROP COLUMN code_key");
      }
      JdbcSchema.initialize(library.dataSource());

      VoucherProgramme rotated = VoucherProgramme.builder()
          .settings(ProgrammeSettings.builder()
              .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
          .clock(Clock.systemUTC())
          .vouchers(library.storage().vouchers()).partners(library.storage().partners())
          .catalog(library.storage().catalog()).mandates(library.storage().mandates())
          .codeRekeying(library.storage().codeRekeying())
          .codeVault(CodeVault.of(before.rotatedTo(CodeVault.randomKey("k2"))))
          .build();
      Actor operator = new Actor.Service("key-rotation");
      assertThat(rotated.vouchers().rekeyCodes().rekey(new RekeyCodes.Command(operator, 0)).get()
          .remaining()).containsEntry(CodeKey.INITIAL, 6L);
      assertThat(rotated.vouchers().lookUpCode().lookUp(new LookUpCode.Command(library.customer,
          order.codes().get(3).reveal(), CallerKey.of("test"))).isRight()).isTrue();
      RekeyCodes.Progress progress =
          rotated.vouchers().rekeyCodes().rekey(new RekeyCodes.Command(operator, 100)).get();
      assertThat(progress.moved()).isEqualTo(6);
      assertThat(progress.droppable(CodeKey.INITIAL)).isTrue();
      assertThat(library.storage().codeRekeying().codesUnder(Set.of("k2")))
          .containsEntry("k2", 6L);
    }
  }
}
