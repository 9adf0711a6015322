// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The quickstart runs through and shows what the README promises. */
class QuickstartTest {

  @Test
  void walksTheWholeLifecycle() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:quickstart;DB_CLOSE_DELAY=-1");
    new Quickstart(new PrintStream(bytes, true, StandardCharsets.UTF_8), h2).run();
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("SSL DV", "unit CHF 39.90", "(TIER_PRICE)") // T-2 explicit GOLD price
        .contains("unit CHF 199.20", "(TIER_DISCOUNT)") // T-2 GOLD 20 % of 249.00
        .contains("total CHF 318.90") // O-3: 3 x 39.90 + 199.20
        .contains("code,status,product") // S-1 header
        .contains("to it@baeckerei-mueller.ch: https://shop.example/redeem?link=") // S-2, G-2
        .contains("-> REDEEMED")
        .contains("Cancel? no", "VOUCHER_IN_USE (V-6)", "VOUCHER_WAS_REDEEMED (V-6)")
        .contains("3 voucher(s) expired") // V-4
        .contains("VALID    -> ASSIGNED", "VALID    -> REDEEMED", "ASSIGNED -> EXPIRED");
  }
}
