// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionChange;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.jdbc.JdbcStorage;
import dev.vouchers.spring.shop.RecordedEvents;
import dev.vouchers.spring.shop.TestShop;
import dev.vouchers.testkit.MutableClock;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ApplicationContext;

/**
 * U-1..U-5 in a Spring Boot shop: the subscription storage is the shop's data source, every
 * use case a bean, and the scheduler's subscription sweep writes renewals and expiries unless
 * {@code vouchers.sweeps.subscription-renewal-enabled=false}.
 */
class SubscriptionsAutoConfigurationTest {
  private static final Instant START = Instant.parse("2026-11-21T09:00:00Z");
  private static final Actor PUBLISHER = new Actor.Service("isv");

  private final MutableClock clock = new MutableClock(START);
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class,
          TransactionAutoConfiguration.class, VouchersAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl())
      .withPropertyValues(TestShop.properties().toArray(String[]::new))
      .withPropertyValues("vouchers.outbox.relay-enabled=false", "vouchers.sweeps.interval=20ms")
      .withBean(Clock.class, () -> clock)
      .withBean(RecordedEvents.class);

  /** An active monthly subscription without auto-renew, bought through the beans. */
  private SubscriptionId activeMonthly(ApplicationContext context) {
    ok(context.getBean(RegisterPartner.class).register(new RegisterPartner.Command(
        TestShop.MANAGER, new Partner(TestShop.PARTNER, "Alpine Hosting AG", Tier.GOLD,
            Set.of(Feature.SUBSCRIPTIONS), Locale.GERMAN))));
    ok(context.getBean(DefineOffer.class).define(new DefineOffer.Command(TestShop.MANAGER,
        Offer.builder().id(OfferId.of("crm")).name("CRM").publisher("ISV")
            .addTerms(SubscriptionTerm.MONTHLY).addBillingFrequencies(BillingFrequency.MONTHLY)
            .build())));
    SubscriptionView bought = ok(context.getBean(BuySubscription.class).buy(
        new BuySubscription.Command(TestShop.ANNA, TestShop.PARTNER, SubscriptionRequest.of(
            "cust-1", "crm", 3, SubscriptionTerm.MONTHLY, BillingFrequency.MONTHLY)
            .withAutoRenew(false))));
    ok(context.getBean(ActivateSubscription.class).activate(new ActivateSubscription.Command(
        PUBLISHER, bought.id(), URI.create("https://isv.example/setup"), "AUTH-1", true, true)));
    return bought.id();
  }

  @Test
  void theSubscriptionUseCasesWorkOverTheShopsDataSource_U1_U2() {
    runner.withPropertyValues("vouchers.sweeps.subscription-renewal-enabled=false")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(Subscriptions.class)
              .hasSingleBean(Offers.class);
          assertThat(context.getBean(Subscriptions.class))
              .isSameAs(context.getBean(JdbcStorage.class).subscriptions());
          SubscriptionId id = activeMonthly(context);
          assertThat(context.getBean(Subscriptions.class).subscription(id)).hasValueSatisfying(
              s -> assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE));
          assertThat(context.getBean(RecordedEvents.class)
              .of(ProgrammeEvent.SubscriptionChanged.class))
              .extracting(ProgrammeEvent.SubscriptionChanged::change)
              .containsExactly(SubscriptionChange.PURCHASED, SubscriptionChange.ACTIVATED);
        });
  }

  @Test
  void theSchedulerWritesTheExpiryAtTermEnd_U4() {
    runner.run(context -> {
      SubscriptionId id = activeMonthly(context);
      clock.set(START.plus(Duration.ofDays(40)));
      await().atMost(Duration.ofSeconds(30)).until(() -> context.getBean(Subscriptions.class)
          .subscription(id).orElseThrow().status() == SubscriptionStatus.EXPIRED);
    });
  }

  @Test
  void withTheSweepSwitchedOffTheExpiryIsSeenButNotWritten_U4() {
    runner.withPropertyValues("vouchers.sweeps.subscription-renewal-enabled=false")
        .run(context -> {
          SubscriptionId id = activeMonthly(context);
          clock.set(START.plus(Duration.ofDays(40)));
          Thread.sleep(300); // a dozen sweep intervals
          assertThat(context.getBean(Subscriptions.class).subscription(id).orElseThrow()
              .status()).isEqualTo(SubscriptionStatus.ACTIVE);
          assertThat(ok(context.getBean(GetSubscription.class).get(new GetSubscription.Command(
              TestShop.ANNA, id))).subscription().status()).isEqualTo(SubscriptionStatus.EXPIRED);
        });
  }

  private static <T> T ok(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("refused: %s", result.isLeft() ? result.getLeft() : null)
        .isTrue();
    return result.get();
  }
}
