// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import dev.vouchers.core.kernel.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Support search through the API (M-3). */
class VoucherSearchApiTest extends ApiTestBase {

  private List<String> found(String user, String by, String q) throws Exception {
    DocumentContext page = read(user, "/api/voucher-search?by={by}&q={q}&size=500", by, q);
    return page.read("$.items[*].id");
  }

  @Test
  void thePartnerFindsItsOwnVouchersSupportEveryPartnersAnotherPartnerNone_M3_A1()
      throws Exception {
    Placed placed = placeSmime(2);
    String number = placed.json().read("$.order.number");

    assertThat(found("anna", "customer_name", "muster ag")).containsAll(placed.vouchers());
    assertThat(found("anna", "NOTES", "Invoice 2024-17")).containsAll(placed.vouchers());
    assertThat(found("anna", "order_number", number))
        .containsExactlyInAnyOrderElementsOf(placed.vouchers());
    assertThat(found("sven", "customer_name", "Muster AG")).containsAll(placed.vouchers());
    assertThat(found("bea", "customer_name", "Muster AG"))
        .doesNotContainAnyElementsOf(placed.vouchers());
    assertThat(found("bea", "order_number", number)).isEmpty();
  }

  @Test
  void badTextAndUnknownFieldsAreRefusedNotFailed_M3_L4() throws Exception {
    refused(perform(as("anna", get("/api/voucher-search?by=last_four&q={q}", "ABC"))), 422,
        ReasonCode.INVALID_INPUT);
    refused(perform(as("anna", get("/api/voucher-search?by=email&q={q}", " "))), 422,
        ReasonCode.INVALID_INPUT);
    perform(as("anna", get("/api/voucher-search?by=shoe_size&q=42")))
        .andExpect(status().isBadRequest());
    refused(perform(as("petra", get("/api/voucher-search?by=email&q=a@b.example"))), 403,
        ReasonCode.NOT_PERMITTED);
  }
}
