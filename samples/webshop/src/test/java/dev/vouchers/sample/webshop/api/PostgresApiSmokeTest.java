// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The sample runs on PostgreSQL when it is given a JDBC URL: it starts on an embedded server (a
 * real PostgreSQL from a Maven artifact), creates the library's schema, seeds the demo, and an
 * order placed through the API reads back.
 */
@TestPropertySource(properties = "webshop.inbox.enabled=false")
class PostgresApiSmokeTest extends PostgresApiTestBase {

  @Test
  void placesAndReadsAnOrderThroughTheApiOnPostgres_O4() throws Exception {
    MvcResult placed = mvc.perform(post("/api/partners/alpine-hosting/orders")
            .header(Problems.USER_HEADER, "anna")
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"customerName": "Muster AG", "paymentMethod": "invoice",
                 "lines": [{"product": "smime", "validityYears": 1, "quantity": 2}]}
                """))
        .andExpect(status().isCreated())
        .andExpect(header().string(HttpHeaders.LOCATION,
            startsWith("http://localhost/api/orders/")))
        .andReturn();
    DocumentContext order = JsonPath.parse(placed.getResponse().getContentAsString());
    String id = order.read("$.order.id");
    List<String> codes = order.read("$.vouchers[*].code");

    mvc.perform(get("/api/orders/{o}", id).header(Problems.USER_HEADER, "anna"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.order.total.amount").value("46.40"))
        .andExpect(jsonPath("$.order.placedAt").value(order.<String>read("$.order.placedAt")))
        .andExpect(jsonPath("$.vouchers[0].code").value(codes.get(0)))
        .andExpect(jsonPath("$.vouchers[1].code").value(codes.get(1)));
    mvc.perform(get("/api/partners/alpine-hosting/orders?size=10")
            .header(Problems.USER_HEADER, "anna"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(id));
    mvc.perform(post("/api/redemptions/lookup").contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\": \"" + codes.get(1) + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("VALID"));
    assertThat(codes).hasSize(2).doesNotHaveDuplicates();
  }
}
