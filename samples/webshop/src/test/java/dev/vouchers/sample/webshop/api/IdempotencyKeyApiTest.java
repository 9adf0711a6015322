// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.vouchers.core.kernel.ReasonCode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * G-3: the {@code Idempotency-Key} header on the creating and sending POST endpoints, as in
 * Stripe's API: the same key and body again answer the first result and do nothing twice; the
 * same key with another body is 422; another user's key is another key; a blank key is 400.
 */
class IdempotencyKeyApiTest extends ApiTestBase {
  private static final String ORDERS = "/api/partners/{p}/orders";
  private static final Map<String, Object> ORDER = orderBody(List.of(line("smime", 1, 0, 2)));

  private static MockHttpServletRequestBuilder keyed(String key,
      MockHttpServletRequestBuilder request) {
    return request.header(IdempotencyHeader.NAME, key);
  }

  private DocumentContext created(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = perform(request).andExpect(status().isCreated()).andReturn();
    DocumentContext json = JsonPath.parse(body(result));
    assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).isNotBlank();
    return json;
  }

  @Test
  void anOrderSentTwiceWithOneKeyIsPlacedOnceAndAnsweredTwiceAlike_G3() throws Exception {
    String key = UUID.randomUUID().toString();
    long before = orderCount("anna", ALPINE);

    DocumentContext first = created(keyed(key, json(as("anna", post(ORDERS, ALPINE)), ORDER)));
    DocumentContext again = created(keyed(key, json(as("anna", post(ORDERS, ALPINE)), ORDER)));

    assertThat(again.read("$.order.id", String.class))
        .isEqualTo(first.read("$.order.id", String.class));
    assertThat(strings(again, "$.vouchers[*].code"))
        .isEqualTo(strings(first, "$.vouchers[*].code"));
    assertThat(orderCount("anna", ALPINE)).isEqualTo(before + 1);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndPlacesNothing_G3() throws Exception {
    String key = UUID.randomUUID().toString();
    created(keyed(key, json(as("anna", post(ORDERS, ALPINE)), ORDER)));
    long before = orderCount("anna", ALPINE);

    refused(perform(keyed(key, json(as("anna", post(ORDERS, ALPINE)),
        orderBody(List.of(line("smime", 1, 0, 3)))))), 422,
        ReasonCode.IDEMPOTENCY_KEY_REUSED);

    assertThat(orderCount("anna", ALPINE)).isEqualTo(before);
  }

  @Test
  void anotherUsersKeyIsAnotherKey_G3() throws Exception {
    String key = UUID.randomUUID().toString();
    DocumentContext anna = created(keyed(key, json(as("anna", post(ORDERS, ALPINE)), ORDER)));
    DocumentContext andri = created(keyed(key, json(as("andri", post(ORDERS, ALPINE)), ORDER)));

    assertThat(andri.read("$.order.id", String.class))
        .isNotEqualTo(anna.read("$.order.id", String.class));
  }

  @Test
  void anActivationLinkAndAnInvitationAreSentOncePerKey_G3() throws Exception {
    Placed placed = placeSmime(1);
    String linkKey = UUID.randomUUID().toString();
    String url = "/api/vouchers/{v}/activation-link";
    Map<String, Object> link = object("email", "kunde@example.ch", "message", "Viel Spass");
    perform(keyed(linkKey, json(as("anna", post(url, placed.voucher())), link)))
        .andExpect(status().isOk());
    int history = read("anna", "/api/vouchers/{v}", placed.voucher())
        .read("$.history.length()", Integer.class);
    perform(keyed(linkKey, json(as("anna", post(url, placed.voucher())), link)))
        .andExpect(status().isOk());
    assertThat(read("anna", "/api/vouchers/{v}", placed.voucher())
        .read("$.history.length()", Integer.class)).isEqualTo(history);

    String inviteKey = UUID.randomUUID().toString();
    Map<String, Object> invitation = object("email",
        "new-" + UUID.randomUUID() + "@example.ch", "type", "standard");
    DocumentContext first = created(keyed(inviteKey,
        json(as("anna", post("/api/partners/{p}/invitations", ALPINE)), invitation)));
    DocumentContext again = created(keyed(inviteKey,
        json(as("anna", post("/api/partners/{p}/invitations", ALPINE)), invitation)));
    assertThat(again.read("$.id", String.class)).isEqualTo(first.read("$.id", String.class));
  }

  @Test
  void aBlankOrOverlongKeyIs400_G3() throws Exception {
    problem(perform(keyed(" ", json(as("anna", post(ORDERS, ALPINE)), ORDER))), 400,
        "malformed-request");
    problem(perform(keyed("k".repeat(256), json(as("anna", post(ORDERS, ALPINE)), ORDER))), 400,
        "malformed-request");
    perform(as("anna", get("/api/partners/{p}/orders?size=1", ALPINE)))
        .andExpect(status().isOk());
  }
}
