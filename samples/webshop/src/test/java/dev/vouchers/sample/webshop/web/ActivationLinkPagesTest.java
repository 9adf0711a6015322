// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.CodeGenerator;
import dev.vouchers.sample.webshop.demo.DemoInbox;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;

/**
 * G-2 in the shop: the activation e-mail in the demo inbox links to the redeem page with the
 * link's token and no code; after a resend to another address (or a withdrawal) the earlier
 * e-mail's link gets the page an unknown code gets (C-5), while the new one works, on the page
 * and in the JSON API.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:activation-links;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class ActivationLinkPagesTest extends PageTestBase {
  private static final Pattern VOUCHER = Pattern.compile("/console/vouchers/([A-Za-z0-9._-]+)\"");

  @Autowired DemoInbox inbox;

  private MockHttpSession anna;

  @BeforeEach
  void signIn() throws Exception {
    anna = session("anna");
  }

  /** Places a one-voucher order as anna and answers the voucher's console path. */
  private String voucher() throws Exception {
    String location = mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "1")
            .param("paymentMethod", "invoice"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    Matcher found = VOUCHER.matcher(page(location, anna));
    assertThat(found.find()).as("a voucher on the order page").isTrue();
    return "/console/vouchers/" + found.group(1);
  }

  private void send(String voucher, String email) throws Exception {
    mvc.perform(post(voucher + "/send").param("email", email).session(anna))
        .andExpect(flash().attributeExists("notice"));
  }

  /** The link of the newest e-mail to {@code email}, once the outbox relay delivered it. */
  private String linkTo(String email, int mails) throws Exception {
    for (int tries = 0; tries < 400; tries++) {
      List<DemoInbox.Mail> to = inbox.mails().stream().filter(m -> m.to().equals(email))
          .toList();
      if (to.size() >= mails) {
        URI link = URI.create(to.get(0).links().get(0));
        return link.getRawPath() + "?" + link.getRawQuery();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no e-mail number " + mails + " to " + email + " arrived");
  }

  private String redeemPage(String pathAndQuery) throws Exception {
    return mvc.perform(get(URI.create(pathAndQuery)).session(new MockHttpSession()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** The page of a well-formed code that does not exist (C-5). */
  private String unknownCodePage() throws Exception {
    CodeFormat format = CodeFormat.defaults();
    return redeemPage("/redeem?code=" + format.format(new CodeGenerator(format, Entropy.secure())
        .next()));
  }

  /** The part of the page that tells the customer about the voucher or the problem. */
  private static String answer(String page) {
    int start = page.indexOf("<main>");
    String main = page.substring(start, page.indexOf("</main>"));
    // the code field echoes what was typed; the answer is the rest
    return main.replaceAll("(?s)<form method=\"get\".*?</form>", "");
  }

  @Test
  void aResendToAnotherAddressKillsTheEarlierEmailsLink_G2() throws Exception {
    String voucher = voucher();
    send(voucher, "jane@kunde.example");
    String jane = linkTo("jane@kunde.example", 1);
    assertThat(jane).startsWith("/redeem?link=").doesNotContainPattern("[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(redeemPage(jane)).contains("id=\"redeem-status\"").contains("Assigned");

    send(voucher, "john@kunde.example");
    String john = linkTo("john@kunde.example", 1);

    String dead = redeemPage(jane);
    assertThat(dead).doesNotContain("id=\"redeem-status\"").doesNotContain("S/MIME");
    assertThat(answer(dead)).isEqualTo(answer(unknownCodePage()));
    assertThat(redeemPage(john)).contains("id=\"redeem-status\"");
    // the inbox says so
    assertThat(page("/inbox", anna)).contains("id=\"inbox-links-die\"")
        .contains(jane.replace("&", "&amp;")).contains(john.replace("&", "&amp;"));
  }

  @Test
  void aWithdrawnLinkGetsTheAnswerOfAnUnknownCodeOnThePageAndInTheApi_G2() throws Exception {
    String voucher = voucher();
    send(voucher, "petra@kunde.example");
    String link = linkTo("petra@kunde.example", 1);
    String token = link.substring("/redeem?link=".length());
    mvc.perform(post("/api/redemptions/link").contentType(MediaType.APPLICATION_JSON)
            .content("{\"link\":\"" + token + "\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSIGNED"));

    mvc.perform(post(voucher + "/withdraw").param("confirmed", "true").session(anna))
        .andExpect(flash().attributeExists("notice"));

    assertThat(answer(redeemPage(link))).isEqualTo(answer(unknownCodePage()));
    String unknown = mvc.perform(post("/api/redemptions/lookup")
            .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\""
                + CodeFormat.defaults().format(new CodeGenerator(CodeFormat.defaults(),
                    Entropy.secure()).next()) + "\"}"))
        .andReturn().getResponse().getContentAsString();
    String dead = mvc.perform(post("/api/redemptions/link").contentType(MediaType.APPLICATION_JSON)
            .content("{\"link\":\"" + token + "\"}"))
        .andReturn().getResponse().getContentAsString();
    // the same problem, but for the path it was asked at
    String instance = "\"instance\":\"[^\"]*\"";
    assertThat(dead.replaceAll(instance, "")).isEqualTo(unknown.replaceAll(instance, ""))
        .contains("CODE_NOT_REDEEMABLE");
  }

  @Test
  void theStepsOfAFollowedLinkNameTheVoucherByTheLink_G2() throws Exception {
    String voucher = voucher();
    send(voucher, "max@kunde.example");
    String link = linkTo("max@kunde.example", 1);
    String token = link.substring("/redeem?link=".length());
    String page = redeemPage(link);
    assertThat(page).contains("name=\"link\" value=\"" + token + "\"");

    mvc.perform(post("/redeem/certificate-request").param("code", "").param("link", token)
            .param("reference", "mail.kunde.example").session(new MockHttpSession()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attributeExists("notice"));
    assertThat(redeemPage(link)).contains("data-status=\"RESERVED\"");
  }
}
