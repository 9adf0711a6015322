// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vouchers.core.kernel.ReasonCode;
import org.junit.jupiter.api.Test;

/**
 * G-4: the progress of a key rotation and one run of the re-keying job through the API. The
 * sample runs with one key: nothing moves and there is no older key.
 */
class KeysApiTest extends ApiTestBase {

  @Test
  void staffReadTheProgressAndRunTheJobWhichMovesNothingWithOneKey_G4() throws Exception {
    perform(as("sven", get("/api/keys/progress"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.currentKey").value("initial"))
        .andExpect(jsonPath("$.moved").value(0)).andExpect(jsonPath("$.left").value(0))
        .andExpect(jsonPath("$.olderKeys").isEmpty());
    perform(json(as("petra", post("/api/keys/rekey")), object("limit", 100)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.moved").value(0))
        .andExpect(jsonPath("$.olderKeys").isEmpty());
    perform(as("sven", post("/api/keys/rekey")).param("limit", "0"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.currentKey").value("initial"));
  }

  @Test
  void aPartnerUserOrANegativeLimitIsRefused_G4_L4() throws Exception {
    refused(perform(as("anna", get("/api/keys/progress"))), 403, ReasonCode.NOT_PERMITTED);
    refused(perform(json(as("anna", post("/api/keys/rekey")), object("limit", 10))), 403,
        ReasonCode.NOT_PERMITTED);
    refused(perform(json(as("sven", post("/api/keys/rekey")), object("limit", -1))), 422,
        ReasonCode.INVALID_INPUT);
  }
}
