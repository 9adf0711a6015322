// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the page tests share: MockMvc, signing a demo user in as the sign-in form does, and
 * reading a page that must answer 200. Each test class keeps its own {@code @SpringBootTest}
 * (its own in-memory database).
 */
abstract class PageTestBase {
  @Autowired MockMvc mvc;

  /** A browser session of {@code user}, signed in through the sign-in form. */
  MockHttpSession session(String user) throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/sign-in").param("user", user).session(session))
        .andExpect(status().is3xxRedirection());
    return session;
  }

  /** The HTML of the page at {@code path}, which must answer 200. */
  String page(String path, MockHttpSession session) throws Exception {
    return mvc.perform(get(path).session(session)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }
}
