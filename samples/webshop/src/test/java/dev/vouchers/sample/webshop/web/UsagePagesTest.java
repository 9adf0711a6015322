// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.vouchers.sample.webshop.demo.DemoClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;

/**
 * M-6 in the shop (ADR 0050): the staff's usage report page and CSV download (every partner or
 * one), the partner's own report page and CSV, and the JSON API; another partner's report is
 * not found, a partner on the staff's page is forbidden, a bad date is a bad request.
 * The demo clock is moved far ahead so that the day holds only the order this test places.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:usage-pages;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class UsagePagesTest extends PageTestBase {
  private static final String HEADER = "partner,product,validity_years,fqdns,wildcards,period,"
      + "currency,issued,issued_amount,assigned,assigned_amount,redeemed,redeemed_amount,"
      + "expired,expired_amount,cancelled,cancelled_amount";

  @Autowired DemoClock clock;

  @Test
  void partnersAndStaffSeeAndDownloadTheReport_M6_A1() throws Exception {
    clock.advance(Duration.ofDays(900));
    LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    String range = "from=" + day + "&to=" + day.plusDays(1);
    String placed = mvc.perform(post("/api/partners/alpine-hosting/orders")
            .header("X-Demo-User", "anna").contentType(MediaType.APPLICATION_JSON)
            .content("{\"paymentMethod\":\"invoice\",\"lines\":[{\"product\":\"smime\","
                + "\"validityYears\":1,\"quantity\":2}]}"))
        .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    String unit = JsonPath.read(placed, "$.order.lines[0].unitPrice.amount").toString();
    String twice = new java.math.BigDecimal(unit).multiply(java.math.BigDecimal.valueOf(2))
        .toPlainString();
    String row = "alpine-hosting,smime,1," + JsonPath.read(placed, "$.order.lines[0].fqdns") + ","
        + JsonPath.read(placed, "$.order.lines[0].wildcards") + "," + day + ",CHF,2," + twice
        + ",0,0.00,0,0.00,0,0.00,0,0.00";

    MockHttpSession anna = session("anna");
    assertThat(page("/console/usage?" + range, anna)).contains("id=\"usage\"")
        .contains("2 / " + twice).contains("/console/usage.csv?");
    assertThat(csv("/console/usage.csv?" + range, anna)).isEqualTo(HEADER + "\r\n" + row + "\r\n");

    MockHttpSession sven = session("sven");
    assertThat(page("/staff/usage?" + range, sven)).contains("id=\"usage-partner\"")
        .contains("2 / " + twice);
    assertThat(csv("/staff/usage.csv?partner=&" + range, sven))
        .isEqualTo(HEADER + "\r\n" + row + "\r\n");
    assertThat(csv("/staff/usage.csv?partner=bergsicht-it&bucket=MONTH&" + range, sven))
        .isEqualTo(HEADER + "\r\n");

    MockHttpSession bea = session("bea");
    assertThat(csv("/console/usage.csv?" + range, bea)).isEqualTo(HEADER + "\r\n");
    mvc.perform(get("/staff/usage.csv?partner=alpine-hosting&" + range).session(bea))
        .andExpect(status().isForbidden());
    mvc.perform(get("/console/usage.csv?from=tomorrow&to=" + day).session(anna))
        .andExpect(status().isBadRequest());
    assertThat(page("/console/usage?from=" + day + "&to=" + day, anna))
        .contains("data-reason=\"INVALID_INPUT\"").doesNotContain("id=\"usage\"");

    String json = mvc.perform(get("/api/usage?" + range + "&bucket=month")
            .header("X-Demo-User", "petra"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(JsonPath.<Integer>read(json, "$.rows.length()")).isEqualTo(1);
    assertThat(JsonPath.<String>read(json, "$.rows[0].period"))
        .isEqualTo(day.withDayOfMonth(1).toString());
    assertThat(JsonPath.<Integer>read(json, "$.rows[0].figures.issued.count")).isEqualTo(2);
    assertThat(mvc.perform(get("/api/usage.csv?" + range).header("X-Demo-User", "andri"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
        .isEqualTo(HEADER + "\r\n" + row + "\r\n");
    mvc.perform(get("/api/usage.csv?partner=alpine-hosting&" + range)
            .header("X-Demo-User", "bea"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/usage?from=2026-13-01&to=" + day).header("X-Demo-User", "petra"))
        .andExpect(status().isBadRequest());
  }

  private String csv(String path, MockHttpSession session) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path).session(session))
        .andExpect(status().isOk()).andReturn().getResponse();
    assertThat(response.getContentType()).startsWith("text/csv");
    return response.getContentAsString();
  }
}
