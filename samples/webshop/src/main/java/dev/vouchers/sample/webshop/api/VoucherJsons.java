// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.port.in.RedeemableVoucher;
import dev.vouchers.core.voucher.port.in.VoucherDetails;
import dev.vouchers.core.voucher.port.in.VoucherView;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of vouchers, their history, a looked-up code, a redemption and a domain challenge
 * (see {@link Json} for the conventions).
 */
public final class VoucherJsons {
  private VoucherJsons() {}

  /**
   * A voucher as its partner (or vendor staff) sees it: the real status as of now (C-5, V-4).
   *
   * @param id its id
   * @param order its order
   * @param orderNumber its order's short number, nine digits (M-4); null for an end customer
   * @param code the code in display form; masked ({@code ****-ABCD}) for anyone but its partner
   * @param status the status as of now
   * @param product the product id
   * @param productName its name
   * @param validityYears validity in years
   * @param fqdns number of FQDNs
   * @param wildcards number of wildcards
   * @param issuedAt when it was bought
   * @param expiresAt when it expires unless used
   * @param assignment to whom the activation link was sent (S-2)
   * @param certificateRequest the certificate request reference
   * @param comment the partner's comment (V-8)
   * @param redemptionUrl the redemption URL (C-6)
   */
  public record VoucherJson(String id, String order, @Nullable String orderNumber, String code,
      String status, String product, String productName, int validityYears, int fqdns,
      int wildcards, Instant issuedAt, Instant expiresAt, @Nullable AssignmentJson assignment,
      @Nullable String certificateRequest, @Nullable String comment, URI redemptionUrl) {
    static VoucherJson of(VoucherView v) {
      ProductConfiguration c = v.configuration();
      return new VoucherJson(v.id().value(), v.order().value(),
          v.orderNumber().isEmpty() ? null : v.orderNumber().replace(" ", ""), v.code(),
          v.status().name(), c.product().value(), v.productName(), c.validityYears(), c.fqdns(),
          c.wildcards(),
          Json.micros(v.issuedAt()), Json.micros(v.expiresAt()),
          v.assignment().map(AssignmentJson::of).orElse(null),
          v.certificateRequest().orElse(null), v.comment().orElse(null), v.redemptionUrl());
    }
  }

  /**
   * The recipient of an activation link (S-2).
   *
   * @param recipient the e-mail address
   * @param message the partner's personal message
   * @param sentAt when the link was last sent
   */
  public record AssignmentJson(String recipient, String message, Instant sentAt) {
    static AssignmentJson of(Assignment assignment) {
      return new AssignmentJson(assignment.recipient().value(), assignment.message(),
          Json.micros(assignment.sentAt()));
    }
  }

  /**
   * A voucher with its history (V-2).
   *
   * @param voucher the voucher
   * @param history every move, oldest first
   */
  public record VoucherDetailsJson(VoucherJson voucher, List<HistoryJson> history) {
    static VoucherDetailsJson of(VoucherDetails details) {
      return new VoucherDetailsJson(VoucherJson.of(details.voucher()),
          details.history().stream().map(HistoryJson::of).toList());
    }
  }

  /**
   * One move of a voucher (V-2).
   *
   * @param from status before
   * @param to status after
   * @param at when
   * @param by who
   * @param why the reason given
   * @param data the move's data (recipient and message, request reference, ...)
   */
  public record HistoryJson(String from, String to, Instant at, String by, String why,
      Map<String, String> data) {
    static HistoryJson of(HistoryEntry entry) {
      return new HistoryJson(entry.from().name(), entry.to().name(), Json.micros(entry.at()),
          entry.by(), entry.why(), new java.util.TreeMap<>(entry.data()));
    }
  }

  /**
   * What an end customer learns about a usable code (C-5).
   *
   * @param productName the product
   * @param kind the product kind
   * @param status VALID, ASSIGNED, PENDING, RESERVED or REDEEMED
   * @param expiresAt when it expires unless used
   * @param needsOrganisationActivation P-2
   * @param needsDomainControl P-2, D-1
   * @param needsMandate P-2, D-2
   */
  public record LookupJson(String productName, String kind, String status, Instant expiresAt,
      boolean needsOrganisationActivation, boolean needsDomainControl, boolean needsMandate) {
    static LookupJson of(RedeemableVoucher v) {
      return new LookupJson(v.productName(), v.kind().name(), v.status().name(),
          Json.micros(v.expiresAt()), v.needsOrganisationActivation(), v.needsDomainControl(),
          v.needsMandate());
    }
  }

  /**
   * A voucher as its end customer sees it after a step of the redemption: no id, no code, none
   * of the partner's notes.
   *
   * @param status the status after the step
   * @param productName the product
   * @param expiresAt when it expires unless used
   * @param certificateRequest the certificate request reference, once submitted
   */
  public record RedemptionJson(String status, String productName, Instant expiresAt,
      @Nullable String certificateRequest) {
    static RedemptionJson of(VoucherView v) {
      return new RedemptionJson(v.status().name(), v.productName(),
          Json.micros(v.expiresAt()),
          v.certificateRequest().orElse(null));
    }
  }

  /**
   * A domain-control challenge (D-1): publish {@code secret} at one of {@code httpLocations} or
   * in a TXT record at {@code dnsRecordName}, then ask for verification.
   *
   * @param domain the domain to prove
   * @param secret the random secret to publish
   * @param dnsRecordName the name of the TXT record
   * @param httpLocations the web locations
   * @param issuedAt when it was issued
   * @param expiresAt after this instant it can no longer be met
   * @param verified whether control was proven
   * @param verifiedAt when control was proven
   */
  public record ChallengeJson(String domain, String secret, String dnsRecordName,
      List<URI> httpLocations, Instant issuedAt, Instant expiresAt, boolean verified,
      @Nullable Instant verifiedAt) {
    static ChallengeJson of(DomainChallenge c) {
      return new ChallengeJson(c.domain().value(), c.secret(), c.dnsRecordName(),
          c.httpLocations(), Json.micros(c.issuedAt()), Json.micros(c.expiresAt()), c.verified(),
          c.verifiedAt().map(Json::micros).orElse(null));
    }
  }
}
