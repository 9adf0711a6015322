// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;

/** What visitors type into paths and forms answers a page or a redirect, never a 500. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:malformed-input;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class MalformedInputPagesTest extends PageTestBase {

  private MockHttpSession anna;

  @BeforeEach
  void signIn() throws Exception {
    anna = session("anna");
  }

  @Test
  void anIdWithBracesIsRedirectedToEncodedNotExpandedAsATemplate() throws Exception {
    mvc.perform(post("/console/vouchers/{id}/comment", "{foo}").param("text", "x").session(anna))
        .andExpect(redirectedUrl("/console/vouchers/%7Bfoo%7D"))
        .andExpect(flash().attributeExists("refusal"));
    mvc.perform(post("/console/orders/{id}/cancel", "{foo}").param("confirmed", "true")
        .session(anna))
        .andExpect(redirectedUrl("/console/orders/%7Bfoo%7D"));
    mvc.perform(post("/console/sub-accounts/{id}/billing", "{foo}").param("billing", "SELF")
            .param("pricing", "LIST_PRICES").param("back", "detail").session(anna))
        .andExpect(redirectedUrl("/console/sub-accounts/%7Bfoo%7D"));
  }

  private static final String TOO_LONG = "x".repeat(65);

  @Test
  void l4AFormLineBeyondTheBindersListLimitIsThe400PageNotA500() throws Exception {
    mvc.perform(post("/console/orders/quote").param("lines[99999999].quantity", "1")
            .session(anna))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aMalformedIdInThePartnerConsoleAnswersLikeAMissingOne() throws Exception {
    for (String path : java.util.List.of("/console/orders/{id}", "/console/vouchers/{id}")) {
      for (String id : java.util.List.of(TOO_LONG, " ")) {
        mvc.perform(get(path, id).session(anna)).andExpect(status().isNotFound());
      }
    }
    mvc.perform(get("/console/orders/{id}/codes.csv", TOO_LONG).session(anna))
        .andExpect(status().isNotFound());
    mvc.perform(get("/console/vouchers/{id}/pdf", TOO_LONG).session(anna))
        .andExpect(status().isNotFound());
    mvc.perform(post("/console/orders/{id}/cancel", TOO_LONG).session(anna))
        .andExpect(redirectedUrl("/console/orders")).andExpect(flash().attributeExists("refusal"));
    for (String action : java.util.List.of("send", "withdraw", "comment")) {
      mvc.perform(post("/console/vouchers/{id}/" + action, TOO_LONG).param("email", "a@b.ch")
              .param("text", "x").session(anna))
          .andExpect(redirectedUrl("/console/vouchers"))
          .andExpect(flash().attributeExists("refusal"));
    }
    mvc.perform(get("/console/orders").param("product", TOO_LONG).session(anna))
        .andExpect(status().isOk()).andExpect(view().name("orders"));
    mvc.perform(get("/console/vouchers").param("product", TOO_LONG).session(anna))
        .andExpect(status().isOk()).andExpect(view().name("vouchers"));
  }

  @Test
  void l4AMalformedSubscriptionApplicationOrCustomerIdIsThe404PageNotA500() throws Exception {
    mvc.perform(get("/console/subscriptions/{id}", TOO_LONG).session(anna))
        .andExpect(status().isNotFound());
    mvc.perform(post("/console/subscriptions/{id}/nickname", " ").param("nickname", "x")
        .session(anna)).andExpect(status().isNotFound());
    mvc.perform(post("/console/reseller/applications/{id}/signed", " ").session(anna))
        .andExpect(status().isNotFound());
    mvc.perform(post("/console/reseller/customers/{c}/unlink", TOO_LONG).session(anna))
        .andExpect(status().isNotFound());
    mvc.perform(post("/staff/resellers/applications/{id}/approve", " ")
        .session(session("petra"))).andExpect(status().isNotFound());
  }

  @Test
  void aSubscriptionIdWithBracesIsRedirectedToEncodedNotExpandedAsATemplate() throws Exception {
    mvc.perform(post("/console/subscriptions/{id}/nickname", "{foo}").param("nickname", "x")
            .session(anna))
        .andExpect(redirectedUrl("/console/subscriptions/%7Bfoo%7D"));
  }

  @Test
  void staffFormsWithABlankTierOrPartnerOrAnOverLongIdAreRefusedOnThePage() throws Exception {
    MockHttpSession petra = session("petra");
    mvc.perform(post("/staff/tier").param("partner", "alpine-hosting").param("tier", " ")
            .session(petra))
        .andExpect(redirectedUrl("/staff")).andExpect(flash().attributeExists("problem"));
    mvc.perform(post("/staff/tier").param("partner", " ").param("tier", "GOLD").session(petra))
        .andExpect(redirectedUrl("/staff")).andExpect(flash().attributeExists("problem"));
    mvc.perform(post("/staff/mandates").param("organisation", TOO_LONG).param("document", "d")
            .session(petra))
        .andExpect(redirectedUrl("/staff")).andExpect(flash().attributeExists("problem"));
    mvc.perform(post("/staff/revocations").param("voucher", TOO_LONG).session(petra))
        .andExpect(redirectedUrl("/staff")).andExpect(flash().attributeExists("refusal"));
  }

  @Test
  void anOverLongOrganisationOnTheRedemptionPageIsAProblemNotA500() throws Exception {
    mvc.perform(post("/redeem/certificate-request").param("code", "ABCD")
            .param("reference", "REQ-1").param("organisation", TOO_LONG))
        .andExpect(redirectedUrl("/redeem?code=ABCD"))
        .andExpect(flash().attributeExists("problem"));
  }

  @Test
  void theDemoClockRefusesToGoSoFarThatEveryPageWouldFail() throws Exception {
    mvc.perform(post("/admin/clock").param("by", "PT9999999999999H"))
        .andExpect(redirectedUrl("/admin/clock")).andExpect(flash().attributeExists("problem"));
    mvc.perform(get("/").session(anna)).andExpect(status().isOk());
  }
}
