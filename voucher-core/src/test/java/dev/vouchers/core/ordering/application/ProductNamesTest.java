// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.programme.application.ProgrammeFixture;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_PRODUCT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.voucher.port.in.VoucherView;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Views name their product from a short-lived cache; rules are never cached (P-1, P-2). */
class ProductNamesTest {
  private final ProgrammeFixture f = ProgrammeFixture.create();

  @Test
  void aProductRedefinedThroughTheProgrammeIsRenamedAtOnce_P1() {
    VoucherView before = f.single(SMIME_1Y);
    assertThat(before.productName()).isEqualTo("S/MIME Basic");
    ok(f.programme.catalog().defineProduct().define(new DefineProduct.Command(PM,
        Product.copyOf(SMIME_PRODUCT).withName("S/MIME Pro"))));
    assertThat(f.view(before.id()).productName()).isEqualTo("S/MIME Pro");
  }

  @Test
  void aProductRenamedElsewhereShowsItsNewNameWithinAMinute_P1() {
    VoucherView before = f.single(SMIME_1Y);
    f.store.catalog().save(Product.copyOf(SMIME_PRODUCT).withName("Renamed by another instance"));
    assertThat(f.view(before.id()).productName()).isEqualTo("S/MIME Basic");
    f.advance(ProductNames.KEEP.minusSeconds(1));
    assertThat(f.view(before.id()).productName()).isEqualTo("S/MIME Basic");
    f.advance(Duration.ofSeconds(1));
    assertThat(f.view(before.id()).productName()).isEqualTo("Renamed by another instance");
  }
}
