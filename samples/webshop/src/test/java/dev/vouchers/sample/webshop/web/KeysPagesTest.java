// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;

/**
 * G-4: the sample runs with one key: the staff page shows it as the current key, no older
 * key, and the button says there is nothing to move; only the vendor's staff reach the page.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:keys-pages;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class KeysPagesTest extends PageTestBase {
  private MockHttpSession sven;

  @BeforeEach
  void signIn() throws Exception {
    sven = session("sven");
  }

  private String page(String language) throws Exception {
    return mvc.perform(get("/staff/keys").header("Accept-Language", language).session(sven))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  @Test
  void theStaffPageShowsTheOnlyKeyInBothLanguagesAndNothingMoves_G4() throws Exception {
    assertThat(page("/staff", sven)).contains("href=\"/staff/keys\"");
    assertThat(page("en")).contains("Current key").contains("id=\"current-key\">initial<")
        .contains("The shop has only one key: nothing to move.").doesNotContain("older-key-")
        .contains("id=\"rekey-batch\"");
    assertThat(page("de")).contains("Aktueller Schlüssel")
        .contains("Der Shop hat nur einen Schlüssel: nichts umzuziehen.")
        .contains("Codes jetzt umziehen");
    String notice = (String) mvc.perform(post("/staff/keys/rekey").session(sven)
            .header("Accept-Language", "de"))
        .andExpect(flash().attributeExists("notice")).andReturn().getFlashMap().get("notice");
    assertThat(notice).startsWith("Nichts umzuziehen");
  }

  @Test
  void aPartnerUserDoesNotReachThePage_G4_A1() throws Exception {
    MockHttpSession anna = session("anna");
    mvc.perform(post("/staff/keys/rekey").session(anna)).andExpect(status().isForbidden())
        .andExpect(flash().attributeCount(0));
    assertThat(mvc.perform(get("/staff/keys").session(anna)).andReturn().getResponse()
        .getContentAsString()).doesNotContain("id=\"rekey-batch\"");
  }
}
