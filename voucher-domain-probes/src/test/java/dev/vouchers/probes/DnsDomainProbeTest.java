// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.ProbeObservation;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** D-1, the DNS side, against a DNS responder on loopback. */
class DnsDomainProbeTest {
  private static final DomainName SHOP = new DomainName("shop.example");
  private static final String CHECK = "_voucher-challenge";
  private static final String NAME = CHECK + ".shop.example";
  private static final String SECRET = "0123456789abcdefghjkmnpqrs";
  /** Bounds a test that waits on a silent server; the probe's own timeouts are far shorter. */
  private static final Duration BOUND = Duration.ofSeconds(20);

  private LoopbackDnsServer dns;

  @BeforeEach
  void startServer() throws SocketException {
    dns = LoopbackDnsServer.start();
  }

  @AfterEach
  void stopServer() {
    dns.close();
  }

  private DnsDomainProbe.Builder loopback() {
    return DnsDomainProbe.builder()
        .servers(dns.address())
        .timeout(Duration.ofSeconds(5))
        .retries(1);
  }

  private ProbeObservation observe(DnsDomainProbe probe) {
    return assertTimeoutPreemptively(BOUND, () -> probe.observe(SHOP, CHECK));
  }

  @Test
  void observesTheTxtRecordAtTheCheckName_D1() {
    dns.publish(NAME, SECRET);

    ProbeObservation observation = observe(loopback().build());

    assertThat(observation.txtRecords()).containsExactly(SECRET);
    assertThat(observation.httpBody()).isEmpty();
  }

  @Test
  void observesEveryTxtRecordAtTheCheckName_D1() {
    dns.publish(NAME, "v=spf1 -all");
    dns.publish(NAME, SECRET);
    dns.publish(NAME, "google-site-verification=abc");

    assertThat(observe(loopback().build()).txtRecords())
        .containsExactlyInAnyOrder("v=spf1 -all", SECRET, "google-site-verification=abc");
  }

  @Test
  void concatenatesTheStringsOfOneRecord_D1() {
    dns.publish(NAME, "0123456789", "abcdefghjk", "mnpqrs");
    dns.publish("_quoted.shop.example", "say \"hi\" ", "", "back\\slash");

    assertThat(observe(loopback().build()).txtRecords()).containsExactly(SECRET);
    assertThat(assertTimeoutPreemptively(BOUND, () -> loopback().build().observe(SHOP, "_quoted"))
        .txtRecords()).containsExactly("say \"hi\" back\\slash");
  }

  @Test
  void readsTheOctetsOfARecordAsUtf8_D1() {
    dns.publish(NAME, "grüezi ", SECRET);

    assertThat(observe(loopback().build()).txtRecords()).containsExactly("grüezi " + SECRET);
  }

  @Test
  void aNameThatDoesNotExistHasNoRecords_D1() {
    dns.publish("_other.shop.example", SECRET);

    assertThat(observe(loopback().build())).isEqualTo(ProbeObservation.nothing());
  }

  @Test
  void aNameWithoutTxtRecordsHasNone_D1() {
    dns.exists(NAME);

    assertThat(observe(loopback().build())).isEqualTo(ProbeObservation.nothing());
  }

  @Test
  void aServerThatNeverAnswersYieldsNothingAfterTheTimeout_D1() throws SocketException {
    try (DatagramSocket silent = silentServer()) {
      DnsDomainProbe probe = DnsDomainProbe.builder()
          .servers((InetSocketAddress) silent.getLocalSocketAddress())
          .timeout(Duration.ofMillis(200))
          .retries(2)
          .build();

      assertThat(observe(probe)).isEqualTo(ProbeObservation.nothing());
    }
  }

  @Test
  void asksTheNextServerWhenOneNeverAnswers_D1() throws SocketException {
    dns.publish(NAME, SECRET);
    try (DatagramSocket silent = silentServer()) {
      DnsDomainProbe probe = DnsDomainProbe.builder()
          .servers((InetSocketAddress) silent.getLocalSocketAddress(), dns.address())
          .timeout(Duration.ofMillis(200))
          .retries(1)
          .build();

      assertThat(observe(probe).txtRecords()).containsExactly(SECRET);
    }
  }

  @Test
  void aCheckNameThatIsNoDnsLabelIsAProgrammingError_D1() {
    DnsDomainProbe probe = loopback().build();

    assertThatThrownBy(() -> probe.observe(SHOP, "a.b")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builderRefusesSettingsOutOfRange() {
    DnsDomainProbe.Builder builder = DnsDomainProbe.builder();
    assertThatThrownBy(() -> builder.timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.timeout(Duration.ofNanos(999)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.retries(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.retries(6)).isInstanceOf(IllegalArgumentException.class);
  }

  /** A bound UDP socket that never reads: queries sent to it are never answered. */
  private static DatagramSocket silentServer() throws SocketException {
    return new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }
}
