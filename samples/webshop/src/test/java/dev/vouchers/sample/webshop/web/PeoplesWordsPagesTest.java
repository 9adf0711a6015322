// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The reseller, subscription, sub-account and staff pages show people's words (issue 17): no
 * principal strings ({@code partner:alpine-hosting/anna(ADMIN)}), no map dumps
 * ({@code {message=…}}), no raw enum names ({@code PENDING_ACTIVATION}), in English and German.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:peoples-words;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class PeoplesWordsPagesTest extends PageTestBase {
  /** Per page, what it showed that is not people's words. */
  private final Map<String, List<String>> shown = new TreeMap<>();
  private MockHttpSession anna;
  private MockHttpSession gian;
  private MockHttpSession petra;

  @BeforeEach
  void signIn() throws Exception {
    anna = session("anna");
    gian = session("gian"); // Gipfel Digital: the seeded reseller, with a customer
    petra = session("petra");
  }

  @AfterEach
  void noPageShowedInternals() {
    assertThat(shown).as("pages that show internals").isEmpty();
  }

  private static String first(String html, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(html);
    assertThat(matcher.find()).as("a link like %s", pattern).isTrue();
    return matcher.group();
  }

  /** Both languages of the page, each scanned. */
  private void scan(String path, MockHttpSession session) throws Exception {
    for (String language : List.of("en", "de")) {
      String html = mvc.perform(get(path).header("Accept-Language", language).session(session))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      List<String> offences = "de".equals(language) ? PeoplesWords.germanOffences(html)
          : PeoplesWords.offences(html);
      if (!offences.isEmpty()) {
        shown.put(path + " (" + language + ")", offences);
      }
    }
  }

  private String subscriptionWithAHistory() throws Exception {
    String location = mvc.perform(post("/console/subscriptions").session(anna)
            .param("customer", "kunde-" + UUID.randomUUID()).param("offer", "crm-suite")
            .param("quantity", "5").param("term", "ANNUAL").param("billingFrequency", "MONTHLY")
            .param("autoRenew", "true").param("_autoRenew", "on").param("nickname", "Vertrieb"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    String id = location.substring("/console/subscriptions/".length());
    mvc.perform(post("/staff/subscriptions/" + id + "/activate").session(petra)
            .param("as", "staff")
            .param("publisherLink", "https://crm-suite.publisher.example/activate?p=" + id)
            .param("authorisationCode", "AUTH-4711").param("licencesAssigned", "true")
            .param("accountSetUp", "true"))
        .andExpect(flash().attributeExists("notice"));
    mvc.perform(post("/console/subscriptions/" + id + "/quantity").param("quantity", "7")
        .session(anna)).andExpect(status().is3xxRedirection());
    page("/console/subscriptions/" + id, anna); // the notice is in the poster's language
    return id;
  }

  @Test
  void theResellerPagesSpeakPeoplesWords_R1_R2() throws Exception {
    String reseller = page("/console/reseller", gian);
    scan("/console/reseller", gian);
    scan(first(reseller, "/console/reseller/applications/[0-9a-f-]+"), gian);
    String staff = page("/staff/resellers", petra);
    scan("/staff/resellers", petra);
    scan(first(staff, "/staff/resellers/applications/[0-9a-f-]+"), petra);
    scan(first(staff, "/staff/resellers\\?customer=[^\"]+"), petra);
  }

  @Test
  void theSubscriptionPagesSpeakPeoplesWords_U2() throws Exception {
    String id = subscriptionWithAHistory();
    scan("/console/subscriptions", anna);
    scan("/console/subscriptions/" + id, anna);
    scan("/staff/subscriptions", petra);
    scan("/staff/subscriptions/" + id, petra);
  }

  @Test
  void theOrderVoucherInboxAndPricePagesSpeakPeoplesWords_O3_V2() throws Exception {
    String order = mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "2")
            .param("customerName", "Bäckerei Müller").param("paymentMethod", "invoice"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    String details = page(order, anna);
    String voucher = first(details, "/console/vouchers/[^\"?#]+");
    mvc.perform(post(voucher + "/send").session(anna).param("email", "kunde@example.ch")
        .param("message", "Viel Spass")).andExpect(status().is3xxRedirection());
    page(voucher, anna); // the notice is in the poster's language
    for (String path : List.of("/", "/console", "/console/orders/new", "/console/orders", order,
        "/console/vouchers", voucher, "/inbox", "/redeem")) {
      scan(path, anna);
    }
  }

  @Test
  void theSearchPagesSpeakPeoplesWords_M3() throws Exception {
    String order = mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "2")
            .param("customerName", "Bäckerei Müller").param("notes", "Rechnung 2026-17")
            .param("paymentMethod", "invoice"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    String voucher = first(page(order, anna), "/console/vouchers/[^\"?#]+");
    mvc.perform(post(voucher + "/send").session(anna).param("email", "kunde@example.ch")
        .param("message", "Viel Spass")).andExpect(status().is3xxRedirection());
    MockHttpSession sven = session("sven");
    assertThat(page("/console/search?by=CUSTOMER_NAME&q=bäckerei müller", anna)).contains(voucher);
    assertThat(page("/staff/search?by=EMAIL&q=kunde@example.ch", sven))
        .contains(voucher.substring("/console/vouchers/".length()));
    for (String query : List.of("", "?by=EMAIL&q=kunde@example.ch",
        "?by=CUSTOMER_NAME&q=bäckerei müller", "?by=NOTES&q=Rechnung 2026-17",
        "?by=LAST_FOUR&q=ABC", "?by=EMAIL&q=niemand@example.ch&size=25")) {
      scan("/console/search" + query, anna);
      scan("/staff/search" + query, sven);
    }
    scan("/staff/search?by=EMAIL&q=kunde@example.ch&partner=alpine-hosting", sven);
  }

  @Test
  void theInvitationAndStaffPagesSpeakPeoplesWords_I2_T5() throws Exception {
    mvc.perform(post("/console/sub-accounts/invitations").session(anna)
            .param("email", "neu@example.ch").param("type", "ENTERPRISE")
            .param("message", "Willkommen"))
        .andExpect(flash().attributeExists("notice"));
    String list = page("/console/sub-accounts", anna);
    scan("/console/sub-accounts", anna);
    scan(first(list, "/console/sub-accounts/invitations/[0-9a-f-]+"), anna);
    mvc.perform(post("/staff/tier").param("partner", "bergsicht-it").param("tier", "SILVER")
        .param("confirmed", "true").session(petra)).andExpect(flash().attributeExists("notice"));
    List<String> staffPages = new ArrayList<>(List.of("/staff", "/staff/sub-accounts",
        "/staff/events", "/customers/sign-up", "/staff/erasure", "/staff/imports",
        "/staff/keys"));
    for (String path : staffPages) {
      scan(path, petra);
    }
  }
}
