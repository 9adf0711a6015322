// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.application.MessageRelay;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.Erased;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.testkit.MutableClock;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-1 over JDBC: after one person's data is erased, a dump of every table (as
 * {@link CodesAtRestTest} makes it: every row of every {@code vouchers_*} table, on PostgreSQL
 * also each row as text, on H2 also the {@code SCRIPT} output) holds no trace of the address,
 * the messages, the customer name, the notes or the contact name, in any form the store could
 * keep them (as given, lower-cased, URL-encoded as in the history's data). On H2 the database
 * file itself is searched too, byte by byte, after {@code SHUTDOWN COMPACT} (before it, the
 * MVStore file may still hold old page versions: ADR 0052). The history keeps every move.
 */
class PersonalDataAtRestTest {
  private static final PartnerId PARTNER = new PartnerId("acme");
  private static final ProductId PRODUCT = new ProductId("ssl-dv");
  private static final Actor ADMIN =
      new Actor.PartnerUser(new UserId("admin"), PARTNER, PartnerRole.ADMIN);
  private static final Actor SUPPORT = Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);
  private static final Actor MANAGER =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  private static final String ADDRESS = "erika.mustermann@beispiel.de";
  private static final String MESSAGE = "Zum Jubilaeum, liebe Erika, von Herzen";
  private static final String INVITATION_MESSAGE = "Willkommen an Bord, Frau Mustermann";
  private static final String CUSTOMER = "Erika Mustermann-Kaufhold";
  private static final String NOTES = "Rechnung persoenlich an Frau Kaufhold";
  private static final String CONTACT = "Erika Kaufhold-Mustermann";
  private static final String CONTROL = "max.muster@example.net";

  @Test
  void aDumpOfEveryTableHoldsNoTraceOfTheErasedPersonOnPostgres_E1()
      throws SQLException, IOException {
    Figures figures = run(TestDatabase.POSTGRES.freshDataSource(), TestDatabase.POSTGRES,
        () -> { });
    System.out.printf(Locale.ROOT, "E-1 PostgreSQL: %d tables dumped, %d bytes searched for"
        + " %d forms, %d hits%n", figures.tables, figures.bytes, figures.forms, figures.hits);
  }

  @Test
  void aDumpOfEveryTableAndTheCompactedH2FileHoldNoTraceOfTheErasedPerson_E1(
      @TempDir Path directory) throws SQLException, IOException {
    JdbcDataSource h2 = new JdbcDataSource();
    String url = "jdbc:h2:file:" + directory.resolve("erasure").toAbsolutePath()
        + ";WRITE_DELAY=0";
    h2.setURL(url);
    Path file = directory.resolve("erasure.mv.db");
    long[] stored = {0};
    Figures figures = run(h2, TestDatabase.H2, () -> stored[0] = hits(Files.readAllBytes(file),
        List.of(ADDRESS, MESSAGE, CUSTOMER)));
    // the raw search finds the data while it is stored: its 0 after erasure means something
    assertThat(stored[0]).isPositive();
    long before = hits(Files.readAllBytes(file), forms());
    try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN COMPACT");
    }
    byte[] compacted = Files.readAllBytes(file);
    long after = hits(compacted, forms());
    System.out.printf(Locale.ROOT, "E-1 H2: %d tables dumped, %d bytes searched for %d forms,"
        + " %d hits; database file: %d hits of 3 values while stored, %d hits after erasure"
        + " before SHUTDOWN COMPACT, %d bytes searched after it, %d hits%n", figures.tables,
        figures.bytes, figures.forms, figures.hits, stored[0], before, compacted.length, after);
    assertThat(after).isZero();
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("erasure.mv.db");
    }
  }

  private record Figures(int tables, long bytes, int forms, long hits) {}

  /** Every form in which the store could keep the erased person's data. */
  private static List<String> forms() {
    List<String> forms = new ArrayList<>();
    for (String value : List.of(ADDRESS, MESSAGE, INVITATION_MESSAGE, CUSTOMER, NOTES,
        CONTACT)) {
      forms.add(value);
      forms.add(value.toLowerCase(Locale.ROOT));
      forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    forms.add("erika.mustermann");
    forms.add("Mustermann");
    return List.copyOf(new java.util.LinkedHashSet<>(forms));
  }

  private static long hits(byte[] bytes, List<String> forms) {
    long hits = 0;
    for (String form : forms) {
      for (byte[] encoded : List.of(form.getBytes(StandardCharsets.UTF_8),
          form.getBytes(StandardCharsets.UTF_16BE))) {
        for (int i = 0; i + encoded.length <= bytes.length; i++) {
          int j = 0;
          while (j < encoded.length && bytes[i + j] == encoded[j]) {
            j++;
          }
          if (j == encoded.length) {
            hits++;
          }
        }
      }
    }
    return hits;
  }

  /** Looks at the stored data before the erasure. */
  @FunctionalInterface
  private interface Probe {
    void look() throws IOException;
  }

  private Figures run(DataSource dataSource, TestDatabase database, Probe beforeErasure)
      throws SQLException, IOException {
    JdbcStorage storage = database.storageOver(dataSource);
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    VoucherProgramme programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder()
            .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
        .clock(clock)
        .vouchers(storage.vouchers()).partners(storage.partners())
        .catalog(storage.catalog()).mandates(storage.mandates())
        .invitations(storage.invitations()).subAccounts(storage.subAccounts())
        .codeVault(CodeVault.withRandomKeys())
        .build();
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(MANAGER,
        new Partner(PARTNER, "Acme", Tier.GOLD, Set.of(Feature.VOUCHERS, Feature.SUB_ACCOUNTS),
            Locale.GERMAN))));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(MANAGER,
        Product.builder().id(PRODUCT).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(MANAGER,
        PriceBook.builder("CHF").listPrice(ProductConfiguration.of(PRODUCT, 1, 1, 0),
            Money.of("50.00", "CHF")).build())));
    PlacedOrder order = require(programme.ordering().orderVouchers().order(
        new OrderVouchers.Command(ADMIN,
        PARTNER, new OrderRequest(Optional.of(CUSTOMER), Optional.of(NOTES), "invoice",
            List.of(new OrderRequest.Line(PRODUCT.value(), 1, 1, 0, 3))))));
    // voucher 0: sent, delivered, redeemed by its holder, who is labelled with the address
    send(programme, order.voucher(0), ADDRESS, MESSAGE);
    MessageRelay<ActivationMessage> relay = new MessageRelay<>(storage.outbox(), (message,
        link) -> { },
        programme.activationLinks(), Outbox.Backoff.standard(), Duration.ofMinutes(1), 10);
    assertThat(relay.relayOnce().delivered()).isEqualTo(1);
    require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(
        new Actor.CodeHolder(ADDRESS), VoucherRef.code(order.codes().get(0).reveal(),
            CallerKey.of(ADDRESS)))));
    // voucher 1: sent, not delivered yet; voucher 2: someone else's
    send(programme, order.voucher(1), ADDRESS, MESSAGE);
    send(programme, order.voucher(2), CONTROL, "Alles Gute, Max");
    // an invitation to the address, accepted with the address as the contact
    AtomicReference<String> token = new AtomicReference<>();
    MessageRelay<InvitationMessage> invitations = new MessageRelay<>(storage.invitationOutbox(),
        (message, link) -> token.set(link.getPath().substring(link.getPath().lastIndexOf('/')
            + 1)), programme.invitationLinks(), Outbox.Backoff.standard(), Duration.ofMinutes(1),
            10);
    require(programme.subAccounts().inviteSubAccount().invite(new InviteSubAccount.Command(ADMIN,
        PARTNER,
        ADDRESS, SubAccountType.STANDARD, INVITATION_MESSAGE)));
    invitations.relayOnce();
    require(programme.subAccounts().acceptInvitation().accept(new AcceptInvitation.Command(
        new Actor.CodeHolder(ADDRESS), token.get(),
        new Applicant(CONTACT, ADDRESS, "Beispiel GmbH", "Hauptstrasse 1", "DE"))));
    Map<VoucherId, List<HistoryEntry>> before = histories(storage, order);
    String dumpBefore = CodesAtRestTest.dump(dataSource, database);
    for (String value : List.of(ADDRESS, MESSAGE, INVITATION_MESSAGE, CUSTOMER, NOTES,
        CONTACT)) {
      assertThat(dumpBefore).as("the dump finds what is stored").contains(value);
    }
    beforeErasure.look();

    ErasureRecord address = require(programme.erasePersonalData().erase(
        ErasePersonalData.Command.address(SUPPORT, " erika.mustermann@BEISPIEL.de ")));
    ErasureRecord customer = require(programme.erasePersonalData().erase(
        ErasePersonalData.Command.customer(SUPPORT, PARTNER.value(), CUSTOMER)));

    String dump = CodesAtRestTest.dump(dataSource, database);
    List<String> forms = forms();
    long hits = 0;
    for (String form : forms) {
      assertThat(dump).as("the dump after erasure").doesNotContain(form);
      hits += dump.contains(form) ? 1 : 0;
    }
    assertThat(dump).contains(CONTROL);
    assertThat(dump).doesNotContain(ADDRESS).doesNotContain(URLEncoder.encode(ADDRESS,
        StandardCharsets.UTF_8));
    // E-1: the record counts every stored row the erasure changed: the 2 vouchers sent to the
    // address and their 2 e-mails, the invitation, its e-mail and the sub-account, 3 voucher
    // history rows (2 sendings, the holder's redemption), 2 invitation history rows (created,
    // accepted by the holder) and the sub-account's history row of the holder
    assertThat(address.rows()).isEqualTo(2 + 2 + 1 + 1 + 1 + 3 + 2 + 1);
    assertThat(customer.rows()).isEqualTo(1);
    // the history keeps every move: from, to, when, who (the code holder's label erased), why
    Map<VoucherId, List<HistoryEntry>> after = histories(storage, order);
    for (VoucherId id : before.keySet()) {
      List<HistoryEntry> was = before.get(id);
      List<HistoryEntry> is = after.get(id);
      assertThat(is).hasSameSizeAs(was);
      for (int i = 0; i < is.size(); i++) {
        assertThat(is.get(i).from()).isEqualTo(was.get(i).from());
        assertThat(is.get(i).to()).isEqualTo(was.get(i).to());
        assertThat(is.get(i).at()).isEqualTo(was.get(i).at());
        assertThat(is.get(i).why()).isEqualTo(was.get(i).why());
        assertThat(is.get(i).by()).isEqualTo(was.get(i).by().startsWith("customer:")
            ? "customer:[erased]" : was.get(i).by());
        // a sending keeps its keys: the recipient and the message read as erased
        if (ADDRESS.equals(was.get(i).data().get("recipient"))) {
          assertThat(is.get(i).data()).containsEntry("recipient", Erased.ADDRESS.value())
              .containsEntry("message", Erased.TEXT).hasSameSizeAs(was.get(i).data());
        }
      }
    }
    // M-4: the order number is no personal data: every e-mail still names the order
    assertThat(outboxOrderNumbers(dataSource)).hasSize(3)
        .containsOnly(order.order().number().value());
    // the erasure is recorded, without the data
    String records = erasureRows(dataSource);
    assertThat(records).contains("ADDRESS").contains("CUSTOMER").contains(SUPPORT.describe())
        .doesNotContain(ADDRESS).doesNotContain(CUSTOMER);
    return new Figures(tableCount(dump), dump.getBytes(StandardCharsets.UTF_8).length,
        forms.size(), hits);
  }

  private static int tableCount(String dump) {
    return (int) dump.lines().filter(line -> line.matches("(?i)-- vouchers_\\w+")).count();
  }

  private static List<Long> outboxOrderNumbers(DataSource dataSource) throws SQLException {
    List<Long> numbers = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT order_number FROM vouchers_outbox")) {
      while (rows.next()) {
        numbers.add(rows.getLong(1));
      }
    }
    return numbers;
  }

  private static String erasureRows(DataSource dataSource) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT * FROM vouchers_erasures")) {
      while (rows.next()) {
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
          out.append(rows.getObject(i)).append('\t');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static Map<VoucherId, List<HistoryEntry>> histories(JdbcStorage storage,
      PlacedOrder order) {
    Map<VoucherId, List<HistoryEntry>> histories = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) {
      histories.put(order.voucher(i), storage.vouchers().history(order.voucher(i)));
    }
    return histories;
  }

  private static void send(VoucherProgramme programme, VoucherId id, String to,
      String message) {
    require(programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(ADMIN, id, to, message)));
  }

  private static <T> T require(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }
}
