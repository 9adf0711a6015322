// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error pages are the shop's pages (its layout, its navigation, who is signed in), and a
 * missing order or voucher, or another partner's, is the 404 page. Through a real server,
 * because the error dispatch that renders them is the servlet container's, which MockMvc skips.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:error-pages;DB_CLOSE_DELAY=-1"})
@DirtiesContext
class ErrorPagesTest {
  @LocalServerPort int port;

  /** A page whose handler fails: the 500 page. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Failing {
    @Bean
    FailingController failingController() {
      return new FailingController();
    }
  }

  @RestController
  static class FailingController {
    @GetMapping("/test/failing-page")
    String fail() {
      throw new IllegalStateException("a bug in the shop");
    }
  }

  /** A browser: keeps the session cookie, does not follow redirects. */
  private final HttpClient browser = HttpClient.newBuilder()
      .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form)
      throws IOException, InterruptedException {
    return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void signIn(String user) throws IOException, InterruptedException {
    assertThat(post("/sign-in", "user=" + user).statusCode()).isEqualTo(302);
  }

  /** The page is the shop's error page for {@code status}, in the layout. */
  private static String errorPage(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html"));
    assertThat(response.body()).contains("id=\"error-page\"")
        .contains("data-status=\"" + status + "\"")
        .contains("id=\"nav-redeem\"").contains("href=\"/shop.css\"")
        .doesNotContain("Whitelabel").doesNotContain("Exception").doesNotContain("at dev.");
    return response.body();
  }

  @Test
  void aMissingOrAnotherPartnersOrderIsThe404PageInTheLayout_A1() throws Exception {
    signIn("anna");
    HttpResponse<String> placed = post("/console/orders", "lines%5B0%5D.configuration="
        + "smime%7C1%7C0%7C0&lines%5B0%5D.quantity=1&paymentMethod=invoice");
    assertThat(placed.statusCode()).isEqualTo(302);
    String order = URI.create(placed.headers().firstValue("Location").orElseThrow()).getPath();
    assertThat(get(order).statusCode()).isEqualTo(200);

    String missing = errorPage(get("/console/orders/" + UUID.randomUUID()), 404);
    assertThat(missing).contains("Not found").contains("id=\"nav-orders\"")
        .contains("id=\"who\"");
    errorPage(get("/console/vouchers/" + UUID.randomUUID() + "-0000001"), 404);
    errorPage(get("/console/orders/" + "x".repeat(65)), 404);

    signIn("bea");
    String foreign = errorPage(get(order), 404);
    assertThat(foreign).contains("Bea").doesNotContain("Anna");
  }

  @Test
  void noSuchPageIsThe404PageInTheLayout() throws Exception {
    assertThat(errorPage(get("/no/such/page"), 404)).contains("Not found")
        .doesNotContain("id=\"who\"");
  }

  @Test
  void aPartnerOnAStaffPageGetsThe403PageInTheLayout() throws Exception {
    signIn("anna");
    assertThat(errorPage(get("/staff"), 403)).contains("Not for you");
    signIn("petra");
    errorPage(get("/console/orders"), 403);
  }

  @Test
  void anUnreadableFormIsThe400PageInTheLayout() throws Exception {
    signIn("anna");
    assertThat(errorPage(post("/console/orders/quote", "lines%5B99999999%5D.quantity=1"), 400))
        .contains("could not read");
  }

  @Test
  void aFailingPageIsThe500PageInTheLayoutAndSaysNothingOfTheCause() throws Exception {
    assertThat(errorPage(get("/test/failing-page"), 500)).contains("Something went wrong")
        .doesNotContain("a bug in the shop");
  }
}
