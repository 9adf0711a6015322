// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;

/**
 * E-1: the staff page erases one person's data by address or as a partner's customer, says
 * how many stored entries it overwrote and never whose they were; only support may.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:erasure-pages;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class ErasurePagesTest extends PageTestBase {
  private MockHttpSession sven;
  private MockHttpSession petra;

  @BeforeEach
  void signIn() throws Exception {
    sven = session("sven");
    petra = session("petra");
  }

  @Test
  void supportErasesByAddressOrCustomerInBothLanguages_E1() throws Exception {
    assertThat(page("/staff", sven)).contains("href=\"/staff/erasure\"");
    assertThat(page("/staff/erasure", sven)).contains("id=\"erase-by-address\"")
        .contains("id=\"erase-by-customer\"");
    String notice = (String) mvc.perform(post("/staff/erasure/address").session(sven)
            .param("address", "jemand@example.ch"))
        .andExpect(flash().attributeExists("notice")).andReturn().getFlashMap().get("notice");
    assertThat(notice).contains("0").doesNotContain("jemand");
    mvc.perform(post("/staff/erasure/customer").session(sven)
            .param("partner", "alpine-hosting").param("customer", "Bäckerei Müller"))
        .andExpect(flash().attributeExists("notice"));
  }

  @Test
  void aPartnerManagerIsRefusedAndAMalformedAddressToo_E1_L4() throws Exception {
    mvc.perform(post("/staff/erasure/address").session(petra).param("address", "a@b.example"))
        .andExpect(flash().attributeExists("refusal"));
    mvc.perform(post("/staff/erasure/address").session(sven).param("address", "kein Name"))
        .andExpect(flash().attributeExists("refusal"));
  }
}
