// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * S-1: the CSV export streams an order's codes from one cursor, and needs no second connection
 * while it does: with a pool of one, it completes instead of waiting for itself.
 */
class StreamingExportTest {

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRES"})
  void exportStreamsEveryCodeOverASingleConnection_S1(TestDatabase database) {
    try (ProgrammeOverJdbc shop = ProgrammeOverJdbc.withPoolOf(database, 1)) {
      PlacedOrder placed = shop.place(2_500);
      StringWriter csv = new StringWriter();

      var exported = shop.programme().ordering().exportOrderCodes().export(
          new ExportOrderCodes.Command(shop.partnerUser, placed.order().id(), csv));

      assertThat(exported.isRight()).as("%s", exported).isTrue();
      assertThat(exported.get()).isEqualTo(2_500L);
      List<String> lines = csv.toString().lines().toList();
      assertThat(lines).hasSize(2_501);
      // vouchers come in id order, which is the order the codes were handed out in
      for (int i = 0; i < placed.codes().size(); i += 499) {
        VoucherCode code = placed.codes().get(i);
        assertThat(lines.get(i + 1)).startsWith(shop.display(code) + ",VALID,");
      }
    }
  }
}
