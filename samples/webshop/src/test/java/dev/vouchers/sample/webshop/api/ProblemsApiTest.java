// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's own problems: 401, 404, 405, 413, 500. */
class ProblemsApiTest extends ApiTestBase {
  @LocalServerPort
  int port;

  @Test
  void partnerAndStaffEndpointsWithoutAKnownDemoUserAre401() throws Exception {
    List<MockHttpServletRequestBuilder> requests = List.of(
        get("/api/partners/{p}", ALPINE),
        get("/api/partners/{p}/orders", ALPINE),
        json(post("/api/partners/{p}/orders", ALPINE), orderBody(List.of(line("smime", 1, 0, 1)))),
        get("/api/orders/{o}", "any"),
        get("/api/vouchers/{v}", "any"),
        json(put("/api/partners/{p}/tier", ALPINE), object("tier", "GOLD")),
        json(post("/api/mandates"), object("organisation", "o", "documentReference", "d")));
    long before = orderCount("anna", ALPINE);
    for (MockHttpServletRequestBuilder request : requests) {
      problem(perform(request), 401, "unauthenticated")
          .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
              containsString("X-Demo-User")));
    }
    problem(perform(get("/api/partners/{p}", ALPINE).header(Problems.USER_HEADER, "mallory")),
        401, "unauthenticated")
        .andExpect(jsonPath("$.detail").value(containsString("mallory")));
    problem(perform(get("/api/partners/{p}", ALPINE).header(Problems.USER_HEADER, " ")),
        401, "unauthenticated");
    assertThat(orderCount("anna", ALPINE)).isEqualTo(before);
  }

  @Test
  void anUnknownRouteIsA404Problem() throws Exception {
    for (String path : List.of("/api", "/api/nothing-here", "/api/orders", "/api/orders/x/y/z")) {
      problem(perform(as("anna", get(path))), 404, "no-such-resource");
    }
    problem(perform(json(post("/api/redemption"), object("code", "x"))), 404,
        "no-such-resource");
  }

  @Test
  void aKnownRouteWithAnotherMethodIsA405ProblemNamingTheAllowedOnes() throws Exception {
    problem(perform(as("anna", delete("/api/orders/{o}", "x"))), 405, "method-not-allowed")
        .andExpect(header().string(HttpHeaders.ALLOW, "GET, HEAD"));
    problem(perform(as("anna", patch("/api/vouchers/{v}/activation-link", "x"))), 405,
        "method-not-allowed")
        .andExpect(header().string(HttpHeaders.ALLOW, "DELETE, POST"));
    problem(perform(get("/api/redemptions/lookup")), 405, "method-not-allowed")
        .andExpect(header().string(HttpHeaders.ALLOW, "POST"));
  }

  @Test
  void aChunkedBodyOverTheLimitIsA413ProblemAndNothingIsStored() throws Exception {
    long before = orderCount("anna", ALPINE);
    byte[] body = ("{\"paymentMethod\":\"invoice\",\"lines\":[{\"product\":\"smime\","
        + "\"validityYears\":1,\"quantity\":1}],\"notes\":\"" + "x".repeat(200 * 1024) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    // a publisher of unknown length: the request goes chunked, without Content-Length
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/partners/" + ALPINE + "/orders"))
        .header(Problems.USER_HEADER, "anna")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat((String) JsonPath.read(response.body(), "$.type"))
        .isEqualTo(Problems.TYPE_PREFIX + "payload-too-large");
    assertThat(orderCount("anna", ALPINE)).isEqualTo(before);
  }

  @Test
  void aBodyWithATooLargeContentLengthIsRefusedOnTheWireToo() throws Exception {
    long before = orderCount("anna", ALPINE);
    byte[] body = ("{\"notes\":\"" + "x".repeat(100 * 1024) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/partners/" + ALPINE + "/orders"))
        .header(Problems.USER_HEADER, "anna")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("65536");
    assertThat(orderCount("anna", ALPINE)).isEqualTo(before);
  }

  /**
   * A controller of the API package that fails unexpectedly (nested in a test class, so the
   * sample's component scan leaves it out).
   */
  @RestController
  static final class Failing {
    @GetMapping("/api/failing")
    String fail() {
      throw new IllegalStateException("database password is hunter2");
    }
  }

  @Test
  void anUnexpectedFailureIsA500ProblemThatShowsNothingInternal() throws Exception {
    MockMvc standalone = MockMvcBuilders.standaloneSetup(new Failing())
        .setControllerAdvice(new ApiExceptionHandler()).build();
    problem(standalone.perform(get("/api/failing")), 500, "internal-error")
        .andExpect(content().string(not(containsString("hunter2"))))
        .andExpect(content().string(not(containsString("IllegalStateException"))))
        .andExpect(content().string(not(containsString("at dev."))));
  }
}
