// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.messaging.application.MessageRelay;
import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.programme.application.ProgrammeBuilder;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.core.programme.port.out.PersonalData;
import dev.vouchers.core.programme.port.out.ProgrammeEvents;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.core.voucher.port.out.CodeRandomness;
import dev.vouchers.core.voucher.port.out.CodeRekeying;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import dev.vouchers.jdbc.JdbcSchema;
import dev.vouchers.jdbc.JdbcStorage;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Wires the voucher programme into a Spring Boot shop over its {@link DataSource}: the JDBC
 * storage (joining the shop's transactions), the {@link VoucherProgramme} and every use case
 * of the core as a bean, the outbox relay and the expiry sweep, Micrometer meters and an
 * Actuator health contributor. Every bean backs off when the shop defines its own;
 * {@code vouchers.enabled=false} switches everything off.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
    "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({VoucherProgramme.class, JdbcStorage.class, DataSourceUtils.class})
@ConditionalOnBooleanProperty(name = "vouchers.enabled", matchIfMissing = true)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(VouchersProperties.class)
// in this order: the mail delivery, when there is a mail sender, else the event delivery
@Import({UseCaseConfiguration.class, // every use case as a bean of its own type
    MailDeliveryConfiguration.class, EventDeliveryConfiguration.class,
    InvitationsConfiguration.class, // sub-account invitations, I-1..I-3
    ResellerProgrammeConfiguration.class, // reseller programme, R-1, R-2
    EventsConfiguration.class, // durable events and webhooks, M-5
    DatabaseInitializationDependencyConfigurer.class}) // the storage after the schema
public class VouchersAutoConfiguration {

  /** The clock every rule reads; a shop's own {@link Clock} bean replaces it. */
  @Bean
  @ConditionalOnMissingBean
  Clock vouchersClock() {
    return Clock.systemUTC();
  }

  /** Creates or migrates the library's tables when {@code vouchers.jdbc.initialize-schema}. */
  @Bean
  @ConditionalOnMissingBean
  VouchersSchemaInitializer vouchersSchemaInitializer(DataSource dataSource,
      VouchersProperties properties, ResourceLoader resourceLoader) {
    return new VouchersSchemaInitializer(dataSource, properties.jdbc(), resourceLoader);
  }

  /**
   * The storage, created after every database initializer (the shop's Flyway or Liquibase and
   * the library's own); fails the startup with one message when the library's tables are not
   * there, before any background thread starts.
   */
  @Bean
  @ConditionalOnMissingBean
  @DependsOnDatabaseInitialization
  JdbcStorage vouchersJdbcStorage(DataSource dataSource, VouchersProperties properties,
      ObjectProvider<VouchersSchemaInitializer> initializer) {
    initializer.getIfAvailable(); // ran first even where Boot's dependency configurer is absent
    List<String> missing = JdbcSchema.missingTables(dataSource);
    if (!missing.isEmpty()) {
      VouchersPropertiesException.throwIfAny(List.of(missingSchema(missing, properties.jdbc())));
    }
    return JdbcStorage.builder(dataSource)
        .isolation(properties.jdbc().isolation())
        .maxAttempts(properties.jdbc().maxAttempts())
        .allowWriteDelay(properties.jdbc().allowWriteDelay())
        .outerTransaction(new SpringTransactions(dataSource))
        .build();
  }

  private static String missingSchema(List<String> missing, VouchersProperties.Jdbc jdbc) {
    String tables = missing.size() <= 3 ? String.join(", ", missing)
        : String.join(", ", missing.subList(0, 3)) + " and " + (missing.size() - 3) + " more";
    if (jdbc.initializeSchema()) {
      return "the library's tables are missing (" + tables + ") although "
          + "vouchers.jdbc.initialize-schema=true ran with vouchers.jdbc.schema-tool="
          + jdbc.schemaTool().name().toLowerCase(java.util.Locale.ROOT)
          + ": check that the DataSource's user may create tables in its current schema";
    }
    return "the library's tables are missing (" + tables + "): set "
        + "vouchers.jdbc.initialize-schema=true to create them at startup (with "
        + "vouchers.jdbc.schema-tool=flyway or liquibase to record them in a history table of "
        + "their own), or run the shipped migrations yourself (README, Database support)";
  }

  @Bean
  @ConditionalOnMissingBean
  Vouchers vouchersStore(JdbcStorage storage) {
    return storage.vouchers();
  }

  @Bean
  @ConditionalOnMissingBean
  Partners vouchersPartners(JdbcStorage storage) {
    return storage.partners();
  }

  @Bean
  @ConditionalOnMissingBean
  Catalog vouchersCatalog(JdbcStorage storage) {
    return storage.catalog();
  }

  @Bean
  @ConditionalOnMissingBean
  Mandates vouchersMandates(JdbcStorage storage) {
    return storage.mandates();
  }

  @Bean
  @ConditionalOnMissingBean
  Outbox<ActivationMessage> vouchersOutbox(JdbcStorage storage) {
    return storage.outbox();
  }

  // U-1..U-5: subscriptions
  @Bean
  @ConditionalOnMissingBean
  Subscriptions vouchersSubscriptions(JdbcStorage storage) {
    return storage.subscriptions();
  }

  @Bean
  @ConditionalOnMissingBean
  Offers vouchersOffers(JdbcStorage storage) {
    return storage.offers();
  }

  @Bean
  @ConditionalOnMissingBean
  ProgrammeEvents vouchersEvents(ApplicationEventPublisher publisher) {
    return new SpringProgrammeEvents(publisher);
  }

  /**
   * The programme. Settings and code keys come from {@code vouchers.*} unless the shop defines
   * a {@link ProgrammeSettings} or {@link CodeVault} bean.
   */
  @Bean
  @ConditionalOnMissingBean
  VoucherProgramme voucherProgramme(VouchersProperties properties, Clock clock,
      Vouchers vouchers, Partners partners, Catalog catalog, Mandates mandates,
      ProgrammeEvents events, ObjectProvider<ProgrammeSettings> settings,
      ObjectProvider<CodeVault> vault, ObjectProvider<DomainProbe> probe,
      ObjectProvider<CodeRandomness> randomness,
      ObjectProvider<Subscriptions> subscriptions, ObjectProvider<Offers> offers,
      ObjectProvider<CodeAttempts> attempts, ObjectProvider<IdempotencyKeys> idempotencyKeys,
      ObjectProvider<CodeRekeying> codeRekeying,
      ObjectProvider<VoucherProgrammeCustomizer> customizers,
      ObjectProvider<JdbcStorage> storage) {
    // one startup failure names every missing or malformed property at once
    ProgrammeSettings ownSettings = settings.getIfAvailable();
    CodeVault ownVault = vault.getIfAvailable();
    List<String> problems = new ArrayList<>();
    if (ownSettings == null) {
      problems.addAll(properties.settingsProblems());
    }
    if (ownVault == null) {
      problems.addAll(properties.codes().keyProblems());
    }
    VouchersPropertiesException.throwIfAny(problems);
    ProgrammeBuilder builder = VoucherProgramme.builder()
        .settings(ownSettings != null ? ownSettings : properties.toSettings()).clock(clock)
        .vouchers(vouchers).partners(partners).catalog(catalog).mandates(mandates)
        .codeVault(ownVault != null ? ownVault : properties.codes().vault()).events(events);
    probe.ifAvailable(builder::domainProbe);
    randomness.ifAvailable(builder::randomness);
    subscriptions.ifAvailable(builder::subscriptions); // U-1..U-5
    offers.ifAvailable(builder::offers);
    attempts.ifAvailable(builder::codeAttempts); // G-1
    idempotencyKeys.ifAvailable(builder::idempotencyKeys); // G-3
    if (!(vouchers instanceof PersonalData)) { // E-1: e.g. a wrapped Vouchers bean
      storage.ifAvailable(jdbc -> builder.personalData(jdbc.personalData()));
    }
    codeRekeying.ifAvailable(builder::codeRekeying); // G-4
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /** G-1: failed code attempts per caller key, shared by every instance (off: no limit). */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "vouchers.attempts.enabled", matchIfMissing = true)
  CodeAttempts vouchersCodeAttempts(JdbcStorage storage) {
    return storage.codeAttempts();
  }

  /**
   * G-3: idempotency keys, claimed in the transaction of the command's writes (off: keys are
   * not kept). The storage's own: it runs the storage's port calls in the key's transaction.
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "vouchers.idempotency.enabled", matchIfMissing = true)
  IdempotencyKeys vouchersIdempotencyKeys(JdbcStorage storage) {
    return storage.idempotencyKeys();
  }

  /** G-4: the stored codes' key ids and the re-keying job's batches. */
  @Bean
  @ConditionalOnMissingBean
  CodeRekeying vouchersCodeRekeying(JdbcStorage storage) {
    return storage.codeRekeying();
  }

  /** G-4: the re-keying job in the background (off: run {@code RekeyCodes} yourself). */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "vouchers.codes.rekey.enabled", matchIfMissing = true)
  KeyRotationScheduler vouchersKeyRotationScheduler(VoucherProgramme programme,
      VouchersProperties properties) {
    return new KeyRotationScheduler(programme.vouchers().rekeyCodes(), properties.codes().rekey());
  }

  @Bean
  @ConditionalOnMissingBean
  OutboxStatus vouchersOutboxStatus(Outbox<ActivationMessage> outbox,
      ObjectProvider<Outbox<InvitationMessage>> invitationOutbox, Clock clock) {
    return new OutboxStatus(outbox, Optional.ofNullable(invitationOutbox.getIfAvailable()),
        clock);
  }

  @Bean
  @ConditionalOnMissingBean
  VouchersScheduler vouchersScheduler(VoucherProgramme programme, Outbox<ActivationMessage> outbox,
      MessageDelivery<ActivationMessage> delivery, ExpireDueVouchers expire,
          VouchersProperties properties,
      ObjectProvider<VoucherMetrics> metrics, RenewOrExpireSubscriptions renew) {
    properties.checkScheduling();
    VouchersProperties.OutboxProperties outboxProperties = properties.outbox();
    MessageRelay<ActivationMessage> relay = outboxProperties.relayEnabled()
        ? new MessageRelay<>(outbox, delivery, programme.activationLinks(),
        outboxProperties.backoff(),
            outboxProperties.lease(), outboxProperties.batchSize(),
            outboxProperties.maxAttempts())
        : null;
    return new VouchersScheduler(relay,
        properties.sweeps().expiryEnabled() ? expire : null, properties,
        Optional.ofNullable(metrics.getIfAvailable()))
        .renewingSubscriptions(properties.sweeps().subscriptionRenewalEnabled() ? renew : null)
        .sweepingCodeAttempts(properties.sweeps().expiryEnabled() ? programme : null)
        .sweepingIdempotencyKeys(properties.sweeps().expiryEnabled()
            && properties.idempotency().enabled() ? programme : null)
        .erasingPersonalData(properties.erasure().enabled() ? programme : null);
  }

  /** Micrometer meters, when the shop has a registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnBean(MeterRegistry.class)
  static class MetricsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    VoucherMetrics vouchersMetrics(MeterRegistry registry, OutboxStatus status) {
      return new VoucherMetrics(registry, status);
    }

    /** G-4: re-keying progress. */
    @Bean
    @ConditionalOnMissingBean
    KeyRotationMeters vouchersKeyRotationMeters(MeterRegistry registry,
        VoucherProgramme programme, Clock clock) {
      return new KeyRotationMeters(registry, programme, clock);
    }
  }

  /** The Actuator health contributor {@code vouchers}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("vouchers")
  static class HealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "vouchersHealthIndicator")
    HealthIndicator vouchersHealthIndicator(OutboxStatus status, VouchersProperties properties) {
      return new OutboxHealthIndicator(status, properties.outbox().healthMaxAge());
    }
  }
}
