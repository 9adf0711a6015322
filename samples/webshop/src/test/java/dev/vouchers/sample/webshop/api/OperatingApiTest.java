// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import dev.vouchers.core.kernel.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Order numbers (M-4) and expiry extensions (M-2) through the API. */
class OperatingApiTest extends ApiTestBase {

  @Test
  void anOrderHasANineDigitNumberItIsFoundByWithinItsPartner_M4() throws Exception {
    Placed placed = placeSmime(1);
    String number = placed.json().read("$.order.number");
    assertThat(number).matches("[1-9][0-9]{8}");
    String grouped = number.substring(0, 3) + " " + number.substring(3, 6) + " "
        + number.substring(6);

    perform(as("anna", get("/api/order-numbers/{n}", grouped)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(placed.order()))
        .andExpect(jsonPath("$.number").value(number));
    perform(as("sven", get("/api/order-numbers/{n}", number)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(placed.order()));
    refused(perform(as("bea", get("/api/order-numbers/{n}", number))), 404,
        ReasonCode.NOT_FOUND);
    refused(perform(as("anna", get("/api/order-numbers/{n}", "12-34"))), 422,
        ReasonCode.INVALID_INPUT);
    assertThat(read("anna", "/api/orders/{o}", placed.order()).read("$.order.number",
        String.class)).isEqualTo(number);
  }

  @Test
  void everyVouchersJsonNamesItsOrderByItsNumber_M4() throws Exception {
    Placed placed = placeSmime(2);
    Placed other = placeSmime(1);
    String number = placed.json().read("$.order.number");
    String otherNumber = other.json().read("$.order.number");

    assertThat(read("anna", "/api/vouchers/{v}", placed.vouchers().get(1))
        .read("$.voucher.orderNumber", String.class)).isEqualTo(number);
    assertThat(strings(read("anna", "/api/orders/{o}", placed.order()),
        "$.vouchers[*].orderNumber")).containsExactly(number, number);
    assertThat(strings(read("anna", "/api/partners/{p}/vouchers?order={o}", ALPINE,
        other.order()), "$.items[*].orderNumber")).containsExactly(otherNumber);
    assertThat(strings(read("anna", "/api/voucher-search?by=order_number&q={q}", number),
        "$.items[*].orderNumber")).containsExactly(number, number);
  }

  @Test
  void staffExtendTheExpiryOfAWholeOrderOrOneVoucherWithAReason_M2() throws Exception {
    Placed placed = placeSmime(2);
    DocumentContext order = read("anna", "/api/orders/{o}", placed.order());
    Instant expiry = Instant.parse(order.read("$.vouchers[0].expiresAt", String.class));
    Instant until = expiry.plus(Duration.ofDays(30));

    perform(json(as("sven", post("/api/orders/{o}/expiry", placed.order())),
        object("until", until.toString(), "why", "goodwill, ticket 7")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.vouchers").value(2))
        .andExpect(jsonPath("$.until").value(until.toString()));
    DocumentContext voucher = read("sven", "/api/vouchers/{v}", placed.vouchers().get(0));
    assertThat(voucher.read("$.voucher.expiresAt", String.class)).isEqualTo(until.toString());
    assertThat(voucher.read("$.history[-1].why", String.class)).isEqualTo("goodwill, ticket 7");

    Instant later = until.plus(Duration.ofDays(1));
    perform(json(as("petra", post("/api/vouchers/{v}/expiry", placed.vouchers().get(1))),
        object("until", later.toString(), "why", "one more day")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.vouchers").value(1));
  }

  @Test
  void thePartnerMayNotExtendAndANewExpiryNotLaterChangesNothing_M2_L4() throws Exception {
    Placed placed = placeSmime(1);
    String voucher = placed.vouchers().get(0);
    var before = unchanging(voucher);
    Instant expiry = Instant.parse((String) before.get("expiresAt"));

    refused(perform(json(as("anna", post("/api/vouchers/{v}/expiry", voucher)),
        object("until", expiry.plus(Duration.ofDays(9)).toString(), "why", "mine"))), 403,
        ReasonCode.NOT_PERMITTED);
    refused(perform(json(as("sven", post("/api/vouchers/{v}/expiry", voucher)),
        object("until", expiry.toString(), "why", "same"))), 422, ReasonCode.INVALID_INPUT);
    assertThat(unchanging(voucher)).isEqualTo(before);
  }
}
