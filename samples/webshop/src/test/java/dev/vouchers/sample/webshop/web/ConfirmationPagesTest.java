// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.OrderDetails;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every action that changes something ends on a page that says what happened: the action
 * redirects, and the next page shows the confirmation in the layout's message area
 * ({@code id="notice"}), as a browser would see it.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:confirmation-pages;DB_CLOSE_DELAY=-1",
    "webshop.demo.zone.enabled=true"})
@AutoConfigureMockMvc
@DirtiesContext
class ConfirmationPagesTest extends PageTestBase {
  @Autowired DemoUsers users;
  @Autowired GetOrder getOrder;

  private MockHttpSession anna;

  @BeforeEach
  void signIn() throws Exception {
    anna = session("anna");
  }

  /** Performs the action, follows its redirect and returns the notice the next page shows. */
  private String confirmation(MockHttpServletRequestBuilder action, MockHttpSession session)
      throws Exception {
    MvcResult done = mvc.perform(action.session(session))
        .andExpect(status().is3xxRedirection()).andReturn();
    String next = done.getResponse().getRedirectedUrl();
    assertThat(next).as("the action redirects").isNotNull();
    String html = mvc.perform(get(next).session(session).flashAttrs(done.getFlashMap()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html).as("the page after %s shows a confirmation", next)
        .contains("id=\"notice\"").doesNotContain("id=\"refusal\"");
    int start = html.indexOf('>', html.indexOf("id=\"notice\"")) + 1;
    return html.substring(start, html.indexOf('<', start));
  }

  /** The order {@link #placeOrder} placed last, as the library has it. */
  private OrderDetails lastOrder() {
    return getOrder.get(new GetOrder.Command(users.byId("anna").orElseThrow().principal(),
        java.util.Objects.requireNonNull(lastPlaced))).get();
  }

  private @org.jspecify.annotations.Nullable OrderId lastPlaced;

  private String placeOrder(String configuration, int quantity) throws Exception {
    MvcResult placed = mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", configuration)
            .param("lines[0].quantity", Integer.toString(quantity))
            .param("paymentMethod", "invoice"))
        .andExpect(status().is3xxRedirection()).andReturn();
    String location = placed.getResponse().getRedirectedUrl();
    lastPlaced = OrderId.of(location.substring("/console/orders/".length(),
        location.indexOf('?')));
    String html = mvc.perform(get(location).session(anna).flashAttrs(placed.getFlashMap()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("id=\"notice\"");
    return html;
  }

  @Test
  void signingInAndOutIsConfirmed() throws Exception {
    MockHttpSession browser = new MockHttpSession();
    assertThat(confirmation(post("/sign-in").param("user", "anna"), browser))
        .contains("Anna");
    assertThat(confirmation(post("/sign-out"), browser)).contains("Signed out");
  }

  @Test
  void placingAnOrderIsConfirmedWithItsVouchersAndTotal_O4() throws Exception {
    String html = placeOrder("smime|1|0|0", 2);
    assertThat(html).contains("Order placed").contains("2 vouchers");
  }

  @Test
  void everyConsoleActionIsConfirmed_S2_V1_V8_V6() throws Exception {
    placeOrder("smime|1|0|0", 1);
    OrderDetails order = lastOrder();
    String voucher = "/console/vouchers/" + order.vouchers().items().get(0).id().value();
    assertThat(confirmation(post(voucher + "/send").param("email", "kunde@example.ch"), anna))
        .contains("kunde@example.ch");
    assertThat(confirmation(post(voucher + "/withdraw").param("confirmed", "true"), anna))
        .contains("withdrawn");
    assertThat(confirmation(post(voucher + "/comment").param("text", "Filiale"), anna))
        .contains("Comment saved");
    assertThat(confirmation(post("/console/orders/" + order.order().id().value() + "/cancel")
        .param("confirmed", "true").param("why", "Irrtum"), anna)).contains("Order cancelled");
  }

  @Test
  void theEndCustomersStepsAreConfirmed_D1_V1() throws Exception {
    placeOrder("ssl-dv|1|1|0", 1);
    String code = lastOrder().vouchers().items().get(0).code();
    MockHttpSession customer = new MockHttpSession();
    assertThat(confirmation(post("/redeem/domain-challenge").param("code", code)
        .param("domain", "shop.example"), customer)).contains("shop.example");
    assertThat(confirmation(post("/redeem/demo-zone").param("code", code), customer))
        .contains("demo zone");
    assertThat(confirmation(post("/redeem/domain-challenge/verification").param("code", code),
        customer)).contains("shop.example");
    assertThat(confirmation(post("/redeem/certificate-request").param("code", code)
        .param("reference", "shop.example"), customer)).contains("shop.example");
    assertThat(confirmation(post("/redeem/platform").param("code", code), customer))
        .isNotBlank();
  }

  @Test
  void sendingAnInvitationIsConfirmed_I1() throws Exception {
    assertThat(confirmation(post("/console/sub-accounts/invitations")
        .param("email", "neu@example.ch").param("type", "STANDARD").param("message", "Hallo"),
        anna)).contains("neu@example.ch");
  }
}
