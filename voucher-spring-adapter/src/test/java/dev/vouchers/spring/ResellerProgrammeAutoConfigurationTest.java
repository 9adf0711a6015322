// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.reseller.domain.CustomerPurchase;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerDiscount;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.DiscountFor;
import dev.vouchers.core.reseller.port.in.LinkCustomer;
import dev.vouchers.core.reseller.port.in.PriceCustomerPurchase;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import dev.vouchers.jdbc.JdbcStorage;
import dev.vouchers.spring.shop.TestShop;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reseller programme in the auto-configuration: storage, wiring, use cases. */
class ResellerProgrammeAutoConfigurationTest {
  private static final CustomerId CUSTOMER = new CustomerId("zoe");

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class,
          TransactionAutoConfiguration.class, VouchersAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl(),
          "vouchers.outbox.relay-enabled=false")
      .withPropertyValues(TestShop.properties().toArray(String[]::new));

  private static <T> T ok(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("refused: %s", result.isLeft() ? result.getLeft() : "")
        .isTrue();
    return result.get();
  }

  /** through the beans: approval with 20 %, a sign-up link, a priced purchase. */
  private static CustomerPurchase approveLinkAndPrice(ApplicationContext context) {
    ok(context.getBean(RegisterPartner.class).register(new RegisterPartner.Command(
        TestShop.MANAGER, Partner.withVouchers(TestShop.PARTNER, "Alpine", Tier.ENTRY))));
    ResellerApplication application = ok(context.getBean(ApplyAsReseller.class).apply(
        new ApplyAsReseller.Command(TestShop.ANNA, TestShop.PARTNER)));
    ok(context.getBean(SendResellerContract.class).send(
        new SendResellerContract.Command(TestShop.MANAGER, application.id(), "contract.pdf")));
    ok(context.getBean(RecordResellerContractSigned.class).record(
        new RecordResellerContractSigned.Command(TestShop.ANNA, application.id(), "signed.pdf")));
    ok(context.getBean(ApproveResellerApplication.class).approve(
        new ApproveResellerApplication.Command(TestShop.MANAGER, application.id(),
            Optional.of(new BigDecimal("20")))));
    ok(context.getBean(LinkCustomer.class).link(new LinkCustomer.Command(
        new Actor.Service("sign-up"), CUSTOMER, TestShop.PARTNER)));
    Optional<ResellerDiscount> discount = ok(context.getBean(DiscountFor.class).discountFor(
        new DiscountFor.Command(TestShop.ANNA, CUSTOMER,
            context.getBean(Clock.class).instant())));
    assertThat(discount.map(ResellerDiscount::percent)).contains(new BigDecimal("20"));
    return ok(context.getBean(PriceCustomerPurchase.class).price(
        new PriceCustomerPurchase.Command(TestShop.ANNA, CUSTOMER, Money.of("50.00", "CHF"))));
  }

  @Test
  void theResellerProgrammeRunsOverTheJdbcStorage_R1_R2() {
    runner.run(context -> {
      assertThat(context).hasNotFailed()
          .hasSingleBean(ResellerApplications.class).hasSingleBean(CustomerLinks.class);
      assertThat(context.getBean(ResellerApplications.class)).isSameAs(
          context.getBean(JdbcStorage.class).resellerApplications());
      assertThat(approveLinkAndPrice(context).price()).isEqualTo(Money.of("40.00", "CHF"));
      assertThat(context.getBean(JdbcStorage.class).customerLinks().linkHistory(CUSTOMER)
          .current()).isPresent();
    });
  }

  @Test
  void theShopsOwnResellerStorageReplacesTheJdbcOne() {
    runner.withUserConfiguration(OwnStorage.class).run(context -> {
      assertThat(context).hasNotFailed();
      approveLinkAndPrice(context);
      assertThat(OwnStorage.STORE.customerLinks().linkHistory(CUSTOMER).current()).isPresent();
      assertThat(context.getBean(JdbcStorage.class).customerLinks().linkHistory(CUSTOMER)
          .links()).isEmpty();
    });
  }

  @Test
  void vouchers_enabled_false_switches_the_reseller_programme_off_too() {
    runner.withPropertyValues("vouchers.enabled=false").run(context -> assertThat(context)
        .hasNotFailed().doesNotHaveBean(VoucherProgramme.class)
        .doesNotHaveBean(ResellerApplications.class).doesNotHaveBean(LinkCustomer.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnStorage {
    static final InMemoryStore STORE = new InMemoryStore();

    @Bean
    ResellerApplications shopResellerApplications() {
      return only(ResellerApplications.class, STORE.resellerApplications());
    }

    @Bean
    CustomerLinks shopCustomerLinks() {
      return only(CustomerLinks.class, STORE.customerLinks());
    }

    /** One port only (the store's reseller object implements both, which would be ambiguous). */
    private static <T> T only(Class<T> port, Object store) {
      return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
          (proxy, method, args) -> {
            try {
              return method.invoke(store, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }));
    }
  }
}
