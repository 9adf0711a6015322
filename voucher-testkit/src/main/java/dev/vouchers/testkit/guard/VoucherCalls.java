// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import static dev.vouchers.testkit.guard.GuardDraws.caller;
import static dev.vouchers.testkit.guard.GuardDraws.link;
import static dev.vouchers.testkit.guard.GuardDraws.partners;
import static dev.vouchers.testkit.guard.GuardDraws.ref;
import static dev.vouchers.testkit.guard.GuardDraws.toRef;
import static dev.vouchers.testkit.guard.GuardDraws.vouchers;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.port.in.ListParkedEvents;
import dev.vouchers.core.messaging.port.in.RetryParkedEvent;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.partner.port.in.SetPartnerTier;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.FollowActivationLink;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.core.voucher.port.in.ReportCertificateRevoked;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The generators of the voucher lifecycle of {@link UseCaseCalls}, with domain control, events,
 * keys and the administration of partners and the catalog (V-, D-, G-, M-5, T-, P- rules).
 */
final class VoucherCalls {
  private VoucherCalls() {}

  /** Registers the generators of this part of the programme. */
  static void registerAll() {
    UseCaseCalls.register(SendActivationLink.class, 4, f -> {
      var p = f.principal(f.world.agentA);
      String voucher = f.id("voucher", vouchers(f.world));
      String recipient = f.email("recipient", "someone@example.com");
      String message = f.text("message", "Enjoy your certificate");
      return f.call("SendActivationLink", () -> new SendActivationLink.Command(p,
          new VoucherId(voucher), recipient, message),
          c -> f.world.programme.vouchers().sendActivationLink().send(c));
    });
    UseCaseCalls.register(WithdrawActivationLink.class, 3, f -> {
      var p = f.principal(f.world.agentA);
      String voucher = f.id("voucher", vouchers(f.world));
      String why = f.text("why", "wrong address");
      return f.call("WithdrawActivationLink", () -> new WithdrawActivationLink.Command(p,
          new VoucherId(voucher), why), c -> f.world.programme.vouchers().withdrawActivationLink()
              .withdraw(c));
    });
    UseCaseCalls.register(LookUpCode.class, 2, f -> {
      var p = f.principal(f.world.holder);
      String code = f.other("code", () -> f.pick(f.world.codes), HostileInputs.strings()::generate);
      String caller = caller(f);
      return f.call("LookUpCode", () -> new LookUpCode.Command(p, code, CallerKey.of(caller)),
          c -> f.world.programme.vouchers().lookUpCode().lookUp(c));
    });
    UseCaseCalls.register(FollowActivationLink.class, 2, f -> {
      var p = f.principal(f.world.holder);
      // G-2: the live link's token, a well-formed token of no link (upper case too), or hostile
      String token = f.other("token", () -> f.chance(60) && !f.world.links.isEmpty()
          ? f.pick(f.world.links) : f.pick(List.of("0123456789abcdefghjkmnpqrs",
              "ZZZZZZZZZZZZZZZZZZZZZZZZZZ", " 0123456789abcdefghjkmnpqrs ")),
          HostileInputs.strings()::generate);
      String caller = caller(f);
      return f.call("FollowActivationLink", () -> new FollowActivationLink.Command(p, token,
          CallerKey.of(caller)), c -> f.world.programme.vouchers().followActivationLink().follow(
              c));
    });
    UseCaseCalls.register(StartOrganisationActivation.class, 2, f -> {
      var p = f.principal(f.world.holder);
      String voucher = ref(f);
      String caller = caller(f);
      return f.call("StartOrganisationActivation", () -> new StartOrganisationActivation.Command(
          p, toRef(voucher, caller)), c -> f.world.programme.vouchers()
              .startOrganisationActivation().start(c));
    });
    UseCaseCalls.register(IssueDomainChallenge.class, 3, f -> {
      var p = f.principal(f.world.holder);
      String voucher = ref(f);
      String caller = caller(f);
      String domain = f.text("domain", "shop.example.com");
      return f.call("IssueDomainChallenge", () -> new IssueDomainChallenge.Command(p,
          toRef(voucher, caller), domain), c -> f.world.programme.vouchers().issueDomainChallenge()
              .issue(c));
    });
    UseCaseCalls.register(VerifyDomainControl.class, 2, f -> {
      var p = f.principal(f.world.holder);
      String voucher = ref(f);
      String caller = caller(f);
      return f.call("VerifyDomainControl", () -> new VerifyDomainControl.Command(p,
          toRef(voucher, caller)), c -> f.world.programme.vouchers().verifyDomainControl().verify(
              c));
    });
    UseCaseCalls.register(SubmitCertificateRequest.class, 4, f -> {
      var p = f.principal(f.world.holder);
      String voucher = ref(f);
      String caller = caller(f);
      String reference = f.text("reference", "CSR-1");
      Optional<String> organisation = f.other("organisation", () -> f.chance(50)
          ? Optional.<String>empty() : Optional.of(GuardWorld.ORGANISATION.value()),
          in -> Optional.of(HostileInputs.idStrings().generate(in)));
      return f.call("SubmitCertificateRequest", () -> new SubmitCertificateRequest.Command(p,
          toRef(voucher, caller), reference, organisation.map(OrganisationId::new)),
          c -> f.world.programme.vouchers().submitCertificateRequest().submit(c));
    });
    UseCaseCalls.register(MarkRedeemed.class, 2, f -> {
      var p = f.principal(f.world.holder);
      String voucher = ref(f);
      String caller = caller(f);
      return f.call("MarkRedeemed", () -> new MarkRedeemed.Command(p, toRef(voucher, caller)),
          c -> f.world.programme.vouchers().markRedeemed().redeem(c));
    });
    UseCaseCalls.register(ReportCertificateRevoked.class, 2, f -> {
      var p = f.principal(f.world.service);
      String voucher = f.id("voucher", vouchers(f.world));
      return f.call("ReportCertificateRevoked", () -> new ReportCertificateRevoked.Command(p,
          new VoucherId(voucher)), c -> f.world.programme.vouchers().reportCertificateRevoked()
              .report(c));
    });
    // ---------------------------------------------------------------- durable events (M-5)
    UseCaseCalls.register(ListParkedEvents.class, 3, f -> {
      var p = f.principal(f.world.support);
      long after = f.longValue("after", 0, 1_000);
      int limit = f.integer("limit", 1, ListParkedEvents.MAX_LIMIT);
      return f.call("ListParkedEvents", () -> new ListParkedEvents.Command(p,
          f.chance(50) ? Optional.empty() : Optional.of(after), limit),
          c -> f.world.parkedEvents.list(c));
    });
    UseCaseCalls.register(RetryParkedEvent.class, 2, f -> {
      var p = f.principal(f.world.manager);
      String id = f.id("event", f.world.eventIds);
      return f.call("RetryParkedEvent", () -> new RetryParkedEvent.Command(p, id),
          c -> f.world.parkedEvents.retry(c));
    });
    UseCaseCalls.register(ExpireDueVouchers.class, 2, f -> {
      var p = f.principal(f.world.service);
      int limit = f.integer("limit", 1, 100);
      return f.call("ExpireDueVouchers", () -> new ExpireDueVouchers.Command(p, limit),
          c -> f.world.programme.vouchers().expireDueVouchers().expire(c));
    });
    UseCaseCalls.register(RekeyCodes.class, 1, f -> {
      var p = f.principal(f.world.service);
      int limit = f.integer("limit", 0, 100);
      return f.call("RekeyCodes", () -> new RekeyCodes.Command(p, limit),
          c -> f.world.programme.vouchers().rekeyCodes().rekey(c));
    });
    UseCaseCalls.register(CommentOnVoucher.class, 3, f -> {
      var p = f.principal(f.world.agentA);
      String voucher = f.id("voucher", vouchers(f.world));
      String text = f.text("text", "called the customer");
      return f.call("CommentOnVoucher", () -> new CommentOnVoucher.Command(p,
          new VoucherId(voucher), text), c -> f.world.programme.vouchers().commentOnVoucher()
              .comment(c));
    });
    UseCaseCalls.register(SetPartnerTier.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String partner = f.id("partner", partners());
      String tier = f.other("tier", () -> f.pick(List.of("ENTRY", "SILVER", "GOLD", "PLATINUM",
          "DIAMOND")), HostileInputs.strings()::generate);
      return f.call("SetPartnerTier", () -> new SetPartnerTier.Command(p, new PartnerId(partner),
          Tier.of(tier)), c -> f.world.programme.partners().setPartnerTier().set(c));
    });
    UseCaseCalls.register(RegisterMandate.class, 4, f -> {
      var p = f.principal(f.world.manager);
      String organisation = f.id("organisation", List.of("org-1", "org-2"));
      String document = f.text("documentReference", "POA-2");
      Optional<java.time.Instant> until = f.chance(50) ? Optional.empty()
          : Optional.of(f.instant("validUntil"));
      return f.call("RegisterMandate", () -> new RegisterMandate.Command(p,
          new OrganisationId(organisation), document, until),
          c -> f.world.programme.partners().registerMandate().register(c));
    });
    UseCaseCalls.register(RegisterPartner.class, 4, f -> {
      var p = f.principal(f.world.manager);
      String partner = f.id("partner.id", List.of("guard-new-1", "guard-new-2",
          GuardWorld.B.value()));
      String name = f.text("partner.name", "New Partner");
      String tier = f.other("partner.tier", () -> "GOLD", HostileInputs.strings()::generate);
      return f.call("RegisterPartner", () -> new RegisterPartner.Command(p, new Partner(
          new PartnerId(partner), name, Tier.of(tier), Set.of(Feature.VOUCHERS), Locale.ENGLISH)),
          c -> f.world.programme.partners().registerPartner().register(c));
    });
    UseCaseCalls.register(DefineProduct.class, 7, f -> {
      var p = f.principal(f.world.manager);
      String id = f.id("product.id", List.of("new-product", GuardWorld.SSL.value()));
      String name = f.text("product.name", "New Product");
      int years = f.integer("product.validityYears", 1, 3);
      int minFqdns = f.integer("product.minFqdns", 0, 1);
      int maxFqdns = f.integer("product.maxFqdns", 1, 5);
      int wildcards = f.integer("product.maxWildcards", 0, 2);
      return f.call("DefineProduct", () -> new DefineProduct.Command(p, Product.builder()
          .id(new ProductId(id)).name(name).kind(ProductKind.SSL_OV).addValidityYears(years)
          .minFqdns(minFqdns).maxFqdns(maxFqdns).maxWildcards(wildcards).build()),
          c -> f.world.programme.catalog().defineProduct().define(c));
    });
    UseCaseCalls.register(PublishPriceBook.class, 6, f -> {
      var p = f.principal(f.world.manager);
      String currency = f.other("currency", () -> "CHF", HostileInputs.strings()::generate);
      long list = f.longValue("listPrice.minorUnits", 0, 100_000);
      long tierPrice = f.longValue("tierPrice.minorUnits", 0, 100_000);
      BigDecimal discount = f.decimal("tierDiscount", new BigDecimal("15"));
      int years = f.integer("configuration.validityYears", 1, 2);
      return f.call("PublishPriceBook", () -> new PublishPriceBook.Command(p,
          PriceBook.builder(currency)
              .listPrice(ProductConfiguration.of(GuardWorld.SSL, years, 1, 0),
                  Money.ofMinor(currency, list))
              .listPrice(ProductConfiguration.of(GuardWorld.ORG, 1, 0, 0),
                  Money.ofMinor(currency, list))
              .tierPrice(Tier.GOLD, ProductConfiguration.of(GuardWorld.SSL, years, 1, 0),
                  Money.ofMinor(currency, tierPrice))
              .tierDiscount(Tier.SILVER, discount).build()),
          c -> f.world.programme.catalog().publishPriceBook().publish(c));
    });
  }
}
