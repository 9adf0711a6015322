// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ORG;
import static dev.vouchers.core.fixtures.DomainFixtures.SSL;
import static dev.vouchers.core.fixtures.DomainFixtures.productBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductTest {
  /** Multi-domain product: 1 or 2 years, 2..5 FQDNs, up to 2 wildcards. */
  private final Product multi = Product.builder().id(SSL).name("SSL Multi").kind(ProductKind.SSL_OV)
      .addValidityYears(1, 2).minFqdns(2).maxFqdns(5).maxWildcards(2).build();

  @Test
  void offeredConfigurationHasNoReasons_P1() {
    assertThat(multi.check(ProductConfiguration.of(SSL, 1, 2, 0))).isEmpty();
    assertThat(multi.check(ProductConfiguration.of(SSL, 2, 5, 2))).isEmpty();
  }

  @Test
  void refusesAConfigurationOfAnotherProduct_P1() {
    List<Reason> reasons = multi.check(ProductConfiguration.of(ORG, 1, 2, 0));
    assertThat(reasons).extracting(Reason::code).containsExactly(ReasonCode.CONFIGURATION_NOT_OFFERED);
    assertThat(reasons.get(0).message()).contains("org-cert").contains("ssl-dv");
  }

  @Test
  void refusesAValidityNotOffered_P1() {
    List<Reason> reasons = multi.check(ProductConfiguration.of(SSL, 3, 2, 0));
    assertThat(reasons).extracting(Reason::code).containsExactly(ReasonCode.CONFIGURATION_NOT_OFFERED);
    assertThat(reasons.get(0).message()).contains("SSL Multi").contains("3 years");
  }

  @Test
  void refusesFqdnCountsOutsideMinToMax_P1() {
    List<Reason> tooFew = multi.check(ProductConfiguration.of(SSL, 1, 1, 0));
    assertThat(tooFew).extracting(Reason::code).containsExactly(ReasonCode.CONFIGURATION_NOT_OFFERED);
    assertThat(tooFew.get(0).message()).contains("2..5").contains("not 1");
    List<Reason> tooMany = multi.check(ProductConfiguration.of(SSL, 1, 6, 0));
    assertThat(tooMany).extracting(Reason::code).containsExactly(ReasonCode.CONFIGURATION_NOT_OFFERED);
    assertThat(tooMany.get(0).message()).contains("not 6");
  }

  @Test
  void refusesTooManyWildcards_P1() {
    List<Reason> reasons = multi.check(ProductConfiguration.of(SSL, 1, 2, 3));
    assertThat(reasons).extracting(Reason::code).containsExactly(ReasonCode.CONFIGURATION_NOT_OFFERED);
    assertThat(reasons.get(0).message()).contains("at most 2 wildcards").contains("not 3");
  }

  @Test
  void namesEveryWayAConfigurationIsNotOffered_P1() {
    List<Reason> reasons = multi.check(ProductConfiguration.of(ORG, 3, 9, 3));
    assertThat(reasons).hasSize(4)
        .allSatisfy(r -> assertThat(r.code()).isEqualTo(ReasonCode.CONFIGURATION_NOT_OFFERED));
  }

  @Test
  void flagsDefaultToOffAndCountsToZero_P2() {
    Product bare = Product.builder().id(SSL).name("x").kind(ProductKind.SAAS_SEAT)
        .addValidityYears(1).build();
    assertThat(bare.requiresMandate()).isFalse();
    assertThat(bare.organisationActivation()).isFalse();
    assertThat(bare.domainValidated()).isFalse();
    assertThat(bare.minFqdns()).isZero();
    assertThat(bare.maxFqdns()).isZero();
    assertThat(bare.maxWildcards()).isZero();
    assertThat(bare.check(ProductConfiguration.of(SSL, 1, 0, 0))).isEmpty();
  }

  @Test
  void carriesItsFlags_P2() {
    Product org = productBuilder().requiresMandate(true).organisationActivation(true)
        .domainValidated(true).build();
    assertThat(org.requiresMandate()).isTrue();
    assertThat(org.organisationActivation()).isTrue();
    assertThat(org.domainValidated()).isTrue();
  }

  @Test
  void inconsistentDefinitionsAreBrokenInvariants_P1() {
    assertThatThrownBy(() -> Product.builder().id(SSL).name("x").kind(ProductKind.SSL_DV).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validity");
    assertThatThrownBy(() -> Product.builder().id(SSL).name("x").kind(ProductKind.SSL_DV)
        .addValidityYears(0).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Product.builder().id(SSL).name("x").kind(ProductKind.SSL_DV)
        .addValidityYears(1).minFqdns(-1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Product.builder().id(SSL).name("x").kind(ProductKind.SSL_DV)
        .addValidityYears(1).minFqdns(3).maxFqdns(2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FQDN");
    assertThatThrownBy(() -> Product.builder().id(SSL).name("x").kind(ProductKind.SSL_DV)
        .addValidityYears(1).maxWildcards(-1).build()).isInstanceOf(IllegalArgumentException.class);
    // equal min and max is consistent
    assertThat(Product.builder().id(SSL).name("x").kind(ProductKind.SSL_DV)
        .addValidityYears(1).minFqdns(2).maxFqdns(2).build().maxFqdns()).isEqualTo(2);
  }

  @Test
  void configurationInvariants_P1() {
    assertThatThrownBy(() -> ProductConfiguration.of(SSL, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProductConfiguration.of(SSL, 1, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProductConfiguration.of(SSL, 1, 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProductConfiguration.of(null, 1, 0, 0))
        .isInstanceOf(NullPointerException.class);
    ProductConfiguration c = ProductConfiguration.of(SSL, 1, 0, 0);
    assertThat(c).isEqualTo(new ProductConfiguration(SSL, 1, 0, 0));
    assertThat(ProductConfiguration.of(SSL, 2, 3, 1)).hasToString("ssl-dv/2y/3fqdn/1wc");
  }
}
