// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.OrderDetails;
import dev.vouchers.sample.webshop.demo.DemoInbox;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MvcResult;

/**
 * M-4: the pages name an order by its number and find it by it (the partner within its own
 * orders, staff across partners); M-2: staff extend the expiry from the order found.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:order-number-pages;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class OrderNumberPagesTest extends PageTestBase {
  @Autowired DemoUsers users;
  @Autowired GetOrder getOrder;
  @Autowired DemoInbox inbox;

  private MockHttpSession anna;

  @BeforeEach
  void signIn() throws Exception {
    anna = session("anna");
  }

  private OrderDetails placeSmime(int quantity) throws Exception {
    MvcResult placed = mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", "smime|1|0|0")
            .param("lines[0].quantity", Integer.toString(quantity))
            .param("customerName", "Bäckerei Müller").param("paymentMethod", "invoice"))
        .andExpect(status().is3xxRedirection()).andReturn();
    String location = placed.getResponse().getRedirectedUrl();
    String id = location.substring("/console/orders/".length(), location.indexOf('?'));
    return getOrder.get(new GetOrder.Command(users.byId("anna").orElseThrow().principal(),
        OrderId.of(id))).get();
  }

  @Test
  void thePartnerFindsItsOrderByTheNumberReadOutOnThePhone_M4() throws Exception {
    OrderDetails order = placeSmime(1);
    String number = order.order().number().grouped();
    assertThat(page("/console/orders", anna)).contains(">" + number + "<")
        .contains("id=\"find-by-number\"");
    mvc.perform(get("/console/orders/find").param("number", number.replace(" ", "-"))
            .session(anna))
        .andExpect(redirectedUrl("/console/orders/" + order.order().id().value()));
    // another partner's number: not found, as for a number nobody has
    mvc.perform(get("/console/orders/find").param("number", number).session(session("bea")))
        .andExpect(redirectedUrl("/console/orders")).andExpect(flash().attributeExists("refusal"));
  }

  @Test
  void theVoucherPagesNameTheOrderByItsNumberNotByAnIdPrefix_M4() throws Exception {
    OrderDetails order = placeSmime(2);
    String number = order.order().number().grouped();
    String prefix = order.order().id().value().substring(0, Formats.SHORT);
    String voucherId = order.vouchers().items().get(0).id().value();
    String voucherNo = number + voucherId.substring(voucherId.length() - 8);

    String voucherPage = page("/console/vouchers/" + voucherId, anna);
    assertThat(voucherPage).containsPattern("id=\"voucher-number\"[^>]*>[^<]*" + voucherNo + "<")
        .contains(">" + number + "</a>").doesNotContain(">" + prefix);
    assertThat(page("/console/vouchers?size=50", anna)).contains(">" + voucherNo + "<")
        .doesNotContain(">" + prefix);
    assertThat(page("/console/orders/" + order.order().id().value(), anna))
        .contains(">" + voucherNo + "<");
    assertThat(page("/console/search?by=ORDER_NUMBER&q=" + number, anna))
        .contains(">" + voucherNo + "<").doesNotContain(">" + prefix);
    assertThat(page("/staff/search?by=ORDER_NUMBER&q=" + number, session("sven")))
        .contains(">" + voucherNo + "<");
  }

  @Test
  void theActivationEmailInTheInboxNamesTheOrderNumber_M4() throws Exception {
    OrderDetails order = placeSmime(1);
    String voucherId = order.vouchers().items().get(0).id().value();
    String to = "bestellung-" + order.order().number() + "@example.ch";
    mvc.perform(post("/console/vouchers/" + voucherId + "/send").param("email", to)
        .session(anna)).andExpect(flash().attributeExists("notice"));

    DemoInbox.Mail mail = null;
    for (int tries = 0; tries < 400 && mail == null; tries++) {
      mail = inbox.mails().stream().filter(m -> m.to().equals(to)).findFirst().orElse(null);
      if (mail == null) {
        Thread.sleep(50);
      }
    }
    assertThat(mail).as("the activation e-mail to " + to).isNotNull();
    assertThat(mail.body()).contains(order.order().number().grouped());
  }

  @Test
  void staffFindAnyOrderByNumberAndExtendItsExpiryWithAReason_M4_M2() throws Exception {
    OrderDetails order = placeSmime(2);
    String number = order.order().number().toString();
    MockHttpSession sven = session("sven");
    assertThat(page("/staff", sven)).contains("href=\"/staff/orders\"");
    String found = page("/staff/orders?number=" + number, sven);
    assertThat(found).contains(order.order().number().grouped()).contains("id=\"extend-expiry\"")
        .contains("Alpine Hosting");
    LocalDate until = LocalDate.ofInstant(order.vouchers().items().get(0).expiresAt(),
        Formats.ZONE).plusDays(30);

    mvc.perform(post("/staff/orders/expiry").session(sven)
            .param("order", order.order().id().value()).param("number", number)
            .param("until", until.toString()).param("why", "goodwill, ticket 9"))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));

    OrderDetails after = getOrder.get(new GetOrder.Command(
        users.byId("anna").orElseThrow().principal(), order.order().id())).get();
    assertThat(after.vouchers().items()).allSatisfy(v -> assertThat(v.expiresAt())
        .isEqualTo(until.plusDays(1).atStartOfDay(Formats.ZONE).toInstant()));
  }
}
