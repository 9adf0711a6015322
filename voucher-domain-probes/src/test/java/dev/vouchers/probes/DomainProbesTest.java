// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.ProbeObservation;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** D-1: the web and the DNS probe as one, against loopback servers, decided by the core. */
class DomainProbesTest {
  private static final DomainName SHOP = new DomainName("shop.example");
  private static final String CHECK = "_voucher-challenge";
  private static final String SECRET = "0123456789abcdefghjkmnpqrs";
  private static final Instant ISSUED = Instant.parse("2026-11-21T09:00:00Z");
  private static final DomainChallenge CHALLENGE = new DomainChallenge(SHOP, CHECK, SECRET,
      ISSUED, ISSUED.plus(Duration.ofDays(7)), Optional.empty());
  private static final Duration BOUND = Duration.ofSeconds(20);

  private LoopbackWebServer web;
  private LoopbackDnsServer dns;
  private ExecutorService executor;

  @BeforeEach
  void startServers() throws IOException {
    web = LoopbackWebServer.start();
    dns = LoopbackDnsServer.start();
    executor = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopServers() {
    executor.shutdownNow();
    web.close();
    dns.close();
  }

  private HttpDomainProbe http() {
    return HttpDomainProbe.builder().schemes("http").httpPort(web.port())
        .connectTo(domain -> InetAddress.getLoopbackAddress().getHostAddress())
        .requestTimeout(Duration.ofSeconds(8)).build();
  }

  private DnsDomainProbe dns() {
    return DnsDomainProbe.builder().servers(dns.address()).timeout(Duration.ofSeconds(5))
        .retries(1).build();
  }

  private List<DomainProbe> both() {
    return List.of(DomainProbes.combined(http(), dns()),
        DomainProbes.concurrent(executor, http(), dns()));
  }

  private static boolean proven(DomainProbe probe) {
    ProbeObservation observation = assertTimeoutPreemptively(BOUND,
        () -> probe.observe(SHOP, CHECK));
    return CHALLENGE.decide(observation, ISSUED.plus(Duration.ofHours(1))).isRight();
  }

  @Test
  void aSecretPublishedOnlyOnTheWebIsProof_D1() {
    web.serve("/" + CHECK, 200, SECRET + "\n");

    for (DomainProbe probe : both()) {
      assertThat(probe.observe(SHOP, CHECK))
          .isEqualTo(new ProbeObservation(Optional.of(SECRET + "\n"), List.of()));
      assertThat(proven(probe)).isTrue();
    }
  }

  @Test
  void aSecretPublishedOnlyInDnsIsProof_D1() {
    dns.publish(CHECK + ".shop.example", SECRET);

    for (DomainProbe probe : both()) {
      assertThat(probe.observe(SHOP, CHECK))
          .isEqualTo(new ProbeObservation(Optional.empty(), List.of(SECRET)));
      assertThat(proven(probe)).isTrue();
    }
  }

  @Test
  void aSecretPublishedNowhereIsNoProof_D1() {
    web.serve("/" + CHECK, 200, "something else");
    dns.publish(CHECK + ".shop.example", "v=spf1 -all");

    for (DomainProbe probe : both()) {
      assertThat(proven(probe)).isFalse();
      assertThat(CHALLENGE.decide(probe.observe(SHOP, CHECK), ISSUED).getLeft().codes())
          .containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
    }
  }

  @Test
  void theFirstBodyAndEveryRecordAreKept_D1() {
    DomainProbe first = (domain, check) -> new ProbeObservation(Optional.empty(), List.of("a"));
    DomainProbe second = (domain, check) -> new ProbeObservation(Optional.of("b"), List.of("c"));
    DomainProbe third = (domain, check) -> new ProbeObservation(Optional.of("d"), List.of("e"));
    ProbeObservation expected = new ProbeObservation(Optional.of("b"), List.of("a", "c", "e"));

    assertThat(DomainProbes.combined(first, second, third).observe(SHOP, CHECK))
        .isEqualTo(expected);
    assertThat(DomainProbes.concurrent(executor, first, second, third).observe(SHOP, CHECK))
        .isEqualTo(expected);
  }

  @Test
  void aProbeTheExecutorRefusesRunsOnTheCallersThread_D1() {
    dns.publish(CHECK + ".shop.example", SECRET);
    DomainProbe probe = DomainProbes.concurrent(task -> {
      throw new RejectedExecutionException("full");
    }, http(), dns());

    assertThat(proven(probe)).isTrue();
  }

  @Test
  void aProbeThatBreaksItsContractIsNotHidden_D1() {
    DomainProbe broken = (domain, check) -> {
      throw new IllegalStateException("broken probe");
    };

    assertThatThrownBy(() -> DomainProbes.combined(http(), broken).observe(SHOP, CHECK))
        .hasMessage("broken probe");
    assertThatThrownBy(() -> DomainProbes.concurrent(executor, http(), broken)
        .observe(SHOP, CHECK)).hasMessage("broken probe");
  }

  @Test
  void atLeastOneProbe() {
    assertThatThrownBy(DomainProbes::combined).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DomainProbes.concurrent(executor))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
