package dev.vouchers.core.application;

import static dev.vouchers.core.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.application.ProgrammeFixture.ORG_CERT_1Y;
import static dev.vouchers.core.application.ProgrammeFixture.PRICES;
import static dev.vouchers.core.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.application.ProgrammeFixture.SSL_DV_1Y;
import static dev.vouchers.core.application.ProgrammeFixture.line;
import static dev.vouchers.core.application.ProgrammeFixture.ok;
import static dev.vouchers.core.application.ProgrammeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.domain.OrderFilter;
import dev.vouchers.core.domain.OrderId;
import dev.vouchers.core.domain.OrganisationId;
import dev.vouchers.core.domain.PageRequest;
import dev.vouchers.core.domain.Partner;
import dev.vouchers.core.domain.PartnerId;
import dev.vouchers.core.domain.PartnerRole;
import dev.vouchers.core.domain.Principal;
import dev.vouchers.core.domain.Product;
import dev.vouchers.core.domain.ProductId;
import dev.vouchers.core.domain.ProductKind;
import dev.vouchers.core.domain.ReasonCode;
import dev.vouchers.core.domain.Refusal;
import dev.vouchers.core.domain.StaffRole;
import dev.vouchers.core.domain.Tier;
import dev.vouchers.core.domain.UserId;
import dev.vouchers.core.domain.VoucherId;
import dev.vouchers.core.domain.subaccount.Billing;
import dev.vouchers.core.domain.subaccount.InvitationId;
import dev.vouchers.core.domain.subaccount.Pricing;
import dev.vouchers.core.domain.subaccount.SubAccountId;
import dev.vouchers.core.domain.subaccount.SubAccountType;
import dev.vouchers.core.port.in.*;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * walks the roles table of {@code docs/roles.md} and calls every use case with every
 * role, and with another partner's principal. The table is the documentation and the
 * specification at once: a use case missing from it, or a cell the library does not honour,
 * fails here.
 *
 * <p>Each call runs in a fresh programme where everything it needs exists and belongs to the
 * partner Acme, so that an allowed caller succeeds. "yes" means the call succeeded; "no" means
 * it was refused as not permitted or not found; "as missing" means the refusal is exactly the
 * one the same call gets for an id (or code, or token) that does not exist.
 */
class RoleTableTest {
  static final Path TABLE = Path.of("..", "docs", "roles.md");

  /** The principals of the table's columns, in column order. */
  static final Map<String, Principal> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("ADMIN", ALICE);
    COLUMNS.put("ADMIN_AGENT", new Principal.PartnerUser(new UserId("ada"), ACME,
        PartnerRole.ADMIN_AGENT));
    COLUMNS.put("SALES_AGENT", ProgrammeFixture.AGENT);
    COLUMNS.put("other partner", ProgrammeFixture.BOB);
    COLUMNS.put("PARTNER_MANAGER", ProgrammeFixture.PM);
    COLUMNS.put("SUPPORT", ProgrammeFixture.SUPPORT);
    COLUMNS.put("service", ProgrammeFixture.PLATFORM);
    COLUMNS.put("code holder", ProgrammeFixture.CUSTOMER);
  }

  /** How a use case is called: with whom, and whether its target exists. */
  @FunctionalInterface
  interface Call {
    Either<Refusal, ?> run(Principal who, boolean missing);
  }

  /** Sets up a fresh programme and returns the call of one use case in it. */
  @FunctionalInterface
  interface Scenario {
    Call in(ProgrammeFixture f, InvitationFixture i);
  }

  static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

  private static final OrderId NO_ORDER = new OrderId("no-such-order");
  private static final VoucherId NO_VOUCHER = new VoucherId("no-such-voucher");
  private static final PartnerId NO_PARTNER = new PartnerId("no-such-partner");

  private static void scenario(Class<?> useCase, Scenario scenario) {
    SCENARIOS.put(useCase.getSimpleName(), scenario);
  }

  /** A well-formed code this programme never issued (another programme's). */
  private static String foreignCode() {
    ProgrammeFixture other = ProgrammeFixture.create();
    return other.code(other.single(SMIME_1Y).id()).reveal();
  }

  private static String code(ProgrammeFixture f, VoucherId id) {
    return f.code(id).reveal();
  }

  static {
    // ---------------------------------------------------------------- tiers, catalogue (T, P)
    scenario(RegisterPartner.class, (f, i) -> (who, missing) -> f.programme.registerPartner()
        .register(new RegisterPartner.Command(who, Partner.withVouchers(new PartnerId("newco"),
            "NewCo", Tier.ENTRY))));
    scenario(DefineProduct.class, (f, i) -> (who, missing) -> f.programme.defineProduct()
        .define(new DefineProduct.Command(who, Product.builder().id(new ProductId("seat"))
            .name("SaaS seat").kind(ProductKind.EMAIL_SMIME).addValidityYears(1).build())));
    scenario(PublishPriceBook.class, (f, i) -> (who, missing) -> f.programme.publishPriceBook()
        .publish(new PublishPriceBook.Command(who, PRICES)));
    scenario(SetPartnerTier.class, (f, i) -> (who, missing) -> f.programme.setPartnerTier()
        .set(new SetPartnerTier.Command(who, missing ? NO_PARTNER : ACME, Tier.GOLD)));
    scenario(GetPartner.class, (f, i) -> (who, missing) -> f.programme.getPartner()
        .get(new GetPartner.Command(who, missing ? NO_PARTNER : ACME)));
    scenario(ShowPriceList.class, (f, i) -> (who, missing) -> f.programme.showPriceList()
        .show(new ShowPriceList.Command(who, missing ? NO_PARTNER : ACME)));
    scenario(RegisterMandate.class, (f, i) -> (who, missing) -> f.programme.registerMandate()
        .register(new RegisterMandate.Command(who, new OrganisationId("muster-ag"), "DMS-1",
            Optional.empty())));
    // ---------------------------------------------------------------- orders (O, S-1, S-3, V-6)
    scenario(QuoteOrder.class, (f, i) -> (who, missing) -> f.programme.quoteOrder()
        .quote(new QuoteOrder.Command(who, missing ? NO_PARTNER : ACME,
            request(line(SMIME_1Y, 2)))));
    scenario(OrderVouchers.class, (f, i) -> (who, missing) -> f.programme.orderVouchers()
        .order(new OrderVouchers.Command(who, missing ? NO_PARTNER : ACME,
            request(line(SMIME_1Y, 2)))));
    scenario(ListOrders.class, (f, i) -> (who, missing) -> f.programme.listOrders()
        .list(new ListOrders.Command(who, OrderFilter.all(missing ? NO_PARTNER : ACME),
            PageRequest.first(10))));
    scenario(ListVouchers.class, (f, i) -> (who, missing) -> f.programme.listVouchers()
        .list(new ListVouchers.Command(who, missing ? NO_PARTNER : ACME, Set.of(),
            Optional.empty(), Optional.empty(), PageRequest.first(10))));
    scenario(GetOrder.class, (f, i) -> {
      OrderId order = f.order(line(SMIME_1Y, 1)).id();
      return (who, missing) -> f.programme.getOrder()
          .get(new GetOrder.Command(who, missing ? NO_ORDER : order));
    });
    scenario(ExportOrderCodes.class, (f, i) -> {
      OrderId order = f.order(line(SMIME_1Y, 1)).id();
      return (who, missing) -> f.programme.exportOrderCodes().export(
          new ExportOrderCodes.Command(who, missing ? NO_ORDER : order, new StringWriter()));
    });
    scenario(CheckCancellation.class, (f, i) -> {
      OrderId order = f.order(line(SMIME_1Y, 1)).id();
      return (who, missing) -> f.programme.checkCancellation()
          .check(new CheckCancellation.Command(who, missing ? NO_ORDER : order));
    });
    scenario(CancelOrder.class, (f, i) -> {
      OrderId order = f.order(line(SMIME_1Y, 1)).id();
      return (who, missing) -> f.programme.cancelOrder()
          .cancel(new CancelOrder.Command(who, missing ? NO_ORDER : order, "role table"));
    });
    scenario(GetVoucher.class, (f, i) -> {
      VoucherId voucher = f.single(SMIME_1Y).id();
      return (who, missing) -> f.programme.getVoucher()
          .get(new GetVoucher.Command(who, missing ? NO_VOUCHER : voucher));
    });
    scenario(PrintVoucher.class, (f, i) -> {
      VoucherId voucher = f.single(SMIME_1Y).id();
      return (who, missing) -> f.programme.printVoucher()
          .print(new PrintVoucher.Command(who, missing ? NO_VOUCHER : voucher));
    });
    scenario(CommentOnVoucher.class, (f, i) -> {
      VoucherId voucher = f.single(SMIME_1Y).id();
      return (who, missing) -> f.programme.commentOnVoucher()
          .comment(new CommentOnVoucher.Command(who, missing ? NO_VOUCHER : voucher, "note"));
    });
    // ---------------------------------------------------------------- distribution, lifecycle
    scenario(SendActivationLink.class, (f, i) -> {
      VoucherId voucher = f.single(SMIME_1Y).id();
      return (who, missing) -> f.programme.sendActivationLink().send(new SendActivationLink
          .Command(who, missing ? NO_VOUCHER : voucher, "kunde@example.ch", "hello"));
    });
    scenario(WithdrawActivationLink.class, (f, i) -> {
      VoucherId voucher = f.single(SMIME_1Y).id();
      ok(f.programme.sendActivationLink().send(new SendActivationLink.Command(ALICE, voucher,
          "kunde@example.ch", "hello")));
      return (who, missing) -> f.programme.withdrawActivationLink().withdraw(
          new WithdrawActivationLink.Command(who, missing ? NO_VOUCHER : voucher, "oops"));
    });
    scenario(LookUpCode.class, (f, i) -> {
      String code = code(f, f.single(SMIME_1Y).id());
      String foreign = foreignCode();
      return (who, missing) -> f.programme.lookUpCode()
          .lookUp(new LookUpCode.Command(who, missing ? foreign : code));
    });
    scenario(StartOrganisationActivation.class, (f, i) -> {
      String code = code(f, f.single(ORG_CERT_1Y).id());
      String foreign = foreignCode();
      return (who, missing) -> f.programme.startOrganisationActivation().start(
          new StartOrganisationActivation.Command(who, VoucherRef.code(missing ? foreign : code)));
    });
    scenario(IssueDomainChallenge.class, (f, i) -> {
      String code = code(f, f.single(SSL_DV_1Y).id());
      String foreign = foreignCode();
      return (who, missing) -> f.programme.issueDomainChallenge().issue(
          new IssueDomainChallenge.Command(who, VoucherRef.code(missing ? foreign : code),
              "www.example.ch"));
    });
    scenario(VerifyDomainControl.class, (f, i) -> {
      String code = code(f, f.single(SSL_DV_1Y).id());
      var challenge = ok(f.programme.issueDomainChallenge().issue(new IssueDomainChallenge
          .Command(ProgrammeFixture.CUSTOMER, VoucherRef.code(code), "www.example.ch")));
      f.probe.publishTxt(challenge.dnsRecordName(), challenge.secret());
      String foreign = foreignCode();
      return (who, missing) -> f.programme.verifyDomainControl().verify(
          new VerifyDomainControl.Command(who, VoucherRef.code(missing ? foreign : code)));
    });
    scenario(SubmitCertificateRequest.class, (f, i) -> {
      String code = code(f, f.single(SMIME_1Y).id());
      String foreign = foreignCode();
      return (who, missing) -> f.programme.submitCertificateRequest().submit(
          new SubmitCertificateRequest.Command(who, VoucherRef.code(missing ? foreign : code),
              "REQ-1", Optional.empty()));
    });
    scenario(MarkRedeemed.class, (f, i) -> {
      String code = code(f, f.single(SMIME_1Y).id());
      String foreign = foreignCode();
      return (who, missing) -> f.programme.markRedeemed().redeem(
          new MarkRedeemed.Command(who, VoucherRef.code(missing ? foreign : code)));
    });
    scenario(ReportCertificateRevoked.class, (f, i) -> {
      VoucherId voucher = f.single(SMIME_1Y).id();
      ok(f.programme.submitCertificateRequest().submit(new SubmitCertificateRequest.Command(
          ALICE, VoucherRef.id(voucher), "REQ-1", Optional.empty())));
      return (who, missing) -> f.programme.reportCertificateRevoked().report(
          new ReportCertificateRevoked.Command(who, missing ? NO_VOUCHER : voucher));
    });
    scenario(ExpireDueVouchers.class, (f, i) -> (who, missing) -> f.programme.expireDueVouchers()
        .expire(new ExpireDueVouchers.Command(who, 10)));
    // ---------------------------------------------------------------- sub-accounts (I-)
    scenario(InviteSubAccount.class, (f, i) -> (who, missing) -> i.programme.inviteSubAccount()
        .invite(new InviteSubAccount.Command(who, missing ? NO_PARTNER : ACME,
            "neu@example.ch", SubAccountType.STANDARD, "Welcome")));
    scenario(ListInvitations.class, (f, i) -> (who, missing) -> i.programme.listInvitations()
        .list(new ListInvitations.Command(who, missing ? NO_PARTNER : ACME, Set.of(),
            PageRequest.first(10))));
    scenario(GetInvitation.class, (f, i) -> {
      InvitationId invitation = i.invite("neu@example.ch").id();
      InvitationId none = InvitationId.of("no-such-invitation");
      return (who, missing) -> i.programme.getInvitation()
          .get(new GetInvitation.Command(who, missing ? none : invitation));
    });
    scenario(ResendInvitation.class, (f, i) -> {
      InvitationId invitation = i.invite("neu@example.ch").id();
      InvitationId none = InvitationId.of("no-such-invitation");
      return (who, missing) -> i.programme.resendInvitation()
          .resend(new ResendInvitation.Command(who, missing ? none : invitation));
    });
    scenario(CancelInvitation.class, (f, i) -> {
      InvitationId invitation = i.invite("neu@example.ch").id();
      InvitationId none = InvitationId.of("no-such-invitation");
      return (who, missing) -> i.programme.cancelInvitation()
          .cancel(new CancelInvitation.Command(who, missing ? none : invitation, "typo"));
    });
    scenario(AcceptInvitation.class, (f, i) -> {
      String token = i.token(i.invite("neu@example.ch").id());
      InvitationFixture other = InvitationFixture.create();
      String unknown = other.token(other.invite("neu@example.ch").id());
      return (who, missing) -> i.programme.acceptInvitation().accept(
          new AcceptInvitation.Command(who, missing ? unknown : token,
              InvitationFixture.APPLICANT));
    });
    scenario(ExpireDueInvitations.class, (f, i) -> (who, missing) -> i.programme
        .expireDueInvitations().expire(new ExpireDueInvitations.Command(who, 10)));
    scenario(ListSubAccounts.class, (f, i) -> (who, missing) -> i.programme.listSubAccounts()
        .list(new ListSubAccounts.Command(who, missing ? NO_PARTNER : ACME,
            PageRequest.first(10))));
    scenario(GetSubAccount.class, (f, i) -> subAccount(i, false, (who, id) -> i.programme
        .getSubAccount().get(new GetSubAccount.Command(who, id))));
    scenario(ChangeSubAccountBilling.class, (f, i) -> subAccount(i, false, (who, id) -> i.programme
        .changeSubAccountBilling().change(new ChangeSubAccountBilling.Command(who, id,
            Billing.PARTNER, Pricing.partnerTier()))));
    scenario(ChangeSubAccountType.class, (f, i) -> subAccount(i, false, (who, id) -> i.programme
        .changeSubAccountType().change(new ChangeSubAccountType.Command(who, id,
            SubAccountType.ENTERPRISE))));
    scenario(AttachContract.class, (f, i) -> subAccount(i, false, (who, id) -> i.programme
        .attachContract().attach(new AttachContract.Command(who, id, "CT-2026-7"))));
    scenario(DetachContract.class, (f, i) -> subAccount(i, true, (who, id) -> i.programme
        .detachContract().detach(new DetachContract.Command(who, id))));
  }

  /** A sub-account of Acme, with a contract attached or not (I-3). */
  private static Call subAccount(InvitationFixture i, boolean withContract,
      java.util.function.BiFunction<Principal, SubAccountId, Either<Refusal, ?>> use) {
    SubAccountId id = i.accept(i.invite("neu@example.ch").id()).id();
    if (withContract) {
      ok(i.programme.attachContract().attach(new AttachContract.Command(InvitationFixture.PM,
          id, "CT-2026-1")));
    }
    SubAccountId none = SubAccountId.of("no-such-sub-account");
    return (who, missing) -> use.apply(who, missing ? none : id);
  }

  // ------------------------------------------------------------------------------ the table

  /** One row of the table: a use case, its rules and one cell per column. */
  record Row(String useCase, String rules, Map<String, String> cells) {}

  static List<Row> rows() throws IOException {
    List<String> lines = Files.readAllLines(TABLE);
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    for (String line : lines) {
      if (!line.startsWith("|")) {
        header = null;
        continue;
      }
      List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
          .map(String::trim).toList();
      if (header == null) {
        header = cells;
        continue;
      }
      if (cells.get(0).startsWith("---")) {
        continue;
      }
      if (!header.get(0).equals("use case")) {
        continue;
      }
      Map<String, String> byColumn = new LinkedHashMap<>();
      for (int c = 2; c < header.size(); c++) {
        byColumn.put(header.get(c), cells.get(c));
      }
      rows.add(new Row(cells.get(0).replace("`", ""), cells.get(1), byColumn));
    }
    return rows;
  }

  static Stream<Arguments> cells() throws IOException {
    List<Arguments> arguments = new ArrayList<>();
    for (Row row : rows()) {
      for (Map.Entry<String, String> cell : row.cells().entrySet()) {
        arguments.add(Arguments.of(row.useCase(), cell.getKey(), cell.getValue()));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "A1: {0} by {1}: {2}")
  @MethodSource("cells")
  void A1_everyUseCaseAnswersEveryRoleAsTheTableSays(String useCase, String column,
      String expected) {
    Scenario scenario = SCENARIOS.get(useCase);
    assertThat(scenario).as("a scenario for %s", useCase).isNotNull();
    Principal who = COLUMNS.get(column);
    assertThat(who).as("a principal for the column %s", column).isNotNull();

    Either<Refusal, ?> result = call(scenario, who, false);
    switch (expected) {
      case "yes" -> assertThat(result.isRight())
          .as("%s by %s should succeed, got %s", useCase, column,
              result.isLeft() ? result.getLeft() : null).isTrue();
      case "no" -> {
        assertThat(result.isLeft()).as("%s by %s should be refused", useCase, column).isTrue();
        assertThat(result.getLeft().codes()).as("%s by %s", useCase, column)
            .containsAnyOf(ReasonCode.NOT_PERMITTED, ReasonCode.NOT_FOUND,
                ReasonCode.CODE_NOT_REDEEMABLE, ReasonCode.INVITATION_NOT_ACCEPTABLE);
      }
      case "as missing" -> {
        assertThat(result.isLeft()).as("%s by %s should be refused", useCase, column).isTrue();
        Either<Refusal, ?> missing = call(scenario, who, true);
        assertThat(missing.isLeft()).isTrue();
        assertThat(result.getLeft()).as("%s by %s answers like a missing id", useCase, column)
            .isEqualTo(missing.getLeft());
      }
      default -> throw new AssertionError("unknown cell '" + expected + "' for " + useCase
          + " / " + column + ": use yes, no or as missing");
    }
  }

  private static Either<Refusal, ?> call(Scenario scenario, Principal who, boolean missing) {
    ProgrammeFixture f = ProgrammeFixture.create();
    InvitationFixture i = InvitationFixture.create();
    return scenario.in(f, i).run(who, missing);
  }

  @Test
  void A1_theTableListsEveryUseCaseOfPortIn() throws IOException, URISyntaxException {
    Set<String> useCases = new TreeSet<>();
    Path portIn = Path.of(OrderVouchers.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()).resolve("dev/vouchers/core/port/in");
    try (Stream<Path> classes = Files.list(portIn)) {
      for (Path file : classes.toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> type = forName("dev.vouchers.core.port.in." + name.replace(".class", ""));
        if (type.isInterface() && type.isAnnotationPresent(FunctionalInterface.class)
            && !type.isSealed() && Modifier.isPublic(type.getModifiers())) {
          useCases.add(type.getSimpleName());
        }
      }
    }
    assertThat(rows()).extracting(Row::useCase).containsExactlyInAnyOrderElementsOf(useCases);
    assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrderElementsOf(useCases);
    for (Row row : rows()) {
      assertThat(row.cells().keySet()).as(row.useCase()).containsExactlyElementsOf(COLUMNS.keySet());
    }
  }

  private static Class<?> forName(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
