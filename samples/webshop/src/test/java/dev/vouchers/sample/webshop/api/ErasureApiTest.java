// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import dev.vouchers.core.kernel.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** E-1: support staff erase one person's data through the API; the answer holds none of it. */
class ErasureApiTest extends ApiTestBase {
  private static final String ADDRESS = "lea.loeschen@example.ch";
  private static final String MESSAGE = "Viel Freude, Lea";

  @Test
  void supportErasesAnAddressAndTheHistoryKeepsEveryMove_E1() throws Exception {
    Placed placed = placeSmime(1);
    perform(json(as("anna", post("/api/vouchers/{v}/activation-link", placed.voucher())),
        object("email", ADDRESS, "message", MESSAGE))).andExpect(status().isOk());
    DocumentContext before = read("sven", "/api/vouchers/{v}", placed.voucher());

    String answer = perform(json(as("sven", post("/api/erasures")), object("address", ADDRESS)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("ADDRESS"))
        .andExpect(jsonPath("$.by").value("vendor:sven[SUPPORT]"))
        .andReturn().getResponse().getContentAsString();
    assertThat(answer).doesNotContain(ADDRESS);

    DocumentContext after = read("sven", "/api/vouchers/{v}", placed.voucher());
    String voucher = after.jsonString();
    assertThat(voucher).doesNotContain(ADDRESS).doesNotContain(MESSAGE);
    assertThat(after.read("$.voucher.assignment.recipient", String.class))
        .isEqualTo("erased@erased.invalid");
    List<String> statusesBefore = before.read("$.history[*].to");
    List<String> statusesAfter = after.read("$.history[*].to");
    assertThat(statusesAfter).isEqualTo(statusesBefore);
  }

  @Test
  void supportErasesACustomerOfAPartner_E1() throws Exception {
    Placed placed = placeSmime(1);
    perform(json(as("sven", post("/api/erasures")),
        object("partner", ALPINE, "customer", "Muster AG")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("CUSTOMER"));
    String order = read("anna", "/api/orders/{o}", placed.order()).jsonString();
    assertThat(order).doesNotContain("Muster AG").doesNotContain("invoice 2024-17");
  }

  @Test
  void aPartnerOrAMalformedRequestIsRefusedAndChangesNothing_E1_L4() throws Exception {
    Placed placed = placeSmime(1);
    perform(json(as("anna", post("/api/vouchers/{v}/activation-link", placed.voucher())),
        object("email", ADDRESS, "message", MESSAGE))).andExpect(status().isOk());
    var before = unchanging(placed.voucher());

    refused(perform(json(as("anna", post("/api/erasures")), object("address", ADDRESS))), 403,
        ReasonCode.NOT_PERMITTED);
    refused(perform(json(as("petra", post("/api/erasures")), object("address", ADDRESS))), 403,
        ReasonCode.NOT_PERMITTED);
    refused(perform(json(as("sven", post("/api/erasures")), object("address", "lea at home"))),
        422, ReasonCode.INVALID_INPUT);
    refused(perform(json(as("sven", post("/api/erasures")), object())), 422,
        ReasonCode.INVALID_INPUT);
    assertThat(unchanging(placed.voucher())).isEqualTo(before);
  }
}
