// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.OrderDetails;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.util.UUID;
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
 * Every destructive action asks first (issue 17): its button posts to a page that says what
 * will happen, with "confirm" (the same post again, {@code confirmed=true}) and "back"; only
 * the confirmed post acts.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:confirmation-steps;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class ConfirmationStepPagesTest extends PageTestBase {
  @Autowired GetOrder getOrder;
  @Autowired dev.vouchers.sample.webshop.demo.DemoUsers users;

  private MockHttpSession anna;
  private MockHttpSession petra;

  @BeforeEach
  void signIn() throws Exception {
    anna = session("anna");
    petra = session("petra");
  }

  private Actor annaPrincipal() {
    return users.byId("anna").orElseThrow().principal();
  }

  private OrderId placeOrder() throws Exception {
    MvcResult placed = mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "1")
            .param("paymentMethod", "invoice"))
        .andExpect(status().is3xxRedirection()).andReturn();
    String location = placed.getResponse().getRedirectedUrl();
    return OrderId.of(location.substring("/console/orders/".length(), location.indexOf('?')));
  }

  private OrderDetails order(OrderId id) {
    return getOrder.get(new GetOrder.Command(annaPrincipal(), id)).get();
  }

  /** The first post answers the confirmation page (200, nothing flashed) and returns it. */
  private String asks(MockHttpServletRequestBuilder action, MockHttpSession session)
      throws Exception {
    MvcResult asked = mvc.perform(action.session(session)).andExpect(status().isOk())
        .andExpect(flash().attributeCount(0)).andReturn();
    String html = asked.getResponse().getContentAsString();
    assertThat(html).contains("id=\"question\"").contains("id=\"confirm\"")
        .contains("id=\"back\"").contains("name=\"confirmed\" value=\"true\"")
        .contains("action=\"" + asked.getRequest().getRequestURI() + "\"");
    return html;
  }

  @Test
  void cancellingAnOrderAsksFirstAndOnlyTheConfirmedPostCancels_V6() throws Exception {
    OrderId id = placeOrder();
    String path = "/console/orders/" + id.value() + "/cancel";
    String html = asks(post(path).param("why", "Irrtum"), anna);
    assertThat(html).contains("Order " + new Formats().orderNo(order(id).order())
        + " will be cancelled")
        .contains("type=\"hidden\" name=\"why\" value=\"Irrtum\"")
        .contains("href=\"/console/orders/" + id.value() + "\"");
    assertThat(order(id).order().status()).isEqualTo(OrderStatus.OPEN);
    mvc.perform(get(path).session(anna)).andExpect(status().is4xxClientError());
    assertThat(order(id).order().status()).isEqualTo(OrderStatus.OPEN);

    mvc.perform(post(path).param("why", "Irrtum").param("confirmed", "true").session(anna))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
    assertThat(order(id).order().status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void withdrawingALinkAsksFirstAndOnlyTheConfirmedPostWithdraws_V1() throws Exception {
    OrderId id = placeOrder();
    String voucher = "/console/vouchers/" + order(id).vouchers().items().get(0).id().value();
    mvc.perform(post(voucher + "/send").param("email", "kunde@example.ch").session(anna))
        .andExpect(flash().attributeExists("notice"));
    assertThat(order(id).vouchers().items().get(0).status()).isEqualTo(VoucherStatus.ASSIGNED);

    assertThat(asks(post(voucher + "/withdraw"), anna)).contains("will be withdrawn");
    assertThat(order(id).vouchers().items().get(0).status()).isEqualTo(VoucherStatus.ASSIGNED);

    mvc.perform(post(voucher + "/withdraw").param("confirmed", "true").session(anna))
        .andExpect(flash().attributeExists("notice"));
    assertThat(order(id).vouchers().items().get(0).status()).isEqualTo(VoucherStatus.VALID);
  }

  @Test
  void changingATierAsksFirstAndOnlyTheConfirmedPostChangesIt_T5() throws Exception {
    String before = page("/staff", petra);
    assertThat(before).doesNotContain("id=\"tier-bergsicht-it\" data-tier=\"SILVER\">Silver");
    assertThat(asks(post("/staff/tier").param("partner", "bergsicht-it").param("tier", "SILVER"),
        petra)).contains("will move to tier Silver");
    assertThat(page("/staff", petra)).doesNotContain("id=\"tier-bergsicht-it\" data-tier=\"SILVER\">Silver");

    mvc.perform(post("/staff/tier").param("partner", "bergsicht-it").param("tier", "SILVER")
        .param("confirmed", "true").session(petra)).andExpect(flash().attributeExists("notice"));
    assertThat(page("/staff", petra)).contains("id=\"tier-bergsicht-it\" data-tier=\"SILVER\">Silver");
  }

  @Test
  void everyOtherDestructiveActionAsksFirst() throws Exception {
    String someId = UUID.randomUUID().toString();
    assertThat(asks(post("/console/subscriptions/" + someId + "/cancel"), anna))
        .contains("subscription will be cancelled");
    assertThat(asks(post("/console/sub-accounts/invitations/" + someId + "/cancel"), anna))
        .contains("invitation will be cancelled");
    assertThat(asks(post("/console/reseller/customers/some-customer/unlink"),
        session("andri"))).contains("will no longer be your customer");
    assertThat(asks(post("/staff/resellers/unlink").param("customer", "some-customer"), petra))
        .contains("will no longer be linked");
    assertThat(asks(post("/staff/sub-accounts/" + someId + "/contract/detach"), petra))
        .contains("contract will be detached");
    assertThat(asks(post("/staff/revocations").param("voucher", someId), petra))
        .contains("will be recorded as revoked");
  }

  @Test
  void theConfirmationSpeaksGerman() throws Exception {
    OrderId id = placeOrder();
    mvc.perform(get("/console?lang=de").session(anna)).andExpect(status().isOk());
    String html = asks(post("/console/orders/" + id.value() + "/cancel")
        .header("Accept-Language", "de"), anna);
    assertThat(html).contains("Sind Sie sicher?").contains("Bestätigen").contains("Zurück")
        .contains("wird als Ganzes storniert");
  }
}
