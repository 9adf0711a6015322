// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.programme.domain.ProgrammeSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * M-5: delivery of the durable events from {@code vouchers.events.*}. The events are written
 * with every change whatever these say; {@code enabled} starts the relay on this instance,
 * which posts them as signed webhooks to {@code url} (with voucher-webhooks on the class path)
 * or hands them to the shop's own {@code EventDelivery} bean.
 *
 * @param enabled whether this instance relays the events
 * @param url the receiver's endpoint (http or https)
 * @param secret the shared secret of the signatures, at least 16 bytes in UTF-8
 * @param batchSize how many events one claim takes
 * @param pollInterval how long the relay waits when nothing was due
 * @param lease how long a claim is this instance's (longer than a batch takes)
 * @param retryFirst the delay after the first failure; it doubles per attempt
 * @param retryMax the longest delay between attempts
 * @param maxAttempts attempts before an event is parked
 * @param timeout how long one webhook request may take
 * @param retention ADR 0057: the sweep that deletes delivered events after a while
 */
@ConfigurationProperties("vouchers.events")
public record EventsProperties(
    @DefaultValue("false") boolean enabled,
    @Nullable URI url,
    @Nullable String secret,
    @DefaultValue("100") int batchSize,
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue("1m") Duration lease,
    @DefaultValue("30s") Duration retryFirst,
    @DefaultValue("6h") Duration retryMax,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue Retention retention) {

  /** Every property that is malformed, one line each (the webhook's only when it is used). */
  List<String> problems(boolean webhook) {
    List<String> problems = new ArrayList<>();
    if (batchSize < 1 || batchSize > 10_000) {
      problems.add("vouchers.events.batch-size must be 1..10000, got " + batchSize);
    }
    if (maxAttempts < 1) {
      problems.add("vouchers.events.max-attempts must be positive, got " + maxAttempts);
    }
    for (var d : List.of(List.of("poll-interval", pollInterval), List.of("lease", lease),
        List.of("retry-first", retryFirst), List.of("timeout", timeout))) {
      Duration value = (Duration) d.get(1);
      if (value.isNegative() || value.isZero()) {
        problems.add("vouchers.events." + d.get(0) + " must be positive, got " + value);
      }
    }
    if (retryMax.compareTo(retryFirst) < 0) {
      problems.add("vouchers.events.retry-max must not be below retry-first, got " + retryMax);
    }
    if (webhook) {
      URI endpoint = url;
      if (endpoint == null) {
        problems.add("vouchers.events.url is required with vouchers.events.enabled=true (or"
            + " define an EventDelivery bean)");
      } else if (!endpoint.isAbsolute() || !List.of("http", "https").contains(
          endpoint.getScheme())) {
        problems.add("vouchers.events.url must be an absolute http(s) URL, got " + endpoint);
      }
      String shared = secret;
      if (shared == null || shared.getBytes(StandardCharsets.UTF_8).length < 16) {
        problems.add("vouchers.events.secret is required with vouchers.events.url: at least 16"
            + " bytes (the value is never logged)");
      }
    }
    return problems;
  }

  /**
   * M-5, L-2 (ADR 0057): the retention of delivered events, {@code vouchers.events.retention.*}.
   * With {@code enabled} (the default, whether or not this instance relays) this instance
   * deletes, every {@code interval}, the events delivered longer than {@code period} ago, in
   * batches of {@code batch-size} until a batch comes back short (at most 100 per run); any
   * number of instances may run it. Events that are not delivered (pending, failing or parked)
   * are never deleted. Off, delivered events are kept for ever (delete them yourself, or run
   * {@code EventRetention}).
   *
   * @param enabled whether this instance runs the retention sweep
   * @param period how long a delivered event is kept (0 .. 36525d; 0: deleted at the next run)
   * @param interval the pause between two runs
   * @param batchSize the most events one statement deletes (1..10000)
   */
  public record Retention(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("7d") Duration period,
      @DefaultValue("1h") Duration interval,
      @DefaultValue("1000") int batchSize) {

    /** Every property that is malformed, one line each. */
    List<String> problems() {
      List<String> problems = new ArrayList<>();
      if (period.isNegative() || period.compareTo(ProgrammeSettings.MAX_WINDOW) > 0) {
        problems.add("vouchers.events.retention.period must be 0.."
            + ProgrammeSettings.MAX_WINDOW.toDays() + "d, got " + period);
      }
      if (interval.isNegative() || interval.isZero()) {
        problems.add("vouchers.events.retention.interval must be positive, got " + interval);
      }
      if (batchSize < 1 || batchSize > 10_000) {
        problems.add("vouchers.events.retention.batch-size must be 1..10000, got " + batchSize);
      }
      return problems;
    }
  }
}
