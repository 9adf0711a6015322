// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.ordering.domain.OrderRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON request bodies of the API. Every member is nullable as read; a required member that
 * is missing answers 400 naming every missing member at once. What the library checks itself
 * (lengths, ranges, e-mail addresses, domains) it refuses with its own reasons (422).
 */
public final class Bodies {
  private Bodies() {}

  /**
   * An order or a quote (O-1, O-2).
   *
   * @param customerName the customer it is meant for (optional)
   * @param notes free notes, e.g. an invoice number (optional)
   * @param paymentMethod how it is paid (required)
   * @param lines at least one line (required)
   */
  public record OrderBody(@Nullable String customerName, @Nullable String notes,
      @Nullable String paymentMethod, @Nullable List<@Nullable LineBody> lines) {

    /** The library's request, or 400 naming every missing member. */
    OrderRequest request() {
      Missing missing = new Missing();
      missing.check(paymentMethod, "paymentMethod");
      missing.check(lines, "lines");
      List<OrderRequest.Line> checked = new ArrayList<>();
      if (lines != null) {
        for (int i = 0; i < lines.size(); i++) {
          LineBody line = lines.get(i);
          String at = "lines[" + i + "]";
          if (missing.check(line, at)) {
            missing.check(line.product(), at + ".product");
            missing.check(line.validityYears(), at + ".validityYears");
            missing.check(line.quantity(), at + ".quantity");
            if (line.product() != null && line.validityYears() != null
                && line.quantity() != null) {
              checked.add(new OrderRequest.Line(line.product(), line.validityYears(),
                  orZero(line.fqdns()), orZero(line.wildcards()), line.quantity()));
            }
          }
        }
      }
      missing.throwIfAny();
      return new OrderRequest(Optional.ofNullable(customerName), Optional.ofNullable(notes),
          java.util.Objects.requireNonNull(paymentMethod), checked);
    }

    private static int orZero(@Nullable Integer count) {
      return count == null ? 0 : count;
    }
  }

  /**
   * One order line (O-2).
   *
   * @param product the product id (required)
   * @param validityYears validity in years (required)
   * @param fqdns number of FQDNs (default 0)
   * @param wildcards number of wildcards (default 0)
   * @param quantity number of vouchers, 1..1000 (required)
   */
  public record LineBody(@Nullable String product, @Nullable Integer validityYears,
      @Nullable Integer fqdns, @Nullable Integer wildcards, @Nullable Integer quantity) {}

  /**
   * A reason for the history.
   *
   * @param why the reason (optional)
   */
  public record WhyBody(@Nullable String why) {}

  /**
   * M-2: an extension of the expiry.
   *
   * @param until the new expiry (required)
   * @param why the reason (required)
   */
  public record ExpiryBody(java.time.@Nullable Instant until, @Nullable String why) {}

  /**
   * A comment on a voucher (V-8).
   *
   * @param text the comment; blank removes it (required)
   */
  public record CommentBody(@Nullable String text) {}

  /**
   * An activation link (S-2).
   *
   * @param email the customer's e-mail address (required)
   * @param message the partner's personal message (optional)
   */
  public record ActivationLinkBody(@Nullable String email, @Nullable String message) {}

  /**
   * A tier (T-5).
   *
   * @param tier the new tier, e.g. {@code GOLD} (required)
   */
  public record TierBody(@Nullable String tier) {}

  /**
   * A power of attorney (D-2).
   *
   * @param organisation the organisation (required)
   * @param documentReference where the signed document is kept (required)
   * @param validUntil when it stops being valid, ISO-8601 (optional)
   */
  public record MandateBody(@Nullable String organisation, @Nullable String documentReference,
      java.time.@Nullable Instant validUntil) {}

  /**
   * A code as the end customer typed it (C-4).
   *
   * @param code the code (required)
   */
  public record CodeBody(@Nullable String code) {}

  /**
   * G-2: the token of an activation link the end customer followed (its {@code link} query
   * parameter).
   *
   * @param link the token (required)
   */
  public record LinkBody(@Nullable String link) {}

  /**
   * A domain to prove control of (D-1).
   *
   * @param code the code (required)
   * @param domain the domain (required)
   */
  public record DomainBody(@Nullable String code, @Nullable String domain) {}

  /**
   * A certificate request (V-1, D-1, D-2).
   *
   * @param code the code (required)
   * @param reference the certificate platform's request reference (required)
   * @param organisation the organisation the certificate is for (needed for D-2 products)
   */
  public record CertificateRequestBody(@Nullable String code, @Nullable String reference,
      @Nullable String organisation) {}

  /**
   * A move of the demo clock.
   *
   * @param advance an ISO-8601 duration ({@code PT2H}, {@code P31D}) or period ({@code P1Y})
   */
  public record ClockBody(@Nullable String advance) {}

  /** Collects the names of missing members; 400 naming all of them. */
  static final class Missing {
    private final List<String> names = new ArrayList<>();

    /**
     * Notes the member as missing if it is.
     *
     * @return whether it is present
     */
    boolean check(@Nullable Object value, String name) {
      if (value == null) {
        names.add(name);
        return false;
      }
      return true;
    }

    /** 400 naming every missing member, if any. */
    void throwIfAny() {
      if (!names.isEmpty()) {
        throw Problems.malformed("missing in the request body: " + String.join(", ", names));
      }
    }
  }

  /**
   * A required member.
   *
   * @param value the member as read
   * @param name its name
   * @return the value
   * @throws org.springframework.web.ErrorResponseException 400 when it is missing
   */
  static <T> T required(@Nullable T value, String name) {
    Missing missing = new Missing();
    missing.check(value, name);
    missing.throwIfAny();
    return java.util.Objects.requireNonNull(value);
  }
}
