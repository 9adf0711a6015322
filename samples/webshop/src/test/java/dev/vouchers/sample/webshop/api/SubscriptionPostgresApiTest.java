// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Subscriptions on PostgreSQL (U-1..U-3): the sample started on an embedded server seeds the
 * offers, and a subscription bought, activated and given more licences through the API reads
 * back with its whole history.
 */
@TestPropertySource(properties = "webshop.inbox.enabled=false")
class SubscriptionPostgresApiTest extends PostgresApiTestBase {

  private ResultActions perform(String user, MockHttpServletRequestBuilder request,
      String json) throws Exception {
    return mvc.perform(request.header(Problems.USER_HEADER, user)
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  @Test
  void buysActivatesAndChangesASubscriptionThroughTheApiOnPostgres_U1_U2_U3() throws Exception {
    DocumentContext bought = JsonPath.parse(perform("anna",
        post("/api/partners/alpine-hosting/subscriptions"), """
            {"customer": "muster-ag", "offer": "crm-suite", "quantity": 5,
             "term": "ANNUAL", "billingFrequency": "MONTHLY", "nickname": "Vertrieb"}
            """)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("PENDING_ACTIVATION"))
        .andReturn().getResponse().getContentAsString());
    String id = bought.read("$.id");

    perform("petra", post("/api/subscriptions/{s}/activation", id), """
        {"publisherLink": "https://crm-suite.publisher.example/activate?purchase=4711",
         "authorisationCode": "AUTH-4711", "licencesAssigned": true, "accountSetUp": true}
        """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.termNumber").value(1));
    DocumentContext changed = JsonPath.parse(perform("andri",
        put("/api/subscriptions/{s}/quantity", id), "{\"quantity\": 12, \"why\": \"new team\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.quantity").value(12))
        .andReturn().getResponse().getContentAsString());
    perform("alina", put("/api/subscriptions/{s}/quantity", id), "{\"quantity\": 4}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.reasons[0].code").value("SUBSCRIPTION_CHANGE_NOT_PERMITTED"));

    DocumentContext read = JsonPath.parse(mvc.perform(get("/api/subscriptions/{s}", id)
            .header(Problems.USER_HEADER, "anna"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(read.read("$.subscription", Object.class))
        .isEqualTo(changed.read("$", Object.class));
    List<String> history = read.read("$.history[*].change");
    assertThat(history).containsExactly("PURCHASED", "ACTIVATED", "QUANTITY_CHANGED");
    assertThat(read.read("$.history[2].why", String.class)).isEqualTo("new team");
    assertThat(read.read("$.subscription.purchasedAt", String.class))
        .isEqualTo(bought.read("$.purchasedAt", String.class));
    mvc.perform(get("/api/partners/alpine-hosting/subscriptions?customer=muster-ag&status=ACTIVE")
            .header(Problems.USER_HEADER, "anna"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(id));
  }
}
