// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.subaccount.port.in.ExpireDueInvitations;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.jdbc.JdbcStorage;
import dev.vouchers.spring.shop.TestShop;
import dev.vouchers.testkit.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;

/** The auto-configuration's conditions, beans and startup failures. */
class VouchersAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class,
          TransactionAutoConfiguration.class, VouchersAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl())
      .withPropertyValues(TestShop.properties().toArray(String[]::new));

  @Test
  void with_a_data_source_every_use_case_is_a_bean() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(VoucherProgramme.class)
          .hasSingleBean(JdbcStorage.class).hasSingleBean(Clock.class)
          .hasSingleBean(VouchersScheduler.class);
      assertThat(useCases()).hasSizeGreaterThanOrEqualTo(78);
      for (Class<?> useCase : useCases()) {
        assertThat(context).as(useCase.getSimpleName()).hasSingleBean(useCase);
      }
      // no mail sender: activation messages go out as application events (S-2)
      Object delivery = activationBean(context, MessageDelivery.class);
      assertThat(delivery).isInstanceOf(EventMessageDelivery.class);
      assertThat(context.getBean(VoucherProgramme.class).settings().redemptionBaseUrl())
          .isEqualTo(URI.create("https://shop.example/redeem"));
    });
  }

  @Test
  void the_sweeps_run_on_daemon_threads_of_their_own_and_stop_with_the_context_V4_I2() {
    Set<Thread> voucherThreads = ConcurrentHashMap.newKeySet();
    Set<Thread> invitationThreads = ConcurrentHashMap.newKeySet();
    runner.withBean(ExpireDueVouchers.class, () -> command -> ranOn(voucherThreads))
        .withBean(ExpireDueInvitations.class, () -> command -> ranOn(invitationThreads))
        .run(context -> {
          List<SmartLifecycle> schedulers = List.of(context.getBean(VouchersScheduler.class),
              context.getBean(InvitationScheduler.class));
          assertThat(schedulers).allMatch(SmartLifecycle::isRunning);
          await().atMost(Duration.ofSeconds(10))
              .until(() -> !voucherThreads.isEmpty() && !invitationThreads.isEmpty());
          assertThat(voucherThreads).allSatisfy(thread -> {
            assertThat(thread.getName()).startsWith("vouchers-scheduler-");
            assertThat(thread.isDaemon()).isTrue();
          });
          assertThat(invitationThreads).singleElement().satisfies(thread -> {
            assertThat(thread.getName()).isEqualTo("vouchers-invitations");
            assertThat(thread.isDaemon()).isTrue();
          });

          context.close();
          assertThat(schedulers).noneMatch(SmartLifecycle::isRunning);
          await().atMost(Duration.ofSeconds(10)).until(() -> Stream.concat(
              voucherThreads.stream(), invitationThreads.stream()).noneMatch(Thread::isAlive));
        });
  }

  /** A sweep that expires nothing and notes the thread it ran on. */
  private static Either<Refusal, Integer> ranOn(Set<Thread> threads) {
    threads.add(Thread.currentThread());
    return Either.right(0);
  }

  @Test
  void the_use_cases_work_over_the_data_source() {
    runner.withPropertyValues("vouchers.outbox.relay-enabled=false").run(context -> {
      TestShop shop = new TestShop(context).seed();
      assertThat(shop.order(3).codes()).hasSize(3);
    });
  }

  @Test
  void vouchers_enabled_false_switches_everything_off() {
    runner.withPropertyValues("vouchers.enabled=false").run(context -> assertThat(context)
        .hasNotFailed().doesNotHaveBean(VoucherProgramme.class)
        .doesNotHaveBean(JdbcStorage.class).doesNotHaveBean(OrderVouchers.class)
        .doesNotHaveBean(VouchersScheduler.class));
  }

  @Test
  void without_the_jdbc_adapter_on_the_class_path_nothing_is_configured() {
    runner.withClassLoader(new FilteredClassLoader(JdbcStorage.class)).run(context ->
        assertThat(context).hasNotFailed().doesNotHaveBean(VoucherProgramme.class)
            .doesNotHaveBean(OrderVouchers.class));
  }

  @Test
  void without_a_data_source_nothing_is_configured() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(VouchersAutoConfiguration.class))
        .withPropertyValues(TestShop.properties().toArray(String[]::new))
        .run(context -> assertThat(context).hasNotFailed()
            .doesNotHaveBean(VoucherProgramme.class));
  }

  @Test
  void backs_off_when_the_shop_defines_its_own_beans() {
    runner.withUserConfiguration(OwnBeans.class).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(Clock.class)).isSameAs(OwnBeans.CLOCK);
      assertThat(context.getBean(VoucherProgramme.class).clock()).isSameAs(OwnBeans.CLOCK);
      assertThat(context.getBean(OrderVouchers.class)).isSameAs(OwnBeans.ORDER_VOUCHERS);
      Object delivery = activationBean(context, MessageDelivery.class);
      assertThat(delivery).isSameAs(OwnBeans.DELIVERY);
    });
  }

  @Test
  void a_shop_with_its_own_programme_needs_no_properties() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
            VouchersAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl(),
            "vouchers.outbox.relay-enabled=false", "vouchers.sweeps.expiry-enabled=false",
            "vouchers.jdbc.initialize-schema=true")
        .withUserConfiguration(OwnProgramme.class)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(VoucherProgramme.class))
              .isSameAs(context.getBean(OwnProgramme.class).programme);
        });
  }

  @Test
  void a_customizer_changes_the_programme() {
    runner.withBean(VoucherProgrammeCustomizer.class, () -> builder -> builder.settings(
            ProgrammeSettings.builder().redemptionBaseUrl(URI.create("https://other.example/r"))
                .conflictRetries(3).build()))
        .run(context -> assertThat(context.getBean(VoucherProgramme.class).settings()
            .conflictRetries()).isEqualTo(3));
  }

  @Test
  void a_missing_lookup_key_fails_the_startup_naming_the_property() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
            VouchersAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl(),
            "vouchers.redemption-base-url=https://shop.example/redeem",
            "vouchers.jdbc.initialize-schema=true")
        .run(context -> {
          assertThat(context).hasFailed();
          VouchersPropertiesException failure = rootCause(context.getStartupFailure());
          assertThat(failure.getMessage()).contains("vouchers.codes.lookup-key")
              .contains("vouchers.codes.encryption-key");
          FailureAnalysis analysis = new VouchersPropertiesFailureAnalyzer()
              .analyze(context.getStartupFailure());
          assertThat(analysis.getDescription()).contains("vouchers.codes.lookup-key");
        });
  }

  @Test
  void a_missing_redemption_page_fails_the_startup_naming_the_property() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
            VouchersAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl(),
            "vouchers.codes.lookup-key=" + TestShop.LOOKUP_KEY, "vouchers.codes.mode=shown-once",
            "vouchers.jdbc.initialize-schema=true")
        .run(context -> assertThat(rootCause(context.getStartupFailure()).getMessage())
            .contains("vouchers.redemption-base-url is required"));
  }

  @Test
  void malformed_values_are_named() {
    runner.withPropertyValues("vouchers.codes.lookup-key=c2hvcnQ=", "vouchers.codes.groups=4,4",
            "vouchers.outbox.batch-size=0")
        .run(context -> {
          String message = rootCause(context.getStartupFailure()).getMessage();
          assertThat(message).contains("vouchers.codes.lookup-key must decode to at least 32")
              .contains("vouchers.codes: ")
              .doesNotContain(TestShop.ENCRYPTION_KEY);
        });
    runner.withPropertyValues("vouchers.outbox.batch-size=0").run(context ->
        assertThat(rootCause(context.getStartupFailure()).getMessage())
            .contains("vouchers.outbox.batch-size must be 1..1000"));
  }

  @Test
  void an_unresolved_key_placeholder_is_named_not_reported_as_bad_base64() {
    runner.withPropertyValues("vouchers.codes.lookup-key=${VOUCHERS_TEST_UNSET_LOOKUP_KEY}",
            "vouchers.codes.encryption-key=${VOUCHERS_TEST_UNSET_ENCRYPTION_KEY:"
                + TestShop.ENCRYPTION_KEY + "}")
        .run(context -> {
          String message = rootCause(context.getStartupFailure()).getMessage();
          assertThat(message)
              .contains("vouchers.codes.lookup-key holds the unresolved placeholder "
                  + "${VOUCHERS_TEST_UNSET_LOOKUP_KEY}: set the environment variable or property "
                  + "VOUCHERS_TEST_UNSET_LOOKUP_KEY")
              .doesNotContain("not base64");
        });
  }

  @Test
  void with_a_mail_sender_activation_messages_go_out_as_e_mails() {
    runner.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
        .withPropertyValues("spring.mail.host=localhost")
        .run(context -> {
          Object delivery = activationBean(context, MessageDelivery.class);
          assertThat(delivery).isInstanceOf(MailMessageDelivery.class);
          assertThat(context).hasSingleBean(ActivationMailTemplate.class);
        });
  }

  @Test
  void with_a_meter_registry_issued_vouchers_moves_and_refusals_are_counted() {
    runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
            CompositeMeterRegistryAutoConfiguration.class,
            SimpleMetricsExportAutoConfiguration.class))
        .withPropertyValues("vouchers.outbox.relay-enabled=false")
        .run(context -> {
          assertThat(context).hasSingleBean(VoucherMetrics.class);
          TestShop shop = new TestShop(context).seed();
          var order = shop.order(4);
          shop.send(order, 0, "it@example.ch");
          // a link to a malformed address is refused
          context.getBean(dev.vouchers.core.voucher.port.in.SendActivationLink.class).send(
              new dev.vouchers.core.voucher.port.in.SendActivationLink.Command(TestShop.ANNA,
                  order.voucher(1), "not an address", ""));
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          assertThat(registry.get("vouchers.issued").counter().count()).isEqualTo(4.0);
          assertThat(registry.get("vouchers.moves").tag("to", "assigned").counter().count())
              .isEqualTo(1.0);
          assertThat(registry.get("vouchers.refusals").tag("use.case", "SendActivationLink")
              .tag("reason", "invalid_input").counter().count()).isEqualTo(1.0);
          assertThat(registry.get("vouchers.outbox.backlog").gauge().value()).isEqualTo(1.0);
        });
  }

  @Test
  void the_health_goes_down_when_the_outbox_backlog_is_older_than_the_threshold() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    runner.withBean(Clock.class, () -> clock)
        .withPropertyValues("vouchers.outbox.relay-enabled=false",
            "vouchers.outbox.health-max-age=10m")
        .run(context -> {
          HealthIndicator health = context.getBean("vouchersHealthIndicator",
              HealthIndicator.class);
          assertThat(health.health().getStatus()).isEqualTo(Status.UP);
          TestShop shop = new TestShop(context).seed();
          shop.send(shop.order(1), 0, "it@example.ch");
          clock.advance(Duration.ofMinutes(5));
          assertThat(health.health().getStatus()).isEqualTo(Status.UP);
          clock.advance(Duration.ofMinutes(6));
          assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.health().getDetails()).containsEntry("backlog", 1L);
          // delivered: UP again
          Outbox<ActivationMessage> outbox = activationOutbox(context);
          outbox.claim(10, clock.instant(), Duration.ofMinutes(1))
              .forEach(entry -> outbox.delivered(entry, clock.instant()));
          clock.advance(Duration.ofSeconds(10));
          assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        });
  }

  @Test
  void parked_messages_are_counted_by_a_gauge_and_shown_by_the_health_S2() {
    runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
            CompositeMeterRegistryAutoConfiguration.class,
            SimpleMetricsExportAutoConfiguration.class))
        .withPropertyValues("vouchers.outbox.relay-enabled=false")
        .run(context -> {
          TestShop shop = new TestShop(context).seed();
          shop.send(shop.order(1), 0, "nobody@example.ch");
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          HealthIndicator health = context.getBean("vouchersHealthIndicator",
              HealthIndicator.class);
          assertThat(registry.get("vouchers.outbox.parked").tag("outbox", "activation").gauge()
              .value()).isZero();
          Outbox<ActivationMessage> outbox = activationOutbox(context);
          Instant now = context.getBean(Clock.class).instant();
          outbox.claim(10, now, Duration.ofMinutes(1))
              .forEach(entry -> outbox.parked(entry, now, "550 5.1.1 user unknown"));
          // the status is read at most once per 5 seconds: a fresh one reads the database
          OutboxStatus status = new OutboxStatus(outbox, java.util.Optional.empty(),
              Clock.offset(context.getBean(Clock.class), OutboxStatus.CACHE.multipliedBy(2)));
          assertThat(status.read().parked()).isEqualTo(1);
          assertThat(status.read().backlog()).isZero();
          assertThat(new OutboxHealthIndicator(status, Duration.ofMinutes(15)).health()
              .getDetails()).containsEntry("parked", 1L).containsEntry("backlog", 0L);
          assertThat(health.health().getDetails()).containsKey("parked");
        });
  }

  @Test
  void the_attempts_before_a_message_is_parked_are_configurable_and_checked_S2() {
    runner.withPropertyValues("vouchers.outbox.max-attempts=0").run(context ->
        assertThat(rootCause(context.getStartupFailure()).getMessage())
            .contains("vouchers.outbox.max-attempts must be 1..1000"));
    runner.withPropertyValues("vouchers.outbox.max-attempts=3").run(context ->
        assertThat(context.getBean(VouchersProperties.class).outbox().maxAttempts())
            .isEqualTo(3));
  }

  @Test
  void an_h2_file_that_delays_its_commits_fails_the_startup_unless_allowed_L3(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path files) {
    String delayed = "jdbc:h2:file:" + files.resolve("shop").toAbsolutePath();
    runner.withPropertyValues("spring.datasource.url=" + delayed).run(context ->
        assertThat(context.getStartupFailure())
            .hasRootCauseInstanceOf(dev.vouchers.jdbc.JdbcStorageException.class).rootCause()
            .hasMessageContaining("WRITE_DELAY=0")
            .hasMessageContaining("vouchers.jdbc.allow-write-delay"));
    runner.withPropertyValues("spring.datasource.url=" + delayed,
        "vouchers.jdbc.allow-write-delay=true").run(context -> assertThat(context).hasNotFailed());
    runner.withPropertyValues("spring.datasource.url=" + delayed + ";WRITE_DELAY=0")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void the_property_metadata_lets_ides_complete_vouchers_properties() throws IOException {
    try (InputStream json = VouchersProperties.class.getClassLoader()
        .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(json).isNotNull();
      String metadata = new String(json.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(metadata).contains("\"vouchers.codes.lookup-key\"",
          "\"vouchers.redemption-base-url\"", "\"vouchers.outbox.poll-interval\"",
          "\"vouchers.sweeps.interval\"", "\"vouchers.jdbc.initialize-schema\"",
          "\"vouchers.jdbc.schema-tool\"", "\"vouchers.expiry.zone\"",
          "\"vouchers.order-limits.max-quantity\"", "\"vouchers.outbox.max-attempts\"",
          "\"vouchers.jdbc.allow-write-delay\"", "\"vouchers.codes.rekey.batch-size\"",
          "\"vouchers.codes.mode\"", "\"vouchers.imports.formats\"");
    }
  }

  /** Every use case interface of the core's port.in packages (one per business context). */
  private static List<Class<?>> useCases() {
    return Stream.of(VoucherProgramme.class.getMethods())
        .map(Method::getReturnType)
        .filter(type -> type.getPackageName().startsWith("dev.vouchers.core.")
            && type.getPackageName().endsWith(".port.in"))
        // a context's use cases (ADR 0061) stand for the use cases they hand out
        .flatMap(type -> type.getSimpleName().endsWith("UseCases")
            ? Stream.of(type.getMethods()).map(Method::getReturnType) : Stream.of(type))
        .distinct().toList();
  }

  private static VouchersPropertiesException rootCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof VouchersPropertiesException found) {
        return found;
      }
    }
    throw new AssertionError("no VouchersPropertiesException in " + failure, failure);
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"),
        java.time.ZoneOffset.UTC);
    static final OrderVouchers ORDER_VOUCHERS = command -> {
      throw new UnsupportedOperationException("the shop's own");
    };
    static final MessageDelivery<ActivationMessage> DELIVERY = (message, link) -> { };

    @Bean
    Clock shopClock() {
      return CLOCK;
    }

    @Bean
    OrderVouchers shopOrderVouchers() {
      return ORDER_VOUCHERS;
    }

    @Bean
    MessageDelivery<ActivationMessage> shopDelivery() {
      return DELIVERY;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnProgramme {
    final VoucherProgramme programme;

    OwnProgramme(javax.sql.DataSource dataSource) {
      dev.vouchers.jdbc.JdbcSchema.initialize(dataSource);
      JdbcStorage storage = JdbcStorage.builder(dataSource).build();
      programme = VoucherProgramme.builder()
          .settings(ProgrammeSettings.builder()
              .redemptionBaseUrl(URI.create("https://own.example/redeem")).build())
          .clock(OwnBeans.CLOCK)
          .vouchers(storage.vouchers()).partners(storage.partners())
          .catalog(storage.catalog()).mandates(storage.mandates())
          .codeVault(dev.vouchers.core.voucher.domain.code.CodeVault.withRandomKeys())
          .build();
    }

    @Bean
    VoucherProgramme shopProgramme() {
      return programme;
    }
  }

  /** The activation e-mails' outbox (the invitations' is an {@code Outbox} too). */
  private static Outbox<ActivationMessage> activationOutbox(BeanFactory context) {
    return activationBean(context, Outbox.class);
  }

  /**
   * The one bean of {@code type<ActivationMessage>} (an outbox, a delivery: the invitations'
   * have the same raw type); fails when there is none or several.
   */
  @SuppressWarnings("unchecked")
  static <T> T activationBean(BeanFactory context, Class<?> type) {
    return (T) context.getBeanProvider(
        ResolvableType.forClassWithGenerics(type, ActivationMessage.class)).getObject();
  }
}
