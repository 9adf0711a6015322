// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.ProbeObservation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** D-1, the web side, against a web server on loopback; every name connects there. */
class HttpDomainProbeTest {
  private static final DomainName SHOP = new DomainName("shop.example");
  private static final String CHECK = "_voucher-challenge";
  private static final String PATH = "/" + CHECK;
  private static final String SECRET = "0123456789abcdefghjkmnpqrs";
  /** Bounds a test that waits on a stalled server; the probe's own timeouts are far shorter. */
  private static final Duration BOUND = Duration.ofSeconds(20);

  private LoopbackWebServer web;

  @BeforeEach
  void startServer() throws IOException {
    web = LoopbackWebServer.start();
  }

  @AfterEach
  void stopServer() {
    web.close();
  }

  private HttpDomainProbe.Builder loopback() {
    return HttpDomainProbe.builder()
        .schemes("http")
        .httpPort(web.port())
        .connectTo(domain -> InetAddress.getLoopbackAddress().getHostAddress())
        // generous: a loopback answer can take seconds on a loaded build machine; the tests of
        // the timeouts themselves set short ones
        .connectTimeout(Duration.ofSeconds(8))
        .requestTimeout(Duration.ofSeconds(8));
  }

  private ProbeObservation observe(HttpDomainProbe probe) {
    return assertTimeoutPreemptively(BOUND, () -> probe.observe(SHOP, CHECK));
  }

  @Test
  void observesTheBodyServedAtTheCheckName_D1() {
    web.serve(PATH, 200, SECRET);

    ProbeObservation observation = observe(loopback().build());

    assertThat(observation.httpBody()).contains(SECRET);
    assertThat(observation.txtRecords()).isEmpty();
    assertThat(web.requested()).containsExactly(PATH);
  }

  @Test
  void observesTheBodyAsServedAndTheCoreTrimsIt_D1() {
    web.serve(PATH, 200, "  " + SECRET + "\r\n");

    ProbeObservation observation = observe(loopback().build());

    assertThat(observation.httpBody()).contains("  " + SECRET + "\r\n");
    DomainChallenge challenge = new DomainChallenge(SHOP, CHECK, SECRET,
        Instant.parse("2026-11-21T09:00:00Z"), Instant.parse("2026-11-28T09:00:00Z"),
        Optional.empty());
    assertThat(challenge.decide(observation, Instant.parse("2026-11-22T09:00:00Z")).get()
        .verified()).isTrue();
  }

  @Test
  void readsTheBodyAsUtf8WithoutAByteOrderMark_D1() {
    web.serve(PATH, 200, "\uFEFFgrüezi-" + SECRET);

    assertThat(observe(loopback().build()).httpBody()).contains("grüezi-" + SECRET);
  }

  @Test
  void aMissingPageIsNotObserved_D1() {
    assertThat(observe(loopback().build())).isEqualTo(ProbeObservation.nothing());
    assertThat(web.requested()).containsExactly(PATH);
  }

  @Test
  void onlyA2xxAnswerCounts_D1() {
    web.serve(PATH, 500, SECRET);

    assertThat(observe(loopback().build()).httpBody()).isEmpty();
  }

  @Test
  void aBodyOverTheLimitIsNotObserved_D1() {
    String limit = "x".repeat(64);
    web.serve(PATH, 200, limit + "y");
    web.serveChunked("/_chunked", limit + "y");
    web.serve("/_exactly", 200, limit);
    HttpDomainProbe probe = loopback().maxBodyBytes(64).build();

    assertThat(observe(probe).httpBody()).as("declared length over the limit").isEmpty();
    assertThat(assertTimeoutPreemptively(BOUND, () -> probe.observe(SHOP, "_chunked"))
        .httpBody()).as("streamed body over the limit").isEmpty();
    assertThat(assertTimeoutPreemptively(BOUND, () -> probe.observe(SHOP, "_exactly"))
        .httpBody()).contains(limit);
  }

  @Test
  void aServerThatNeverAnswersIsGivenUpOnAfterTheRequestTimeout_D1() {
    web.stall(PATH);

    ProbeObservation observation =
        observe(loopback().requestTimeout(Duration.ofMillis(300)).build());

    assertThat(observation).isEqualTo(ProbeObservation.nothing());
  }

  @Test
  void aBodyThatNeverEndsIsGivenUpOnAfterTheRequestTimeout_D1() {
    web.stallBody(PATH, SECRET);

    ProbeObservation observation =
        observe(loopback().requestTimeout(Duration.ofMillis(300)).build());

    assertThat(observation).isEqualTo(ProbeObservation.nothing());
  }

  @Test
  void followsRedirectsOnTheSameDomain_D1() {
    web.redirect(PATH, 301, "/.well-known/voucher");
    web.redirect("/.well-known/voucher", 302, "http://SHOP.example./proof?v=1");
    web.serve("/proof", 200, SECRET);

    assertThat(observe(loopback().build()).httpBody()).contains(SECRET);
    assertThat(web.requested()).containsExactly(PATH, "/.well-known/voucher", "/proof");
  }

  @Test
  void doesNotFollowARedirectToAnotherHost_D1() {
    web.redirect(PATH, 302, "http://other.example/proof");
    web.serve("/proof", 200, SECRET);

    assertThat(observe(loopback().build())).isEqualTo(ProbeObservation.nothing());
    assertThat(web.requested()).containsExactly(PATH);
  }

  @Test
  void doesNotFollowARedirectToAnotherPortOrScheme_D1() {
    web.serve("/proof", 200, SECRET);
    web.redirect(PATH, 307, "http://shop.example:8080/proof");
    web.redirect("/_ftp", 307, "ftp://shop.example/proof");

    HttpDomainProbe probe = loopback().build();
    assertThat(observe(probe)).isEqualTo(ProbeObservation.nothing());
    assertThat(assertTimeoutPreemptively(BOUND, () -> probe.observe(SHOP, "_ftp")))
        .isEqualTo(ProbeObservation.nothing());
    assertThat(web.requested()).containsExactly(PATH, "/_ftp");
  }

  @Test
  void followsAtMostTheConfiguredNumberOfRedirects_D1() {
    web.redirect(PATH, 302, "/1");
    web.redirect("/1", 302, "/2");
    web.redirect("/2", 302, "/3");
    web.serve("/3", 200, SECRET);

    assertThat(observe(loopback().maxRedirects(2).build()).httpBody()).isEmpty();
    assertThat(observe(loopback().maxRedirects(3).build()).httpBody()).contains(SECRET);
    assertThat(observe(loopback().maxRedirects(0).build()).httpBody()).isEmpty();
  }

  @Test
  void aRedirectWithoutLocationIsNotObserved_D1() {
    web.serve(PATH, 302, SECRET);

    assertThat(observe(loopback().build())).isEqualTo(ProbeObservation.nothing());
  }

  @Test
  void aRefusedConnectionIsNotObserved_D1() throws IOException {
    HttpDomainProbe probe = loopback().httpPort(closedPort()).build();

    assertThat(observe(probe)).isEqualTo(ProbeObservation.nothing());
  }

  @Test
  void triesTheSchemesInOrderUntilOneYieldsABody_D1() throws IOException {
    web.serve(PATH, 200, SECRET);
    int closed = closedPort();

    HttpDomainProbe httpsFirst = loopback().schemes("https", "http").httpsPort(closed).build();
    assertThat(observe(httpsFirst).httpBody()).contains(SECRET);

    HttpDomainProbe httpsOnly = loopback().schemes("https").httpsPort(closed).build();
    assertThat(observe(httpsOnly)).isEqualTo(ProbeObservation.nothing());
    assertThat(web.requested()).containsExactly(PATH);
  }

  @Test
  void aCheckNameThatIsNoDnsLabelIsAProgrammingError_D1() {
    HttpDomainProbe probe = loopback().build();

    assertThatThrownBy(() -> probe.observe(SHOP, "../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(web.requested()).isEmpty();
  }

  @Test
  void aRedirectStaysOnTheDomainItsStandardPortsAndHttp_D1() {
    URI from = URI.create("http://shop.example/_voucher-challenge");

    assertThat(HttpDomainProbe.sameDomain(SHOP, from, "/a/b?c=d"))
        .contains(URI.create("http://shop.example/a/b?c=d"));
    assertThat(HttpDomainProbe.sameDomain(SHOP, from, "next"))
        .contains(URI.create("http://shop.example/next"));
    assertThat(HttpDomainProbe.sameDomain(SHOP, from, "HTTPS://Shop.Example:443/x#frag"))
        .contains(URI.create("https://shop.example/x"));
    assertThat(HttpDomainProbe.sameDomain(SHOP, from, "https://shop.example:80/x")).isEmpty();
    assertThat(HttpDomainProbe.sameDomain(SHOP, from, "//other.example/x")).isEmpty();
    assertThat(HttpDomainProbe.sameDomain(SHOP, from, "http://www.shop.example/x")).isEmpty();
    assertThat(HttpDomainProbe.sameDomain(SHOP, from, "http://127.0.0.1/x")).isEmpty();
    assertThat(HttpDomainProbe.sameDomain(SHOP, from, "file:///etc/passwd")).isEmpty();
    assertThat(HttpDomainProbe.sameDomain(SHOP, from, "http://shop.example/a b")).isEmpty();
  }

  @Test
  void builderRefusesSettingsOutOfRange() {
    HttpDomainProbe.Builder builder = HttpDomainProbe.builder();
    assertThatThrownBy(() -> builder.requestTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.maxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.maxBodyBytes(HttpDomainProbe.MAX_BODY_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.maxRedirects(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.schemes()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.schemes("http", "HTTP"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.schemes("ftp")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.httpPort(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.httpsPort(65_536))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A loopback port nothing listens on (it was free a moment ago). */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
