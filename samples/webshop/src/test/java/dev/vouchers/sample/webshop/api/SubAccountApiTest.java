// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import dev.vouchers.core.kernel.ReasonCode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sub-accounts through the API: billing and pricing, type and contract (I-3, A-1). */
class SubAccountApiTest extends SubAccountApiTestBase {

  private static Map<String, Object> billing(String billing, String kind, String percent) {
    return object("billing", billing, "pricing", percent == null ? object("kind", kind)
        : object("kind", kind, "percent", percent));
  }

  /** What a refused change must leave as it was. */
  private Map<String, Object> unchangedSubAccount(String subAccount) throws Exception {
    DocumentContext json = read("sven", "/api/sub-accounts/{s}", subAccount);
    return Map.of("subAccount", json.read("$.subAccount"), "history", json.read("$.history"));
  }

  @Test
  void thePartnersAdminsChangeBillingAndPricing_I3() throws Exception {
    String id = subAccount();
    String url = "/api/sub-accounts/{s}/billing";
    perform(json(as("anna", put(url, id)), billing("PARTNER", "PARTNER_TIER", null)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.billing").value("PARTNER"))
        .andExpect(jsonPath("$.pricing.kind").value("PARTNER_TIER"))
        .andExpect(jsonPath("$.pricing.percent", is(nullValue())))
        .andExpect(jsonPath("$.pricing.description").value("partner tier prices"));
    perform(json(as("andri", put(url, id)), billing("self", "custom_discount", "12.50")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.billing").value("SELF"))
        .andExpect(jsonPath("$.pricing.kind").value("CUSTOM_DISCOUNT"))
        .andExpect(jsonPath("$.pricing.percent").value("12.5"))
        .andExpect(jsonPath("$.pricing.description").value("discount 12.5%"));
    DocumentContext details = read("anna", "/api/sub-accounts/{s}", id);
    assertThat(strings(details, "$.history[*].why")).containsExactly("created from invitation",
        "billing and pricing changed", "billing and pricing changed");
    assertThat(details.read("$.history[2].data.pricing", String.class))
        .isEqualTo("partner tier prices -> discount 12.5%");
    assertThat(details.read("$.history[2].by", String.class)).contains("andri");
  }

  @Test
  void refusesBillingBodiesThatAreNoCommand_I3() throws Exception {
    String id = subAccount();
    Map<String, Object> before = unchangedSubAccount(id);
    String url = "/api/sub-accounts/{s}/billing";
    problem(perform(json(as("anna", put(url, id)), object())), 400, "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString("billing, pricing")));
    problem(perform(json(as("anna", put(url, id)), object("billing", "SELF", "pricing",
        object()))), 400, "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString("pricing.kind")));
    problem(perform(json(as("anna", put(url, id)), billing("BOTH", "LIST_PRICES", null))), 400,
        "malformed-request");
    problem(perform(json(as("anna", put(url, id)), billing("SELF", "CHEAP", null))), 400,
        "malformed-request");
    problem(perform(json(as("anna", put(url, id)), billing("SELF", "CUSTOM_DISCOUNT", null))),
        400, "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString("pricing.percent")));
    for (String percent : List.of("150", "0", "-5", "lots", "1.23456")) {
      problem(perform(json(as("anna", put(url, id)), billing("SELF", "CUSTOM_DISCOUNT",
          percent))), 400, "malformed-request");
    }
    assertThat(unchangedSubAccount(id)).isEqualTo(before);
  }

  @Test
  void salesAgentsAndVendorStaffDoNotChangeBillingAndOtherPartnersLearnNothing_I3_A1()
      throws Exception {
    String id = subAccount();
    Map<String, Object> before = unchangedSubAccount(id);
    String url = "/api/sub-accounts/{s}/billing";
    for (String user : List.of("alina", "sven", "petra")) {
      refused(perform(json(as(user, put(url, id)), billing("PARTNER", "LIST_PRICES", null))),
          403, ReasonCode.NOT_PERMITTED);
    }
    String missing = UUID.randomUUID().toString();
    assertThat(withoutInstance(refused(perform(json(as("bea", put(url, id)),
        billing("PARTNER", "LIST_PRICES", null))), 404, ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(json(as("bea", put(url, missing)),
            billing("PARTNER", "LIST_PRICES", null)))));
    assertThat(withoutInstance(refused(perform(as("bea", get("/api/sub-accounts/{s}", id))),
        404, ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(as("bea", get("/api/sub-accounts/{s}", missing)))));
    // the vendor's staff act on any partner's sub-account, a partner only on its own
    assertThat(withoutInstance(refused(perform(json(as("bea",
        put("/api/sub-accounts/{s}/type", id)), object("type", "ENTERPRISE"))), 404,
        ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(json(as("bea",
            put("/api/sub-accounts/{s}/type", missing)), object("type", "ENTERPRISE")))));
    read("alina", "/api/sub-accounts/{s}", id);
    assertThat(unchangedSubAccount(id)).isEqualTo(before);
  }

  @Test
  void aContractFixesBillingAndPricingUntilTheVendorDetachesIt_I3() throws Exception {
    String id = subAccount();
    String contract = "/api/sub-accounts/{s}/contract";
    perform(json(as("petra", put(contract, id)), object("contract", "C-2026-17")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contract").value("C-2026-17"));
    Map<String, Object> before = unchangedSubAccount(id);
    refused(perform(json(as("anna", put("/api/sub-accounts/{s}/billing", id)),
        billing("PARTNER", "PARTNER_TIER", null))), 409, ReasonCode.CONTRACT_ATTACHED)
        .andExpect(jsonPath("$.rules[0]").value("I-3"))
        .andExpect(jsonPath("$.detail").value(containsString("C-2026-17")));
    assertThat(unchangedSubAccount(id)).isEqualTo(before);
    // replacing the contract
    perform(json(as("petra", put(contract, id)), object("contract", "C-2026-18")))
        .andExpect(jsonPath("$.contract").value("C-2026-18"));
    perform(as("petra", delete(contract, id)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contract", is(nullValue())));
    refused(perform(as("petra", delete(contract, id))), 422, ReasonCode.INVALID_INPUT);
    perform(json(as("anna", put("/api/sub-accounts/{s}/billing", id)),
        billing("PARTNER", "PARTNER_TIER", null))).andExpect(status().isOk());
    assertThat(strings(read("anna", "/api/sub-accounts/{s}", id), "$.history[*].why"))
        .containsExactly("created from invitation", "contract attached", "contract attached",
            "contract detached", "billing and pricing changed");
  }

  @Test
  void onlyThePartnerManagerChangesTheTypeAndTheContract_I3() throws Exception {
    String id = subAccount();
    Map<String, Object> before = unchangedSubAccount(id);
    for (String user : List.of("anna", "andri", "alina", "sven")) {
      refused(perform(json(as(user, put("/api/sub-accounts/{s}/type", id)),
          object("type", "ENTERPRISE"))), 403, ReasonCode.NOT_PERMITTED);
      refused(perform(json(as(user, put("/api/sub-accounts/{s}/contract", id)),
          object("contract", "C-1"))), 403, ReasonCode.NOT_PERMITTED);
      refused(perform(as(user, delete("/api/sub-accounts/{s}/contract", id))), 403,
          ReasonCode.NOT_PERMITTED);
    }
    problem(perform(json(as("petra", put("/api/sub-accounts/{s}/type", id)),
        object("type", "GIANT"))), 400, "malformed-request");
    problem(perform(json(as("petra", put("/api/sub-accounts/{s}/contract", id)), object())),
        400, "malformed-request");
    refused(perform(json(as("petra", put("/api/sub-accounts/{s}/contract", id)),
        object("contract", " "))), 422, ReasonCode.INVALID_INPUT);
    assertThat(unchangedSubAccount(id)).isEqualTo(before);

    perform(json(as("petra", put("/api/sub-accounts/{s}/type", id)),
        object("type", "enterprise")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.type").value("ENTERPRISE"));
    DocumentContext details = read("anna", "/api/sub-accounts/{s}", id);
    assertThat(details.read("$.history[1].why", String.class)).isEqualTo("type changed");
    assertThat(details.read("$.history[1].data.type", String.class))
        .isEqualTo("STANDARD -> ENTERPRISE");
    assertThat(details.read("$.history[1].by", String.class)).contains("petra");
  }

  @Test
  void listsAPartnersSubAccountsNewestFirst_I3_A1() throws Exception {
    String older = subAccount();
    String newer = subAccount();
    DocumentContext page = read("alina", "/api/partners/{p}/sub-accounts?size=2", ALPINE);
    assertThat(strings(page, "$.items[*].id")).containsExactly(newer, older);
    assertThat(page.read("$.next", String.class)).isNotNull();
    read("sven", "/api/partners/{p}/sub-accounts", ALPINE);
    assertThat(withoutInstance(refused(perform(as("bea", get("/api/partners/{p}/sub-accounts",
        ALPINE))), 404, ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(as("bea", get("/api/partners/{p}/sub-accounts",
            "no-such-partner")))));
    assertThat(strings(read("bea", "/api/partners/{p}/sub-accounts", BERGSICHT),
        "$.items[*].partner")).doesNotContain(ALPINE);
    problem(perform(as("anna", get("/api/partners/{p}/sub-accounts?after=nonsense", ALPINE))),
        400, "malformed-request");
  }
}
