// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.vouchers.sample.webshop.demo.DemoClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The reseller programme on PostgreSQL: the sample starts on an embedded server of
 * this class's own, seeds the reseller demo (and its customer table), and an application walks
 * from SUBMITTED to APPROVED, a customer is moved into the reseller's console and a purchase
 * is priced with the discount from the link on, all through the API.
 */
@TestPropertySource(properties = "webshop.inbox.enabled=false")
class ResellerPostgresSmokeTest extends PostgresApiTestBase {
  @Autowired
  DemoClock clock;

  private DocumentContext read(String user, String url, Object... variables) throws Exception {
    return JsonPath.parse(mvc.perform(get(url, variables).header(Problems.USER_HEADER, user))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  @Test
  void appliesIsApprovedLinksACustomerAndPricesWithTheDiscountOnPostgres_R1_R2()
      throws Exception {
    String applied = perform(post("/api/reseller-applications"), "anna",
        "{\"partner\": \"alpine-hosting\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andReturn().getResponse().getContentAsString();
    String id = JsonPath.read(applied, "$.id");
    perform(post("/api/reseller-applications/{a}/contract", id), "petra",
        "{\"documentReference\": \"DMS-PG-1\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONTRACT_SENT"));
    perform(post("/api/reseller-applications/{a}/signed-contract", id), "anna",
        "{\"documentReference\": \"signed-pg.pdf\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONTRACT_SIGNED"));
    perform(post("/api/reseller-applications/{a}/approval", id), "petra",
        "{\"discountPercent\": 12.5}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.discountPercent").value("12.5"));
    DocumentContext details = read("anna", "/api/reseller-applications/{a}", id);
    List<String> moves = details.read("$.history[*].to");
    assertThat(moves).containsExactly("CONTRACT_SENT", "CONTRACT_SIGNED", "APPROVED");
    assertThat(details.read("$.discounts[0].to", String.class)).isEqualTo("12.5");

    // a new customer without a reseller, moved into Alpine's console a day later
    String signedUp = perform(post("/api/customers/sign-up"), null,
        "{\"name\": \"Käserei Berger\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.link").value(nullValue()))
        .andReturn().getResponse().getContentAsString();
    String customer = JsonPath.read(signedUp, "$.customer.id");
    Instant beforeLink = clock.instant();
    clock.advance(Duration.ofDays(1));
    String linked = perform(post("/api/resellers/alpine-hosting/customers"), "andri",
        "{\"customer\": \"" + customer + "\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.origin").value("TRANSFER"))
        .andReturn().getResponse().getContentAsString();
    String from = JsonPath.read(linked, "$.from");
    List<String> customers = read("alina", "/api/resellers/alpine-hosting/customers")
        .read("$.items[*].customer");
    assertThat(customers).contains(customer);

    perform(post("/api/customers/{c}/purchase-quotes", customer), "anna",
        "{\"listPrice\": {\"amount\": \"100.00\", \"currency\": \"CHF\"}}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.discount.reseller").value("alpine-hosting"))
        .andExpect(jsonPath("$.discount.percent").value("12.5"))
        .andExpect(jsonPath("$.discount.linkedSince").value(from))
        .andExpect(jsonPath("$.price.amount").value("87.50"));
    assertThat(read("anna", "/api/customers/{c}/reseller-discount?at=" + beforeLink, customer)
        .read("$.discount", Object.class)).isNull();
    assertThat(read("anna", "/api/customers/{c}/reseller-discount?at=" + from, customer)
        .read("$.discount.percent", String.class)).isEqualTo("12.5");
    // the seeded reseller and its customer are there too
    assertThat(read("sven", "/api/customers/{c}/reseller-links", "muster-ag")
        .read("$[0].reseller", String.class)).isEqualTo("gipfel-digital");
  }
}
