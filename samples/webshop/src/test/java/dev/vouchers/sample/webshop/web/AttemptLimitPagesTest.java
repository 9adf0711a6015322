// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.CodeGenerator;
import dev.vouchers.sample.webshop.demo.DemoClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * G-1 in the shop: the redeem page and the JSON API count failed code attempts per client
 * address; after the limit (3 here) the page says when to try again, the API answers 429 with
 * {@code Retry-After}, for every code alike (C-5), while other addresses go on.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:attempt-pages;DB_CLOSE_DELAY=-1",
    "vouchers.attempts.max-failures=3",
    "vouchers.attempts.window=15m"})
@AutoConfigureMockMvc
@DirtiesContext
class AttemptLimitPagesTest extends PageTestBase {
  @Autowired DemoClock clock;

  private static String unknownCode() {
    CodeFormat format = CodeFormat.defaults();
    return format.format(new CodeGenerator(format, Entropy.secure()).next());
  }

  private static MockHttpServletRequestBuilder from(String address,
      MockHttpServletRequestBuilder request) {
    return request.with(r -> {
      r.setRemoteAddr(address);
      return r;
    });
  }

  private String redeemPage(String address, String code) throws Exception {
    return mvc.perform(from(address, get("/redeem").param("code", code))
            .session(new MockHttpSession()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** A code of the demo shop, placed through the console as anna. */
  private String validCode() throws Exception {
    MockHttpSession anna = session("anna");
    String location = mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "1")
            .param("paymentMethod", "invoice"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    String page = page(location, anna);
    java.util.regex.Matcher code = java.util.regex.Pattern
        .compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}").matcher(page);
    assertThat(code.find()).as("a code on the order page").isTrue();
    return code.group();
  }

  @Test
  void theRedeemPageSaysWhenToTryAgainAfterTooManyWrongCodes_G1() throws Exception {
    String valid = validCode();
    for (int i = 0; i < 3; i++) {
      assertThat(redeemPage("203.0.113.7", unknownCode())).doesNotContain("Too many attempts");
    }
    String blockedUnknown = redeemPage("203.0.113.7", unknownCode());
    String blockedValid = redeemPage("203.0.113.7", valid);
    assertThat(blockedUnknown).contains("Too many attempts").contains("try again after");
    assertThat(blockedValid).contains("Too many attempts").doesNotContain("S/MIME")
        .doesNotContain("redeem-status");
    // another address is not affected
    assertThat(redeemPage("198.51.100.20", valid)).containsPattern("id=\"redeem-status\"");
    // the window ends: the address may try again
    clock.advance(Duration.ofMinutes(15));
    assertThat(redeemPage("203.0.113.7", valid)).containsPattern("id=\"redeem-status\"");
  }

  @Test
  void theApiAnswers429WithRetryAfterForEveryCodeAlike_G1() throws Exception {
    for (int i = 0; i < 3; i++) {
      mvc.perform(lookUp("192.0.2.44", unknownCode())).andExpect(status().isConflict());
    }
    String first = mvc.perform(lookUp("192.0.2.44", unknownCode()))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.reasons[0].code").value("TOO_MANY_ATTEMPTS"))
        .andExpect(jsonPath("$.rules[0]").value("G-1"))
        .andExpect(jsonPath("$.retryAfter").exists())
        .andReturn().getResponse().getContentAsString();
    String again = mvc.perform(from("192.0.2.44", post("/api/redemptions")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"" + unknownCode() + "\"}")))
        .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
    assertThat(again).contains("TOO_MANY_ATTEMPTS");
    assertThat(first).doesNotContain(Refusal.class.getName());
  }

  private static MockHttpServletRequestBuilder lookUp(String address, String code) {
    return from(address, post("/api/redemptions/lookup").contentType(MediaType.APPLICATION_JSON)
        .content("{\"code\":\"" + code + "\"}"));
  }
}
