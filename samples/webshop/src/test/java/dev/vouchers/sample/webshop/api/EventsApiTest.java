// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vouchers.core.kernel.ReasonCode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The parked events (M-5) through the API: staff see and retry them, partners may not. */
class EventsApiTest extends ApiTestBase {

  @Test
  void staffListTheParkedEventsAndPartnersMayNot_M5() throws Exception {
    perform(as("sven", get("/api/events/parked"))).andExpect(status().isOk())
        .andExpect(jsonPath("$").isArray());
    refused(perform(as("anna", get("/api/events/parked"))), 403, ReasonCode.NOT_PERMITTED);
    refused(perform(as("sven", get("/api/events/parked").param("limit", "0"))), 422,
        ReasonCode.INVALID_INPUT);
  }

  @Test
  void retryingAnEventThatIsNotParkedIsNotFound_M5() throws Exception {
    refused(perform(as("petra", post("/api/events/{id}/retry", UUID.randomUUID()))), 404,
        ReasonCode.NOT_FOUND);
    refused(perform(as("petra", post("/api/events/{id}/retry", "not-an-id"))), 404,
        ReasonCode.NOT_FOUND);
    refused(perform(as("anna", post("/api/events/{id}/retry", UUID.randomUUID()))), 403,
        ReasonCode.NOT_PERMITTED);
  }
}
