// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

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
import dev.vouchers.core.messaging.application.MessageRelay.RelayRun;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.FollowActivationLink;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.RedeemableVoucher;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import dev.vouchers.testkit.MutableClock;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Activation links that die (G-2, ADR 0046) over an adapter's storage: the whole library on the
 * storage under test, links sent through the use cases and delivered by a {@link MessageRelay}
 * that keeps each e-mail's link. A link carries a token of its assignment and no code; it works
 * only while that assignment is current: a resend to another address or a withdrawal kills it,
 * and a dead link gets the answer of an unknown code (C-5). The code itself keeps working when
 * typed. (That an e-mail overtaken before the relay ran is not sent is
 * {@link ActivationRelayContract}'s.)
 */
public abstract class ActivationLinkContract extends StorageContract {
  private static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
  private static final PartnerId PARTNER = new PartnerId("link-partner");
  private static final ProductId PRODUCT = new ProductId("smime");
  private static final Actor AGENT =
      new Actor.PartnerUser(new UserId("agent"), PARTNER, PartnerRole.ADMIN_AGENT);
  private static final Actor CUSTOMER = new Actor.CodeHolder("link-customer");
  private static final CallerKey CALLER = CallerKey.of("ip:192.0.2.7");
  private static final URI PAGE = URI.create("https://shop.example/redeem");

  private final MutableClock clock = new MutableClock(START);
  /** What the relay sent: each recipient's links, in order. */
  private final Map<String, List<URI>> inbox = new ConcurrentHashMap<>();
  private final CodeVault vault = CodeVault.withRandomKeys();
  private VoucherProgramme programme;
  private PlacedOrder order;

  @BeforeEach
  final void placeAnOrder() {
    programme = storage.programme(clock)
        .settings(ProgrammeSettings.builder().redemptionBaseUrl(PAGE).build())
        .codeVault(vault)
        .build();
    Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(PARTNER, "Link Partner", Tier.GOLD, Set.of(Feature.VOUCHERS),
            Locale.ENGLISH))));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder().id(PRODUCT).name("S/MIME").kind(ProductKind.EMAIL_SMIME)
            .addValidityYears(1).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(manager,
        PriceBook.builder("CHF").listPrice(ProductConfiguration.of(PRODUCT, 1, 0, 0),
            Money.of("50.00", "CHF")).build())));
    order = require(programme.ordering().orderVouchers().order(new OrderVouchers.Command(AGENT,
        PARTNER,
        new OrderRequest(Optional.of("Customer"), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line(PRODUCT.value(), 1, 0, 0, 2))))));
  }

  private static <T> T require(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }

  private VoucherId voucher(int index) {
    return order.voucher(index);
  }

  /** Sends the link and lets the relay deliver it: the link in the recipient's inbox. */
  private URI sendAndDeliver(VoucherId voucher, String recipient) {
    require(programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(AGENT, voucher, recipient, "Enjoy")));
    relayOnce();
    List<URI> links = inbox.getOrDefault(recipient, List.of());
    assertThat(links).as("the e-mail to %s", recipient).isNotEmpty();
    return links.get(links.size() - 1);
  }

  private RelayRun relayOnce() {
    return new MessageRelay<>(storage.outbox(), (message, link) -> inbox.merge(
        message.recipient().value(), List.of(link),
        (earlier, added) -> java.util.stream.Stream.concat(earlier.stream(), added.stream())
            .toList()),
        programme.activationLinks(),
        new Outbox.Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10)),
        Duration.ofMinutes(1), 10).relayOnce();
  }

  /** The {@code link} parameter of a link, as the shop's page reads it. */
  private static String token(URI link) {
    String query = link.getRawQuery();
    assertThat(query).as("%s", link).startsWith("link=");
    return query.substring("link=".length());
  }

  private Either<Refusal, RedeemableVoucher> follow(URI link) {
    return follow(token(link));
  }

  private Either<Refusal, RedeemableVoucher> follow(String token) {
    return programme.vouchers().followActivationLink().follow(
        new FollowActivationLink.Command(CUSTOMER, token, CALLER));
  }

  private String code(VoucherId voucher) {
    return require(programme.vouchers().getVoucher().get(new GetVoucher.Command(AGENT, voucher)))
        .voucher().code();
  }

  private VoucherStatus status(VoucherId voucher) {
    return require(programme.vouchers().getVoucher().get(new GetVoucher.Command(AGENT, voucher)))
        .voucher().status();
  }

  /**
   * C-5: what an end customer is told for a well-formed code that does not exist: a stored
   * code with its first symbol changed and the check symbol that makes it well-formed again.
   */
  private Refusal unknownCodeAnswer() {
    String stored = code(voucher(1));
    String symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    char first = stored.charAt(0);
    char other = symbols.charAt((symbols.indexOf(first) + 1) % symbols.length());
    String changed = other + stored.substring(1, stored.length() - 1);
    for (char check : symbols.toCharArray()) {
      String candidate = changed + check;
      if (programme.settings().codeFormat().parse(candidate).isRight()) {
        return programme.vouchers().lookUpCode().lookUp(
            new LookUpCode.Command(CUSTOMER, candidate, CALLER)).getLeft();
      }
    }
    throw new AssertionError("no check symbol makes " + changed + "? well-formed");
  }

  @Test
  void theSentLinkCarriesATokenAndNoCodeAndFindsItsVoucher_G2() {
    URI link = sendAndDeliver(voucher(0), "jane@customer.example");

    assertThat(link.toString()).startsWith(PAGE + "?link=")
        .doesNotContain(code(voucher(0)));
    RedeemableVoucher found = require(follow(link));
    assertThat(found.status()).isEqualTo(VoucherStatus.ASSIGNED);
    assertThat(found.productName()).isEqualTo("S/MIME");
  }

  @Test
  void aResendToAnotherAddressKillsTheEarlierLink_G2() {
    URI jane = sendAndDeliver(voucher(0), "jane@customer.example");
    clock.advance(Duration.ofMinutes(5));
    URI john = sendAndDeliver(voucher(0), "john@customer.example");

    assertThat(follow(jane).isLeft()).as("the earlier link").isTrue();
    assertThat(require(follow(john)).status()).isEqualTo(VoucherStatus.ASSIGNED);
    assertThat(token(john)).isNotEqualTo(token(jane));
  }

  @Test
  void aResendToTheSameAddressKillsTheEarlierLinkToo_G2() {
    URI first = sendAndDeliver(voucher(0), "jane@customer.example");
    clock.advance(Duration.ofMinutes(5));
    URI second = sendAndDeliver(voucher(0), "jane@customer.example");

    assertThat(follow(first).isLeft()).isTrue();
    assertThat(follow(second).isRight()).isTrue();
  }

  @Test
  void aWithdrawalKillsTheLink_G2() {
    URI link = sendAndDeliver(voucher(0), "jane@customer.example");
    require(programme.vouchers().withdrawActivationLink().withdraw(
        new WithdrawActivationLink.Command(AGENT, voucher(0), "wrong customer")));

    assertThat(follow(link).isLeft()).isTrue();
    assertThat(status(voucher(0))).isEqualTo(VoucherStatus.VALID);
  }

  @Test
  void aLinkSentAgainAfterAWithdrawalIsANewLink_G2() {
    URI first = sendAndDeliver(voucher(0), "jane@customer.example");
    require(programme.vouchers().withdrawActivationLink().withdraw(
        new WithdrawActivationLink.Command(AGENT, voucher(0), "sent too early")));
    clock.advance(Duration.ofMinutes(5));
    URI second = sendAndDeliver(voucher(0), "jane@customer.example");

    assertThat(follow(first).isLeft()).isTrue();
    assertThat(follow(second).isRight()).isTrue();
  }

  @Test
  void theCodeKeepsWorkingWhenTypedAfterItsLinkDied_G2() {
    URI jane = sendAndDeliver(voucher(0), "jane@customer.example");
    sendAndDeliver(voucher(0), "john@customer.example");

    assertThat(follow(jane).isLeft()).isTrue();
    assertThat(programme.vouchers().lookUpCode().lookUp(
        new LookUpCode.Command(CUSTOMER, code(voucher(0)), CALLER)).isRight()).isTrue();
  }

  @Test
  void aDeadLinkGetsTheAnswerOfAnUnknownCode_G2_C5() {
    URI withdrawn = sendAndDeliver(voucher(0), "jane@customer.example");
    require(programme.vouchers().withdrawActivationLink().withdraw(
        new WithdrawActivationLink.Command(AGENT, voucher(0), "wrong customer")));
    Refusal dead = follow(withdrawn).getLeft();
    Refusal malformed = follow("not-a-token").getLeft();
    Refusal neverSent = follow("0123456789abcdefghjkmnpqrs").getLeft();

    Refusal unknown = unknownCodeAnswer();
    assertThat(dead).isEqualTo(unknown);
    assertThat(malformed).isEqualTo(unknown);
    assertThat(neverSent).isEqualTo(unknown);
  }

  @Test
  void theLinkOfACancelledOrderGetsTheAnswerOfAnUnknownCode_G2_C5() {
    URI link = sendAndDeliver(voucher(0), "jane@customer.example");
    require(programme.ordering().cancelOrder().cancel(
        new CancelOrder.Command(AGENT, order.order().id(), "customer changed their mind")));

    assertThat(follow(link).getLeft()).isEqualTo(unknownCodeAnswer());
  }

  @Test
  void theLinkOfAnExpiredVoucherGetsTheAnswerOfAnUnknownCode_G2_C5() {
    URI link = sendAndDeliver(voucher(0), "jane@customer.example");
    clock.advance(Duration.ofDays(400));

    assertThat(follow(link).getLeft()).isEqualTo(unknownCodeAnswer());
  }

  @Test
  void aDeadLinkMovesNothingAndALiveOneRedeems_G2() {
    URI jane = sendAndDeliver(voucher(0), "jane@customer.example");
    URI john = sendAndDeliver(voucher(0), "john@customer.example");

    assertThat(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(CUSTOMER,
        VoucherRef.link(token(jane), CALLER))).isLeft()).isTrue();
    assertThat(status(voucher(0))).isEqualTo(VoucherStatus.ASSIGNED);
    assertThat(require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(CUSTOMER,
        VoucherRef.link(token(john), CALLER)))).status()).isEqualTo(VoucherStatus.REDEEMED);
    assertThat(require(follow(john)).status())
        .as("the current recipient's link still shows the used voucher, as the code would")
        .isEqualTo(VoucherStatus.REDEEMED);
  }

  @Test
  void ofTwoSendsInOneInstantOnlyTheLaterEmailIsSent_G2() {
    require(programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(AGENT, voucher(0), "jane@customer.example", "one")));
    require(programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(AGENT, voucher(0), "jane@customer.example", "two")));

    assertThat(relayOnce()).isEqualTo(new RelayRun(2, 1, 0, 0, 0, 1));
    assertThat(inbox.get("jane@customer.example")).singleElement()
        .satisfies(link -> assertThat(follow(link).isRight()).isTrue());
  }
}
