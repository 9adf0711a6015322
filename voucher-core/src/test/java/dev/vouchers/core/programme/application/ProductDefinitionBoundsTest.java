// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderRequest;
import io.vavr.control.Either;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * P-1, L-4: the limits a product definition is checked against, each inclusive: validity up
 * to {@value OrderRequest#MAX_VALIDITY_YEARS} years, up to 10,000 FQDNs and wildcards, a name
 * that is not blank. A refused definition stores nothing.
 */
class ProductDefinitionBoundsTest {

  /** The most FQDNs or wildcards a product may allow. */
  private static final int MAX_NAMES = 10_000;

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private Either<Refusal, Product> define(String id, UnaryOperator<Product.Builder> product) {
    return define(id, "Bounded", product);
  }

  private Either<Refusal, Product> define(String id, String name,
      UnaryOperator<Product.Builder> product) {
    return f.programme.catalog().defineProduct().define(new DefineProduct.Command(PM, product.apply(
        Product.builder().id(ProductId.of(id)).name(name).kind(ProductKind.SSL_OV)
            .addValidityYears(1)).build()));
  }

  @Test
  void theLongestValidityIsAcceptedOneYearMoreIsNot_P1_L4() {
    ok(define("longest", p -> p.addValidityYears(OrderRequest.MAX_VALIDITY_YEARS)));

    Refusal refusal = refused(define("too-long",
        p -> p.addValidityYears(OrderRequest.MAX_VALIDITY_YEARS + 1)));
    assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refusal.reasons().get(0).message()).contains("1.." + OrderRequest.MAX_VALIDITY_YEARS);
    assertThat(f.store.catalog().product(ProductId.of("too-long"))).isEmpty();
    assertThat(f.store.catalog().product(ProductId.of("longest"))).isPresent();
  }

  @Test
  void theMostNamesAreAcceptedOneMoreFqdnOrWildcardIsNot_P1_L4() {
    ok(define("most", p -> p.maxFqdns(MAX_NAMES).maxWildcards(MAX_NAMES)));

    assertThat(refused(define("fqdns", p -> p.maxFqdns(MAX_NAMES + 1))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refused(define("wildcards", p -> p.maxWildcards(MAX_NAMES + 1))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(f.store.catalog().product(ProductId.of("fqdns"))).isEmpty();
    assertThat(f.store.catalog().product(ProductId.of("wildcards"))).isEmpty();
  }

  @Test
  void aBlankNameIsRefusedWithTheOtherProblems_P1_L4() {
    Refusal refusal = refused(define("blank", "  ", p -> p.maxFqdns(MAX_NAMES + 1)));

    assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT,
        ReasonCode.INVALID_INPUT);
    assertThat(refusal.reasons().get(0).message()).isEqualTo("product name must not be blank");
    assertThat(f.store.catalog().product(ProductId.of("blank"))).isEmpty();
  }
}
