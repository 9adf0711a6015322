// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.sample.webshop.demo.DemoInbox;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON the API answers with: one record per representation, built from the library's
 * results. The API never serialises the library's types directly, so that its JSON stays as
 * documented in the README when the library's records grow. Money is {@code {amount,
 * currency}} with the amount as a decimal string (no floating point, T-3); instants are ISO-8601
 * strings in UTC; absent optional values are {@code null}.
 */
public final class Json {
  private Json() {}

  /**
   * Instants at the precision the JDBC store keeps (microseconds), so that the answer to a
   * command shows the same times as every later read.
   */
  static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * An amount of money (T-3).
   *
   * @param amount the decimal amount with the currency's minor digits, e.g. {@code "39.00"}
   * @param currency the ISO 4217 code
   */
  public record MoneyJson(String amount, String currency) {
    static MoneyJson of(Money money) {
      return new MoneyJson(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
  }

  /**
   * One reason of a refusal, as listed in a problem's {@code reasons}.
   *
   * @param code the reason code, e.g. {@code VOUCHER_IN_USE}
   * @param rule the rule of the domain brief, e.g. {@code V-6}
   * @param message what to show
   */
  public record ReasonJson(String code, String rule, String message) {
    static ReasonJson of(Reason reason) {
      return new ReasonJson(reason.code().name(), reason.rule(), reason.message());
    }
  }

  /**
   * A page of a listing (O-5).
   *
   * @param items the rows, newest first
   * @param next the cursor of the next page ({@code after=}), {@code null} on the last page
   * @param total how many rows matched the filter when the first page was read, counted up
   *     to 10,000 (O-5, L-1: later pages carry the first page's figure, nothing is recounted)
   * @param totalCapped whether more than {@code total} rows match ("10000+")
   * @param <T> the row type
   */
  public record PageJson<T>(List<T> items, @Nullable String next, long total,
      boolean totalCapped) {
    static <S, T> PageJson<T> of(Page<S> page, Function<? super S, ? extends T> row) {
      return new PageJson<>(page.items().stream().<T>map(row).toList(),
          page.next().orElse(null), page.total().count(), page.total().capped());
    }
  }

  /**
   * The demo clock.
   *
   * @param now what the library reads as now
   * @param offset how far ahead of real time it is (ISO-8601 duration)
   */
  public record ClockJson(Instant now, String offset) {
    static ClockJson of(Instant now, Duration offset) {
      return new ClockJson(now, offset.toString());
    }
  }

  /**
   * One e-mail of the demo inbox.
   *
   * @param index its position in the inbox, from 0
   * @param from the sender
   * @param to the recipients
   * @param subject the subject
   * @param body the text
   * @param receivedAt when it arrived
   * @param links the links in the text
   */
  public record MailJson(int index, String from, String to, String subject, String body,
      @Nullable Instant receivedAt, List<String> links) {
    static MailJson of(DemoInbox.Mail mail) {
      return new MailJson(mail.index(), mail.from(), mail.to(), mail.subject(), mail.body(),
          mail.receivedAt().orElse(null), mail.links());
    }
  }
}
