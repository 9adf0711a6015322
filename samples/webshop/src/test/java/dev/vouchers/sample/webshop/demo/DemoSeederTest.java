// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.PartnerDetails;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** The seeder on a database that was seeded already: it only adds the demo's new features. */
class DemoSeederTest {
  private final Map<PartnerId, Partner> stored = new HashMap<>();
  private final List<Partner> registered = new ArrayList<>();
  private final List<Object> definedOrPublished = new ArrayList<>();

  private DemoSeeder seeder() {
    DefineProduct define = command -> {
      definedOrPublished.add(command);
      return Either.right(command.product());
    };
    PublishPriceBook publish = command -> {
      definedOrPublished.add(command);
      return Either.right(command.priceBook());
    };
    RegisterPartner register = command -> {
      registered.add(command.partner());
      stored.put(command.partner().id(), command.partner());
      return Either.right(command.partner());
    };
    GetPartner get = command -> stored.containsKey(command.partner())
        ? Either.right(new PartnerDetails(stored.get(command.partner()), List.of()))
        : Either.<Refusal, PartnerDetails>left(Refusal.notFound("partner"));
    return new DemoSeeder(define, publish, register, get, new DemoUsers());
  }

  private void storeEveryDemoPartner(Set<Feature> features) {
    for (DemoUsers.DemoPartner partner : DemoUsers.PARTNERS) {
      // as an older sample seeded it, its tier since changed by the partner manager
      stored.put(partner.id(), new Partner(partner.id(), partner.name() + " (renamed)",
          Tier.PLATINUM, features, Locale.ITALIAN));
    }
  }

  @Test
  void anOlderDatabaseGetsSubAccountsAndSubscriptionsAndKeepsEverythingElse_I1_U1() {
    storeEveryDemoPartner(Set.of(Feature.VOUCHERS));
    seeder().run(new DefaultApplicationArguments());
    assertThat(definedOrPublished).isEmpty();
    assertThat(registered).hasSize(DemoUsers.PARTNERS.size()).allSatisfy(partner -> {
      assertThat(partner.features()).containsExactlyInAnyOrder(Feature.VOUCHERS,
          Feature.SUB_ACCOUNTS, Feature.SUBSCRIPTIONS);
      assertThat(partner.name()).endsWith("(renamed)");
      assertThat(partner.tier()).isEqualTo(Tier.PLATINUM);
      assertThat(partner.language()).isEqualTo(Locale.ITALIAN);
    });
  }

  @Test
  void aCurrentDatabaseIsLeftAsItIs() {
    storeEveryDemoPartner(Set.of(Feature.VOUCHERS, Feature.SUB_ACCOUNTS, Feature.SUBSCRIPTIONS));
    seeder().run(new DefaultApplicationArguments());
    assertThat(definedOrPublished).isEmpty();
    assertThat(registered).isEmpty();
  }

  @Test
  void anEmptyDatabaseIsSeededWithEveryDemoFeature() {
    seeder().run(new DefaultApplicationArguments());
    assertThat(definedOrPublished).isNotEmpty();
    assertThat(registered).hasSize(DemoUsers.PARTNERS.size())
        .allSatisfy(partner -> assertThat(partner.features()).isEqualTo(DemoSeeder.FEATURES));
  }
}
