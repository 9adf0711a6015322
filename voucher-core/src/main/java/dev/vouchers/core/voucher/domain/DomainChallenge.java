// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.Text;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * D-1: a redeemer proves control of a domain by publishing {@code secret} at
 * {@code http(s)://<domain>/<checkName>} or in a DNS TXT record at {@code <checkName>.<domain>}.
 * The core issues the challenge and decides on what the probe observed.
 *
 * @param domain the domain to prove
 * @param checkName the configured check name (a path segment and a DNS label)
 * @param secret the random secret to publish
 * @param issuedAt when it was issued
 * @param expiresAt after this instant the challenge can no longer be met
 * @param verifiedAt when control was proven, if it was
 */
public record DomainChallenge(
    DomainName domain, String checkName, String secret, Instant issuedAt, Instant expiresAt,
    Optional<Instant> verifiedAt) {

  private static final java.util.regex.Pattern CHECK_NAME =
      java.util.regex.Pattern.compile("[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?");

  /** The check name is one DNS label; the secret at least 26 characters (128 bits). */
  public DomainChallenge {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(verifiedAt, "verifiedAt");
    if (!isCheckName(checkName)) {
      throw new IllegalArgumentException("check name must be one lower-case DNS label"
          + (checkName.length() <= 63 && Text.storable(checkName, Text.Kind.SINGLE_LINE)
              ? ": " + checkName : ""));
    }
    if (secret.length() < 26) {
      throw new IllegalArgumentException("a challenge secret has at least 26 symbols");
    }
  }

  /**
   * D-1: whether {@code name} can be a check name: one lower-case DNS label (letters, digits,
   * underscore, inner hyphens; at most 63 characters), which is also a safe URL path segment.
   */
  public static boolean isCheckName(String name) {
    return name.length() <= 63 && CHECK_NAME.matcher(name).matches();
  }

  /** The two web locations the secret may be published at. */
  public List<URI> httpLocations() {
    return List.of(URI.create("http://" + domain.value() + "/" + checkName),
        URI.create("https://" + domain.value() + "/" + checkName));
  }

  /** The DNS name of the TXT record that may carry the secret. */
  public String dnsRecordName() {
    return checkName + "." + domain.value();
  }

  /** Whether control was proven. */
  public boolean verified() {
    return verifiedAt.isPresent();
  }

  /**
   * D-1: decides on an observation at {@code now}: proven when the HTTP body (trimmed) or one
   * TXT record equals the secret, before the challenge expired.
   */
  public Either<Refusal, DomainChallenge> decide(ProbeObservation observation, Instant now) {
    if (verified()) {
      return Either.right(this);
    }
    if (now.isAfter(expiresAt)) {
      return Either.left(Refusal.of(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN,
          "the challenge for " + domain + " expired at " + expiresAt + "; ask for a new one"));
    }
    boolean onWeb = observation.httpBody().map(String::trim).filter(secret::equals).isPresent();
    boolean inDns = observation.txtRecords().stream().map(String::trim).anyMatch(secret::equals);
    if (!onWeb && !inDns) {
      return Either.left(Refusal.of(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN,
          "the secret was found neither at " + httpLocations().get(0) + " (or https) nor in a "
              + "TXT record at " + dnsRecordName()));
    }
    return Either.right(new DomainChallenge(domain, checkName, secret, issuedAt, expiresAt,
        Optional.of(now)));
  }
}
