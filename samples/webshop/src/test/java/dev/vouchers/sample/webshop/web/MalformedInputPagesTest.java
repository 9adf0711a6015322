package dev.vouchers.sample.webshop.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/** What visitors type into paths and forms answers a page or a redirect, never a 500. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:malformed-input;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class MalformedInputPagesTest {
  @Autowired MockMvc mvc;

  private MockHttpSession anna;

  @BeforeEach
  void signIn() throws Exception {
    anna = session("anna");
  }

  private MockHttpSession session(String user) throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/sign-in").param("user", user).session(session))
        .andExpect(status().is3xxRedirection());
    return session;
  }

  @Test
  void anIdWithBracesIsRedirectedToEncodedNotExpandedAsATemplate() throws Exception {
    mvc.perform(post("/console/vouchers/{id}/comment", "{foo}").param("text", "x").session(anna))
        .andExpect(redirectedUrl("/console/vouchers/%7Bfoo%7D"))
        .andExpect(flash().attributeExists("refusal"));
    mvc.perform(post("/console/orders/{id}/cancel", "{foo}").session(anna))
        .andExpect(redirectedUrl("/console/orders/%7Bfoo%7D"));
    mvc.perform(post("/console/sub-accounts/{id}/billing", "{foo}").param("billing", "SELF")
            .param("pricing", "LIST_PRICES").param("back", "detail").session(anna))
        .andExpect(redirectedUrl("/console/sub-accounts/%7Bfoo%7D"));
  }
}
