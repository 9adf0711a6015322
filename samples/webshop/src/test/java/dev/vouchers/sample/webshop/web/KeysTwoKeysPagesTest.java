// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;

/**
 * G-4: the shop with two keys, {@code k2} current and {@code initial} older. The codes
 * of an order are stored under {@code k2}; the test marks them as lying under {@code initial}, whose
 * secrets here are the same as {@code k2}'s (so that the marked rows can be opened with it),
 * and the button moves them back: the page counts them, then shows the older key droppable.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:keys-two-pages;DB_CLOSE_DELAY=-1",
    "vouchers.codes.current-key=k2",
    "vouchers.codes.keys.k2.lookup-key=${vouchers.codes.lookup-key}",
    "vouchers.codes.keys.k2.encryption-key=${vouchers.codes.encryption-key}",
    "vouchers.codes.rekey.enabled=false"})
@AutoConfigureMockMvc
@DirtiesContext
class KeysTwoKeysPagesTest extends PageTestBase {
  @Autowired JdbcTemplate jdbc;
  private MockHttpSession petra;

  @BeforeEach
  void signIn() throws Exception {
    petra = session("petra");
  }

  private String page(String language) throws Exception {
    return mvc.perform(get("/staff/keys").header("Accept-Language", language).session(petra))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** Places a three-voucher order as anna: codes stored under the current key. */
  private void order() throws Exception {
    MockHttpSession anna = session("anna");
    mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "3")
            .param("paymentMethod", "invoice"))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void theButtonMovesTheCodesOfTheOlderKeyAndThenItCanBeDropped_G4() throws Exception {
    order();
    int marked = jdbc.update("UPDATE vouchers_vouchers SET code_key = 'initial'"
        + " WHERE code_key = 'k2' AND code_sealed IS NOT NULL");
    assertThat(marked).isPositive();
    assertThat(page("en")).contains("id=\"current-key\">k2<")
        .contains("id=\"older-key-initial\"").contains(">" + marked + "<").contains("not yet");
    assertThat(page("de")).contains("Älterer Schlüssel").contains("noch nicht");

    String notice = (String) mvc.perform(post("/staff/keys/rekey").session(petra)
            .header("Accept-Language", "en"))
        .andExpect(flash().attributeExists("notice")).andReturn().getFlashMap().get("notice");
    assertThat(notice).isEqualTo(marked + " codes moved to the current key; 0 still lie under"
        + " older keys.");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vouchers_vouchers"
        + " WHERE code_key = 'initial'", Long.class)).isZero();
    assertThat(page("de")).contains("ja, kein Code liegt mehr darunter");
  }
}
