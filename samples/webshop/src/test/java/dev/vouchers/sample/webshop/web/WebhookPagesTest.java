// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vouchers.webhooks.WebhookSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * M-5 in the sample: the shop's programme posts its events as signed webhooks to the shop's
 * own receiver (a real port), which records them; the staff page lists them in people's words,
 * in English and German. Unsigned requests are refused; a second delivery of an event is
 * marked as received again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:webhooks;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class WebhookPagesTest extends PageTestBase {
  private static final int PORT = freePort();
  private static final String SECRET = "demo-webhook-secret-not-for-production";

  @Autowired ReceivedEvents received;
  @Autowired Clock clock;

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void receiver(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("vouchers.events.enabled", () -> "true");
    registry.add("vouchers.events.url",
        () -> "http://localhost:" + PORT + "/webhooks/vouchers");
    registry.add("vouchers.events.poll-interval", () -> "200ms");
  }

  @Test
  void anOrderPlacedOnAPageArrivesAsASignedWebhookAndShowsOnTheStaffPage_M5() throws Exception {
    MockHttpSession anna = session("anna");
    mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "1")
            .param("customerName", "Bäckerei Müller").param("paymentMethod", "invoice"))
        .andExpect(status().is3xxRedirection());

    await().atMost(Duration.ofSeconds(60)).until(() -> received.all().stream()
        .anyMatch(e -> e.type().equals("order.placed")));

    MockHttpSession petra = session("petra");
    for (String language : List.of("en", "de")) {
      String html = mvc.perform(get("/staff/events").header("Accept-Language", language)
          .session(petra)).andExpect(status().isOk()).andReturn().getResponse()
          .getContentAsString();
      assertThat(html).contains("data-type=\"order.placed\"");
      assertThat("de".equals(language) ? PeoplesWords.germanOffences(html)
          : PeoplesWords.offences(html)).as("people's words (%s)", language).isEmpty();
    }
    assertThat(page("/staff/events", petra)).contains("Order placed");
  }

  @Test
  void theReceiverRefusesUnsignedRequestsAndMarksASecondDelivery_M5() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = ("{\"id\":\"" + id + "\",\"sequence\":7,\"type\":\"voucher.moved\","
        + "\"aggregateType\":\"VOUCHER\",\"aggregateId\":\"v-1\",\"occurredAt\":"
        + "\"2026-12-06T10:00:00Z\",\"data\":{\"voucherId\":\"v-1\",\"from\":\"VALID\","
        + "\"to\":\"ASSIGNED\"}}").getBytes(StandardCharsets.UTF_8);
    mvc.perform(post("/webhooks/vouchers").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/webhooks/vouchers").contentType(MediaType.APPLICATION_JSON).content(body)
        .header(WebhookSignature.HEADER, "t=1,v1=00")).andExpect(status().isBadRequest());
    String signed = WebhookSignature.of(SECRET).header(body, clock.instant());
    for (int i = 0; i < 2; i++) {
      mvc.perform(post("/webhooks/vouchers").contentType(MediaType.APPLICATION_JSON)
          .content(body).header(WebhookSignature.HEADER, signed))
          .andExpect(status().isNoContent());
    }

    assertThat(received.all().stream().filter(e -> e.id().equals(id)))
        .extracting(ReceivedEvents.Received::copy).containsExactly(2, 1);
    String html = page("/staff/events", session("petra"));
    assertThat(html).contains("received again").contains("Valid → Assigned");
  }
}
