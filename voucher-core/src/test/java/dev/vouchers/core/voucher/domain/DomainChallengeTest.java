// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DomainChallengeTest {
  private static final String SECRET = "K7QW2M9XHBDA4TREPZ6SNV8CJY";
  private static final Instant EXPIRES = T0.plus(Duration.ofDays(7));
  private static final Instant NOW = T0.plus(Duration.ofHours(1));
  private static final DomainChallenge CHALLENGE = new DomainChallenge(
      new DomainName("shop.example.com"), "_voucher-challenge", SECRET, T0, EXPIRES, Optional.empty());

  private static ProbeObservation web(String body) {
    return new ProbeObservation(Optional.of(body), List.of());
  }

  private static ProbeObservation dns(String... records) {
    return new ProbeObservation(Optional.empty(), List.of(records));
  }

  @Test
  void publishesAtTheCheckNameOverHttpAndHttpsAndInDns_D1() {
    assertThat(CHALLENGE.httpLocations()).containsExactly(
        URI.create("http://shop.example.com/_voucher-challenge"),
        URI.create("https://shop.example.com/_voucher-challenge"));
    assertThat(CHALLENGE.dnsRecordName()).isEqualTo("_voucher-challenge.shop.example.com");
  }

  @Test
  void provenByTheSecretAsHttpBodyTrimmed_D1() {
    Either<Refusal, DomainChallenge> result = CHALLENGE.decide(web("\n  " + SECRET + " \r\n"), NOW);
    assertThat(result.get().verified()).isTrue();
    assertThat(result.get().verifiedAt()).contains(NOW);
    assertThat(result.get().secret()).isEqualTo(SECRET);
    assertThat(result.get().domain()).isEqualTo(CHALLENGE.domain());
    assertThat(result.get().issuedAt()).isEqualTo(T0);
    assertThat(result.get().expiresAt()).isEqualTo(EXPIRES);
    assertThat(CHALLENGE.verified()).isFalse();
  }

  @Test
  void provenByOneMatchingTxtRecord_D1() {
    Either<Refusal, DomainChallenge> result = CHALLENGE.decide(dns("v=spf1 -all", " " + SECRET), NOW);
    assertThat(result.get().verifiedAt()).contains(NOW);
  }

  @Test
  void refusedWhenTheSecretIsNeitherOnTheWebNorInDns_D1() {
    for (ProbeObservation seen : List.of(ProbeObservation.nothing(), web("hello"),
        web(SECRET + "x"), dns("other"), web(SECRET.toLowerCase(java.util.Locale.ROOT)),
        new ProbeObservation(Optional.of("nope"), List.of("nope")))) {
      Either<Refusal, DomainChallenge> result = CHALLENGE.decide(seen, NOW);
      assertThat(result.isLeft()).as("%s", seen).isTrue();
      assertThat(result.getLeft().codes()).containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
      assertThat(result.getLeft().reasons().get(0).message())
          .contains("http://shop.example.com/_voucher-challenge")
          .contains("_voucher-challenge.shop.example.com");
    }
  }

  @Test
  void expiredChallengeCannotBeMet_D1() {
    assertThat(CHALLENGE.decide(web(SECRET), EXPIRES).isRight()).isTrue(); // at the instant: still
    Either<Refusal, DomainChallenge> late = CHALLENGE.decide(web(SECRET), EXPIRES.plusNanos(1));
    assertThat(late.getLeft().codes()).containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
    assertThat(late.getLeft().reasons().get(0).message()).contains("expired")
        .contains(EXPIRES.toString()).contains("shop.example.com");
  }

  @Test
  void alreadyVerifiedChallengeStaysVerified_D1() {
    DomainChallenge verified = CHALLENGE.decide(web(SECRET), NOW).get();
    Either<Refusal, DomainChallenge> again =
        verified.decide(ProbeObservation.nothing(), EXPIRES.plus(Duration.ofDays(30)));
    assertThat(again.get()).isSameAs(verified);
    assertThat(again.get().verifiedAt()).contains(NOW);
  }

  @Test
  void checkNameIsOneDnsLabelAndSecretHasAtLeast26Symbols_D1() {
    DomainName domain = new DomainName("example.com");
    assertThatThrownBy(() -> new DomainChallenge(domain, "a/b", SECRET, T0, EXPIRES, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a/b");
    assertThatThrownBy(() -> new DomainChallenge(domain, "a.b", SECRET, T0, EXPIRES, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DomainChallenge(domain, "Upper", SECRET, T0, EXPIRES, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DomainChallenge(domain, "ab-", SECRET, T0, EXPIRES, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DomainChallenge(domain, "", SECRET, T0, EXPIRES, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DomainChallenge(domain, "x".repeat(64), SECRET, T0, EXPIRES,
        Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThat(new DomainChallenge(domain, "x".repeat(63), SECRET, T0, EXPIRES, Optional.empty())
        .checkName()).hasSize(63);
    assertThat(new DomainChallenge(domain, "a", SECRET, T0, EXPIRES, Optional.empty()).checkName())
        .isEqualTo("a");
    assertThatThrownBy(() -> new DomainChallenge(domain, "ok", "s".repeat(25), T0, EXPIRES,
        Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("26");
    assertThat(new DomainChallenge(domain, "ok", "s".repeat(26), T0, EXPIRES, Optional.empty())
        .secret()).hasSize(26);
  }

  @Test
  void observationCopiesItsRecords_D1() {
    java.util.List<String> records = new java.util.ArrayList<>(List.of("a"));
    ProbeObservation seen = new ProbeObservation(Optional.empty(), records);
    records.add(SECRET);
    assertThat(seen.txtRecords()).containsExactly("a");
    assertThat(ProbeObservation.nothing().httpBody()).isEmpty();
    assertThat(ProbeObservation.nothing().txtRecords()).isEmpty();
  }
}
