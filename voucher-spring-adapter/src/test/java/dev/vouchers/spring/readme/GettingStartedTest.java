// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.spring.shop.TestShop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 17: the README's "Getting started" works as written on a fresh database, and the
 * README shows {@link VoucherShop} exactly as it is compiled and run here.
 */
@SpringBootTest(classes = GettingStartedTest.Shop.class, properties = {
    // the README's properties, with demo keys instead of the environment variables
    "vouchers.redemption-base-url=https://shop.example/redeem",
    "vouchers.codes.lookup-key=" + TestShop.LOOKUP_KEY,
    "vouchers.codes.encryption-key=" + TestShop.ENCRYPTION_KEY,
    "vouchers.jdbc.initialize-schema=true"})
class GettingStartedTest {
  /** A shop that has nothing but the starter and the README's class. */
  @SpringBootApplication
  static class Shop {}

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:readme-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Autowired VoucherShop shop;

  @Test
  void theWholePathWorksOnAFreshDatabase_O1_S2_C4() {
    assertThat(shop.setUp().isRight()).as("set up").isTrue();
    PlacedOrder placed = shop.orderAndSend("it@baeckerei-mueller.ch").get();
    assertThat(placed.codes()).hasSize(5);

    String typed = shop.shown(placed, 1).toLowerCase(Locale.ROOT).replace('-', ' ');
    VoucherView redeemed = shop.redeem(typed, "192.0.2.1").get();
    assertThat(redeemed.status()).isEqualTo(VoucherStatus.REDEEMED);
    // V-1: a redeemed voucher is not redeemed again
    assertThat(shop.redeem(typed, "192.0.2.1").getLeft().codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
  }

  @Test
  void theReadmeShowsTheClassAsItIsCompiled() throws IOException {
    Path here = Path.of("src/test/java/dev/vouchers/spring/readme/VoucherShop.java");
    String source = Files.readString(here, StandardCharsets.UTF_8);
    // the README shows it inside a numbered step, indented by three spaces
    String shown = source.substring(source.indexOf("import ")).strip().lines()
        .map(line -> line.isEmpty() ? line : "   " + line)
        .collect(java.util.stream.Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).as("README.md shows VoucherShop.java from its imports on")
        .contains(shown);
  }
}
