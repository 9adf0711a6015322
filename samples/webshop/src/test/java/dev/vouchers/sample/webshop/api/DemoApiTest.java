// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.vouchers.sample.webshop.demo.DemoInbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The demo's inbox and clock through the API. */
class DemoApiTest extends ApiTestBase {
  @Autowired
  JavaMailSender mailSender;

  private DocumentContext clockNow() throws Exception {
    return JsonPath.parse(body(perform(get("/api/demo/clock")).andExpect(status().isOk())
        .andReturn()));
  }

  @Test
  void showsAndAdvancesTheClock_V4_V6() throws Exception {
    DocumentContext before = clockNow();
    Duration offset = Duration.parse(before.read("$.offset"));
    assertThat(offset).isEqualTo(clock.offset());
    DocumentContext hour = JsonPath.parse(body(perform(json(post("/api/demo/clock"),
        object("advance", "PT1H"))).andExpect(status().isOk()).andReturn()));
    assertThat(Duration.parse(hour.read("$.offset"))).isEqualTo(offset.plusHours(1));
    assertThat(Instant.parse(hour.read("$.now")))
        .isAfterOrEqualTo(Instant.parse(before.read("$.now")).plus(Duration.ofHours(1)));
    // a period counts calendar units from now
    DocumentContext month = JsonPath.parse(body(perform(json(post("/api/demo/clock"),
        object("advance", "P1M"))).andExpect(status().isOk()).andReturn()));
    assertThat(Duration.parse(month.read("$.offset")).minus(offset.plusHours(1)))
        .isBetween(Duration.ofDays(28), Duration.ofDays(31));
  }

  @Test
  void refusesMovingTheClockBackwardsOrByNonsense() throws Exception {
    Duration offset = clock.offset();
    for (Map<String, Object> body : List.of(object("advance", "-PT1H"),
        object("advance", "soon"), object("advance", "P-1D"), object(),
        // too far: instants would overflow (a period, a duration)
        object("advance", "P999999999Y"), object("advance", "PT9999999999999H"))) {
      problem(perform(json(post("/api/demo/clock"), body)), 400, "malformed-request");
    }
    assertThat(clock.offset()).isEqualTo(offset);
  }

  @Test
  void showsTheMailsOfTheDemoInboxNewestFirst_S2() throws Exception {
    String subject = "API test " + UUID.randomUUID();
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom("vouchers@webshop.example");
    mail.setTo("kunde@example.ch");
    mail.setSubject(subject);
    mail.setText("Redeem at http://localhost/redeem?code=ABCD now");
    mailSender.send(mail); // the inbox has it once the SMTP transaction is done
    DocumentContext inbox = JsonPath.parse(body(perform(get("/api/demo/inbox"))
        .andExpect(status().isOk()).andReturn()));
    List<Map<String, Object>> found = inbox.read("$.mails[?(@.subject == '" + subject + "')]");
    assertThat(found).hasSize(1);
    assertThat(found.get(0)).containsEntry("to", "kunde@example.ch")
        .containsEntry("links", List.of("http://localhost/redeem?code=ABCD"));
  }

  @Test
  void answers501WhenTheInboxIsSwitchedOff() throws Exception {
    MockMvc standalone = MockMvcBuilders.standaloneSetup(new DemoController(clock,
            new StaticListableBeanFactory().getBeanProvider(DemoInbox.class)))
        .setControllerAdvice(new ApiExceptionHandler()).build();
    problem(standalone.perform(get("/api/demo/inbox")), 501, "not-implemented");
  }
}
