// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.spring.shop.RecordedEvents;
import dev.vouchers.spring.shop.ShopApplication;
import dev.vouchers.spring.shop.TestShop;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Spring Boot shop that has only the starter's dependencies and {@code vouchers.*}
 * properties: activation e-mails on an in-JVM SMTP server (S-2), the shop's own transactions
 * (rolled back: nothing left), events after commit. Run on H2 and on PostgreSQL by the
 * subclasses.
 */
@SpringBootTest(classes = ShopApplication.class, properties = {
    "spring.mail.host=localhost",
    "spring.mail.port=3025",
    "vouchers.redemption-base-url=https://shop.example/redeem",
    "vouchers.codes.lookup-key=" + TestShop.LOOKUP_KEY,
    "vouchers.codes.encryption-key=" + TestShop.ENCRYPTION_KEY,
    "vouchers.jdbc.initialize-schema=true",
    "vouchers.outbox.poll-interval=50ms",
    "vouchers.outbox.retry-first=100ms",
    "vouchers.outbox.retry-max=1s",
    "vouchers.outbox.mail-from=vouchers@shop.example"})
@DirtiesContext
abstract class ShopScenarios {
  /** A few relay polls: long enough for a duplicate to show up, if there were one. */
  static final Duration QUIET = Duration.ofMillis(600);

  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ApplicationContext context;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired Outbox<ActivationMessage> outbox;
  @Autowired RecordedEvents events;

  private TestShop shop() {
    TestShop shop = new TestShop(context);
    if (jdbc.queryForObject("SELECT COUNT(*) FROM vouchers_partners", Long.class) == 0) {
      shop.seed();
    }
    return shop;
  }

  @Test
  void an_activation_link_arrives_as_exactly_one_e_mail_in_the_partners_language_S2()
      throws Exception {
    TestShop shop = shop();
    PlacedOrder order = shop.order(2);
    shop.send(order, 0, "kunde@example.ch");

    await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.getReceivedMessages().length >= 1);
    Thread.sleep(QUIET.toMillis());
    MimeMessage[] received = MAIL.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("kunde@example.ch");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("vouchers@shop.example");
    assertThat(mail.getSubject()).isEqualTo("Alpine Hosting AG hat Ihnen einen Gutschein für "
        + "SSL DV gesendet");
    String body = ((String) mail.getContent()).replace("\r\n", "\n");
    // G-2: the link carries the assignment's token, not the code
    assertThat(body).containsPattern("https://shop\\.example/redeem\\?link=[0-9a-z]{26}")
        .doesNotContain(CodeFormat.defaults().format(order.codes().get(0)))
        .contains("Ihr Zertifikat");
    assertThat(mail.getHeader(MailMessageDelivery.MESSAGE_ID_HEADER)).hasSize(1);
    assertThat(outbox.backlog()).isZero();
  }

  @Test
  void the_activation_e_mail_names_the_vouchers_order_by_its_number_M4() throws Exception {
    TestShop shop = shop();
    PlacedOrder order = shop.order(1);
    shop.send(order, 0, "bestellung@example.ch");

    await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.getReceivedMessages().length >= 1);
    MimeMessage mail = MAIL.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("bestellung@example.ch");
    String body = ((String) mail.getContent()).replace("\r\n", "\n");
    // the partner writes German: the order as people read it out, on a line of its own
    assertThat(body).contains("\nBestellnummer: " + order.order().number().grouped() + "\n")
        .containsPattern("Bestellnummer: [1-9][0-9]{2} [0-9]{3} [0-9]{3}\nNachricht ");
  }

  @Test
  void a_rolled_back_shop_transaction_leaves_no_voucher_no_outbox_row_and_no_e_mail_O4_S2()
      throws Exception {
    TestShop shop = shop();
    long vouchersBefore = count("vouchers_vouchers");
    long outboxBefore = count("vouchers_outbox");
    int eventsBefore = events.all().size();
    AtomicReference<PlacedOrder> placed = new AtomicReference<>();

    transactions.executeWithoutResult(status -> {
      PlacedOrder order = shop.order(3);
      shop.send(order, 0, "kunde@example.ch");
      placed.set(order);
      // inside the shop's transaction the library saw its own writes
      assertThat(count("vouchers_vouchers")).isEqualTo(vouchersBefore + 3);
      status.setRollbackOnly(); // the shop's payment failed
    });

    assertThat(count("vouchers_vouchers")).isEqualTo(vouchersBefore);
    assertThat(count("vouchers_outbox")).isEqualTo(outboxBefore);
    assertThat(context.getBean(GetOrder.class).get(new GetOrder.Command(TestShop.ANNA,
        placed.get().order().id())).getLeft().has(ReasonCode.NOT_FOUND)).isTrue();
    assertThat(events.all().subList(eventsBefore, events.all().size()))
        .noneMatch(event -> event instanceof ProgrammeEvent.OrderPlaced
            || event instanceof ProgrammeEvent.VoucherMoved);
    Thread.sleep(QUIET.toMillis());
    assertThat(MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void a_committed_shop_transaction_keeps_both_and_publishes_events_after_commit_O4_S2() {
    TestShop shop = shop();
    AtomicReference<PlacedOrder> placed = new AtomicReference<>();
    int eventsBefore = events.all().size();

    transactions.executeWithoutResult(status -> {
      PlacedOrder order = shop.order(1);
      shop.send(order, 0, "kunde@example.ch");
      placed.set(order);
      // not yet committed: nothing published
      assertThat(events.all()).hasSize(eventsBefore);
    });

    assertThat(events.of(ProgrammeEvent.OrderPlaced.class))
        .anyMatch(event -> event.order().equals(placed.get().order().id()));
    assertThat(events.of(ProgrammeEvent.VoucherMoved.class))
        .anyMatch(event -> event.voucher().equals(placed.get().voucher(0))
            && event.to() == VoucherStatus.ASSIGNED);
    VoucherView sent = TestShop.ok(context.getBean(GetOrder.class).get(new GetOrder.Command(
        TestShop.ANNA, placed.get().order().id()))).vouchers().items().get(0);
    assertThat(sent.status()).isEqualTo(VoucherStatus.ASSIGNED);
    await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.getReceivedMessages().length == 1);
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
