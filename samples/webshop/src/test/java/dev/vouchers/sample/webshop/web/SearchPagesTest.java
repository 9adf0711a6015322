// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * M-3: the partner console and the staff pages search vouchers by e-mail address, code ending,
 * customer name, notes and order number; a partner finds its own vouchers only, the vendor's
 * SUPPORT every partner's; a text that cannot be searched is refused above the form.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:search-pages;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class SearchPagesTest extends PageTestBase {
  @Autowired DemoUsers users;
  @Autowired GetOrder getOrder;

  private MockHttpSession anna;

  @BeforeEach
  void signIn() throws Exception {
    anna = session("anna");
  }

  private OrderDetails place(String customer) throws Exception {
    MvcResult placed = mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "2")
            .param("customerName", customer).param("paymentMethod", "invoice"))
        .andExpect(status().is3xxRedirection()).andReturn();
    String location = placed.getResponse().getRedirectedUrl();
    String id = location.substring("/console/orders/".length(), location.indexOf('?'));
    return getOrder.get(new GetOrder.Command(users.byId("anna").orElseThrow().principal(),
        OrderId.of(id))).get();
  }

  @Test
  void thePartnerFindsItsVouchersByCustomerNameAndEmail_M3() throws Exception {
    OrderDetails order = place("Konditorei Zürcher");
    String voucher = order.vouchers().items().get(0).id().value();
    mvc.perform(post("/console/vouchers/" + voucher + "/send").session(anna)
        .param("email", "Zuercher@Example.ch").param("message", "Viel Spass"))
        .andExpect(status().is3xxRedirection());

    assertThat(page("/console", anna)).contains("href=\"/console/search\"");
    String byName = page("/console/search?by=CUSTOMER_NAME&q=konditorei zürcher", anna);
    for (var v : order.vouchers().items()) {
      assertThat(byName).contains("/console/vouchers/" + v.id().value());
    }
    assertThat(byName).contains("id=\"found\"");
    String byEmail = page("/console/search?by=EMAIL&q=zuercher@example.ch", anna);
    assertThat(byEmail).contains("/console/vouchers/" + voucher).contains("Zuercher@example.ch");
    // another partner finds nothing of Alpine's
    assertThat(page("/console/search?by=CUSTOMER_NAME&q=Konditorei Zürcher",
        session("bea"))).doesNotContain(voucher).contains("id=\"nothing-found\"");
  }

  @Test
  void supportSearchesEveryPartnerOrOneAndBadTextIsRefused_M3_L4() throws Exception {
    OrderDetails order = place("Metzgerei Baumann");
    String voucher = order.vouchers().items().get(0).id().value();
    MockHttpSession sven = session("sven");
    assertThat(page("/staff", sven)).contains("href=\"/staff/search\"");
    assertThat(page("/staff/search?by=CUSTOMER_NAME&q=Metzgerei Baumann", sven))
        .contains(voucher);
    assertThat(page("/staff/search?by=CUSTOMER_NAME&q=Metzgerei Baumann&partner=alpine-hosting",
        sven)).contains(voucher);
    assertThat(page("/staff/search?by=CUSTOMER_NAME&q=Metzgerei Baumann&partner=bergsicht-it",
        sven)).doesNotContain(voucher);
    assertThat(page("/staff/search?by=ORDER_NUMBER&q=" + order.order().number().toString(),
        sven)).contains(voucher);
    assertThat(page("/staff/search?by=LAST_FOUR&q=ABC", sven)).contains("id=\"refusal\"");
  }
}
