// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.ExpiryPolicy;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.jdbc.Isolation;
import java.net.URI;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything the programme reads from {@code vouchers.*}. Only the redemption page and the
 * code keys are required; a missing or malformed one fails the startup with a
 * {@link VouchersPropertiesException} naming the property. A shop that defines its own
 * {@code ProgrammeSettings} or {@code CodeVault} bean needs neither.
 *
 * @param enabled whether the auto-configuration runs at all
 * @param redemptionBaseUrl C-6: the shop's redemption page; activation links append the code
 *     to it (required)
 * @param codes C-1..C-5: code format and the keys codes are kept under at rest
 * @param expiry V-4: how long a voucher is valid
 * @param cancellationWindow V-6: how long after purchase an order may be cancelled
 * @param reissueWindow V-5: how long after a certificate request a revocation reissues
 * @param orderLimits O-2: bounds on order input
 * @param conflictRetries V-7: how often a move is retried when a concurrent writer came first
 * @param outbox S-2: the relay that delivers activation e-mails from the outbox
 * @param sweeps V-4: the scheduled expiry of due vouchers
 * @param jdbc the JDBC storage on the shop's DataSource
 * @param attempts G-1: the limit of failed code attempts per caller key
 * @param idempotency G-3: the idempotency keys of creating and sending commands
 * @param erasure E-1: the automatic erasure of personal data after vouchers and invitations
 *     closed
 * @param imports M-1: the declared formats of codes imported from earlier systems
 */
@ConfigurationProperties("vouchers")
public record VouchersProperties(
    @DefaultValue("true") boolean enabled,
    @Nullable URI redemptionBaseUrl,
    @DefaultValue @NestedConfigurationProperty CodesProperties codes,
    @DefaultValue Expiry expiry,
    @DefaultValue("30d") Duration cancellationWindow,
    @DefaultValue("30d") Duration reissueWindow,
    @DefaultValue OrderLimitsProperties orderLimits,
    @DefaultValue("8") int conflictRetries,
    @DefaultValue OutboxProperties outbox,
    @DefaultValue Sweeps sweeps,
    @DefaultValue Jdbc jdbc,
    @DefaultValue Attempts attempts,
    @DefaultValue Idempotency idempotency,
    @DefaultValue Erasure erasure,
    @DefaultValue @NestedConfigurationProperty ImportsProperties imports) {

  /**
   * The core's settings these properties describe.
   *
   * @throws VouchersPropertiesException naming every property that is missing or malformed
   */
  public ProgrammeSettings toSettings() {
    VouchersPropertiesException.throwIfAny(settingsProblems());
    return ProgrammeSettings.builder()
        .redemptionBaseUrl(java.util.Objects.requireNonNull(redemptionBaseUrl))
        .codeFormat(codes.format())
        .expiry(expiry.policy())
        .cancellationWindow(cancellationWindow)
        .reissueWindow(reissueWindow)
        .orderLimits(orderLimits.limits())
        .conflictRetries(conflictRetries)
        .attemptLimit(attempts.limit())
        .idempotencyRetention(idempotency.retention())
        .addAllImportFormats(imports.formats().stream().map(ImportsProperties.Format::format)
            .toList())
        .build();
  }

  /** Every settings property that is missing or malformed, one line each. */
  List<String> settingsProblems() {
    List<String> problems = new ArrayList<>();
    if (redemptionBaseUrl == null) {
      problems.add("vouchers.redemption-base-url is required: the shop's redemption page, "
          + "e.g. https://shop.example/redeem");
    } else if (!redemptionBaseUrl.isAbsolute()) {
      problems.add("vouchers.redemption-base-url must be an absolute URL, got "
          + redemptionBaseUrl);
    }
    CodeFormat.of(codes.prefix(), codes.randomSymbols(), codes.groups(), codes.checkSymbol())
        .toEither().swap()
        .forEach(violations -> violations.forEach(v -> problems.add("vouchers.codes: " + v)));
    if (cancellationWindow.isNegative()) {
      problems.add("vouchers.cancellation-window must not be negative, got "
          + cancellationWindow);
    }
    if (reissueWindow.isNegative()) {
      problems.add("vouchers.reissue-window must not be negative, got " + reissueWindow);
    }
    if (expiry.validity().isNegative() || expiry.validity().isZero()) {
      problems.add("vouchers.expiry.validity must be positive, got " + expiry.validity());
    }
    if (conflictRetries < 1) {
      problems.add("vouchers.conflict-retries must be at least 1, got " + conflictRetries);
    }
    orderLimits.check(problems);
    attempts.check(problems);
    idempotency.check(problems);
    imports.check(problems);
    return problems;
  }

  /**
   * Checks the relay's and the sweeps' properties.
   *
   * @throws VouchersPropertiesException naming every property that is malformed
   */
  public void checkScheduling() {
    List<String> problems = new ArrayList<>();
    outbox.check(problems);
    sweeps.check(problems);
    erasure.check(problems);
    if (jdbc.maxAttempts() < 1) {
      problems.add("vouchers.jdbc.max-attempts must be at least 1, got " + jdbc.maxAttempts());
    }
    VouchersPropertiesException.throwIfAny(problems);
  }

  /**
   * V-4: validity.
   *
   * @param validity how long a voucher is valid from purchase
   * @param zone if set, a voucher expires at the end of its last day in this zone rather than
   *     to the instant
   */
  public record Expiry(@DefaultValue("P1Y") Period validity, @Nullable ZoneId zone) {
    /** The core's expiry policy. */
    public ExpiryPolicy policy() {
      return new ExpiryPolicy(validity, Optional.ofNullable(zone));
    }
  }

  /**
   * O-2: bounds on order input.
   *
   * @param maxQuantity the most vouchers per order line
   * @param maxLines the most lines per order
   * @param maxCustomerNameLength the longest customer name
   * @param maxNotesLength the longest notes
   * @param maxPaymentMethodLength the longest payment method
   */
  public record OrderLimitsProperties(
      @DefaultValue("1000") int maxQuantity,
      @DefaultValue("100") int maxLines,
      @DefaultValue("200") int maxCustomerNameLength,
      @DefaultValue("2000") int maxNotesLength,
      @DefaultValue("64") int maxPaymentMethodLength) {
    void check(List<String> problems) {
      if (maxQuantity < 1 || maxLines < 1 || maxCustomerNameLength < 1 || maxNotesLength < 1
          || maxPaymentMethodLength < 1) {
        problems.add("vouchers.order-limits.* must all be positive, got " + this);
      }
    }

    /** The core's order limits. */
    public OrderLimits limits() {
      return new OrderLimits(maxQuantity, maxLines, maxCustomerNameLength, maxNotesLength,
          maxPaymentMethodLength);
    }
  }

  /**
   * S-2: the outbox relay.
   *
   * @param relayEnabled whether this instance relays the outbox (any number of instances may)
   * @param pollInterval the pause between two polls of the outbox
   * @param batchSize the most messages claimed per poll
   * @param lease how long a claimed message is this instance's before another may claim it
   * @param retryFirst the delay after a first failed delivery; doubles per attempt
   * @param retryMax the longest delay between two attempts
   * @param mailFrom the sender address of activation e-mails
   * @param healthMaxAge the health contributor reports DOWN when the oldest undelivered message
   *     is older than this
   * @param maxAttempts how many attempts a message gets (activation and invitation e-mails);
   *     when the last fails, or at once when the mail server refuses it permanently, it is
   *     parked: no longer tried, counted by {@code vouchers.outbox.parked} and the health
   */
  public record OutboxProperties(
      @DefaultValue("true") boolean relayEnabled,
      @DefaultValue("5s") Duration pollInterval,
      @DefaultValue("50") int batchSize,
      @DefaultValue("1m") Duration lease,
      @DefaultValue("30s") Duration retryFirst,
      @DefaultValue("6h") Duration retryMax,
      @DefaultValue("vouchers@localhost") String mailFrom,
      @DefaultValue("15m") Duration healthMaxAge,
      @DefaultValue("10") int maxAttempts) {

    void check(List<String> problems) {
      if (maxAttempts < 1 || maxAttempts > 1000) {
        problems.add("vouchers.outbox.max-attempts must be 1..1000, got " + maxAttempts);
      }
      positive("vouchers.outbox.poll-interval", pollInterval, problems);
      positive("vouchers.outbox.lease", lease, problems);
      positive("vouchers.outbox.retry-first", retryFirst, problems);
      positive("vouchers.outbox.health-max-age", healthMaxAge, problems);
      if (retryMax.compareTo(retryFirst) < 0) {
        problems.add("vouchers.outbox.retry-max must not be below vouchers.outbox.retry-first");
      }
      if (batchSize < 1 || batchSize > 1000) {
        problems.add("vouchers.outbox.batch-size must be 1..1000, got " + batchSize);
      }
    }

    /** The backoff of failed deliveries. */
    public Outbox.Backoff backoff() {
      return new Outbox.Backoff(retryFirst, retryMax);
    }
  }

  /**
   * G-3: idempotency keys. With {@code enabled}, a key store over the library's tables keeps
   * the keys of orders, activation links, invitations, subscription purchases and reseller
   * applications (claimed in the transaction of the command's writes) for {@code retention},
   * after which the sweep (at {@code vouchers.sweeps.interval}) deletes them.
   *
   * @param enabled whether keys are kept at all (off: a keyed command runs every time)
   * @param retention how long a key is kept after its first use (at least 24 hours)
   */
  public record Idempotency(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("24h") Duration retention) {

    void check(List<String> problems) {
      if (retention.compareTo(ProgrammeSettings.MIN_IDEMPOTENCY_RETENTION) < 0
          || retention.compareTo(ProgrammeSettings.MAX_WINDOW) > 0) {
        problems.add("vouchers.idempotency.retention must be at least 24h (G-3) and at most "
            + ProgrammeSettings.MAX_WINDOW.toDays() + "d, got " + retention);
      }
    }
  }

  /**
   * E-1: the automatic erasure of personal data (ADR 0052). With {@code enabled}, this instance
   * erases, every {@code interval}, the personal data of vouchers (redeemed, expired,
   * cancelled) and invitations (accepted, expired, cancelled) closed longer than
   * {@code retention} ago, in batches of {@code vouchers.sweeps.batch-size}, and records each
   * batch (without the data). Any number of instances may run it: they take turns on a mark.
   *
   * @param enabled whether this instance runs the automatic erasure
   * @param retention how long personal data is kept after the voucher or invitation closed
   *     (0 .. 36525d)
   * @param interval the pause between two runs
   */
  public record Erasure(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("365d") Duration retention,
      @DefaultValue("1h") Duration interval) {

    void check(List<String> problems) {
      if (retention.isNegative() || retention.compareTo(ProgrammeSettings.MAX_WINDOW) > 0) {
        problems.add("vouchers.erasure.retention must be 0.."
            + ProgrammeSettings.MAX_WINDOW.toDays() + "d, got " + retention);
      }
      positive("vouchers.erasure.interval", interval, problems);
    }
  }

  /**
   * G-1: failed code attempts. With {@code enabled}, an attempt store over the library's
   * tables counts them per caller key for every instance, and a key that failed
   * {@code max-failures} times within {@code window} is refused until the window ends.
   *
   * @param enabled whether attempts are limited at all
   * @param maxFailures failures allowed per caller key and window (1..1,000,000)
   * @param window how long a window lasts from its first failure (1s..1d)
   */
  public record Attempts(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("10") int maxFailures,
      @DefaultValue("15m") Duration window) {

    void check(List<String> problems) {
      if (maxFailures < 1 || maxFailures > AttemptLimit.MAX_FAILURES) {
        problems.add("vouchers.attempts.max-failures must be 1.." + AttemptLimit.MAX_FAILURES
            + ", got " + maxFailures);
      }
      if (window.compareTo(Duration.ofSeconds(1)) < 0
          || window.compareTo(AttemptLimit.MAX_WINDOW) > 0) {
        problems.add("vouchers.attempts.window must be 1s..1d, got " + window);
      }
    }

    /** The core's limit. */
    AttemptLimit limit() {
      return new AttemptLimit(maxFailures, window);
    }
  }

  /**
   * V-4: sweeps.
   *
   * @param expiryEnabled whether this instance runs the expiry sweep (any number may)
   * @param interval the pause between two sweeps
   * @param batchSize the most vouchers expired (or subscriptions settled) per sweep call
   * @param subscriptionRenewalEnabled U-4: whether this instance runs the subscription sweep
   *     that writes renewals and expiries at term ends (any number may; reads show them
   *     before it runs)
   */
  public record Sweeps(
      @DefaultValue("true") boolean expiryEnabled,
      @DefaultValue("1m") Duration interval,
      @DefaultValue("500") int batchSize,
      @DefaultValue("true") boolean subscriptionRenewalEnabled) {

    void check(List<String> problems) {
      positive("vouchers.sweeps.interval", interval, problems);
      if (batchSize < 1) {
        problems.add("vouchers.sweeps.batch-size must be positive, got " + batchSize);
      }
    }
  }

  /**
   * The JDBC storage.
   *
   * @param initializeSchema create or migrate the library's tables at startup (off: the shop
   *     runs the shipped migrations itself)
   * @param schemaTool how: the shipped script, or Flyway or Liquibase with a history table of
   *     the library's own (the shop's own migrations keep running)
   * @param isolation the isolation level of the library's own transactions
   * @param maxAttempts attempts of a transaction that fails with a serialization failure
   * @param allowWriteDelay L-3: accept an H2 database that writes commits after acknowledging
   *     them ({@code WRITE_DELAY} above 0, H2's default for files), which loses them when the
   *     process is killed; off by default: the startup fails and asks for
   *     {@code ;WRITE_DELAY=0} in the URL
   */
  public record Jdbc(
      @DefaultValue("false") boolean initializeSchema,
      @DefaultValue("script") SchemaTool schemaTool,
      @DefaultValue("database-default") Isolation isolation,
      @DefaultValue("10") int maxAttempts,
      @DefaultValue("false") boolean allowWriteDelay) {}

  /** How {@code vouchers.jdbc.initialize-schema} creates the library's tables. */
  public enum SchemaTool {
    /** The shipped script ({@code CREATE ... IF NOT EXISTS}), no history. */
    SCRIPT,
    /** Flyway, recorded in {@code vouchers_flyway_history}; needs Flyway on the class path. */
    FLYWAY,
    /** Liquibase, recorded in {@code vouchers_databasechangelog}; needs Liquibase. */
    LIQUIBASE
  }

  private static void positive(String property, Duration value, List<String> problems) {
    if (value.isNegative() || value.isZero()) {
      problems.add(property + " must be positive, got " + value);
    }
  }
}
