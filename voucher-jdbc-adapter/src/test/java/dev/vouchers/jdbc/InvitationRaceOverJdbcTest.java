// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.messaging.application.MessageRelay;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.Concurrently;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.contract.ContractData;
import dev.vouchers.testkit.contract.InvitationContractData;
import io.vavr.control.Either;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * I-1, I-3 through the use cases over JDBC, with a pooled data source: racing acceptances of
 * one token create exactly one sub-account, a resend racing an acceptance leaves one
 * consistent outcome, and an invitation whose transaction fails leaves no e-mail behind.
 */
class InvitationRaceOverJdbcTest {
  private static final PartnerId PARTNER = new PartnerId("race-partner");
  private static final Actor ADMIN =
      new Actor.PartnerUser(new UserId("admin"), PARTNER, PartnerRole.ADMIN);
  private static final Applicant APPLICANT =
      new Applicant("Jane Doe", "jane@example.org", "Example AG", "Street 1", "CH");
  private static final int INVITATIONS = 20;
  private static final int RACERS = 4;

  /** The library with invitations over a pooled test database. */
  private static final class Library implements AutoCloseable {
    final HikariDataSource pool;
    final JdbcStorage storage;
    final VoucherProgramme programme;
    final Map<InvitationId, String> tokens = new ConcurrentHashMap<>();
    final MessageRelay<InvitationMessage> relay;

    Library(TestDatabase database) {
      HikariConfig config = new HikariConfig();
      config.setDataSource(database.freshDataSource());
      config.setMaximumPoolSize(8);
      config.setMinimumIdle(1);
      pool = new HikariDataSource(config);
      storage = database.storageOver(pool);
      programme = programme(storage.invitations());
      relay = new MessageRelay<>(storage.invitationOutbox(), (message, link) -> {
        String path = link.getPath();
        tokens.put(message.invitation(), path.substring(path.lastIndexOf('/') + 1));
      }, programme.invitationLinks(), Outbox.Backoff.standard(), Duration.ofMinutes(5), 100);
      Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
      programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
          new Partner(
          PARTNER, "Race Partner", Tier.GOLD, Set.of(Feature.SUB_ACCOUNTS), Locale.ENGLISH)))
          .get();
    }

    VoucherProgramme programme(Invitations invitations) {
      return VoucherProgramme.builder()
          .settings(ProgrammeSettings.builder()
              .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
          .clock(new MutableClock(ContractData.T0))
          .vouchers(storage.vouchers()).partners(storage.partners())
          .catalog(storage.catalog()).mandates(storage.mandates())
          .invitations(invitations).subAccounts(storage.subAccounts())
          .codeVault(CodeVault.withRandomKeys())
          .build();
    }

    InvitationId invite(int i) {
      InvitationView view = programme.subAccounts().inviteSubAccount().invite(
          new InviteSubAccount.Command(
          ADMIN, PARTNER, "invitee" + i + "@example.com", SubAccountType.STANDARD, "")).get();
      relay.relayOnce();
      return view.id();
    }

    Either<Refusal, SubAccount> accept(String token) {
      return programme.subAccounts().acceptInvitation().accept(new AcceptInvitation.Command(
          new Actor.CodeHolder("invitee"), token, APPLICANT));
    }

    long count(String sql) {
      try (Connection c = pool.getConnection(); Statement s = c.createStatement();
          ResultSet rows = s.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      pool.close();
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "POSTGRES_SERIALIZABLE", "EXTERNAL"})
  void racingAcceptancesOfOneTokenCreateExactlyOneSubAccount_I3(TestDatabase database)
      throws Exception {
    try (Library library = new Library(database)) {
      for (int i = 0; i < INVITATIONS; i++) {
        String token = library.tokens.get(library.invite(i));
        List<Callable<Either<Refusal, SubAccount>>> racers = new ArrayList<>();
        for (int r = 0; r < RACERS; r++) {
          racers.add(() -> library.accept(token));
        }
        List<Either<Refusal, SubAccount>> results = Concurrently.call(racers);
        assertThat(results).filteredOn(Either::isRight).hasSize(1);
        assertThat(results).filteredOn(Either::isLeft).allSatisfy(r -> assertThat(
            r.getLeft().codes()).containsExactly(ReasonCode.INVITATION_NOT_ACCEPTABLE));
      }
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_sub_accounts"))
          .isEqualTo(INVITATIONS);
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_sub_account_history"))
          .isEqualTo(INVITATIONS);
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_invitation_history"))
          .isEqualTo(2L * INVITATIONS);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "POSTGRES_SERIALIZABLE", "EXTERNAL"})
  void aResendRacingAnAcceptanceLeavesOneConsistentOutcome_I2_I3(TestDatabase database)
      throws Exception {
    try (Library library = new Library(database)) {
      int accepted = 0;
      for (int i = 0; i < INVITATIONS; i++) {
        InvitationId id = library.invite(i);
        String token = library.tokens.get(id);
        List<Either<Refusal, ?>> results = Concurrently.call(
            List.<Callable<Either<Refusal, ?>>>of(
            () -> library.programme.subAccounts().resendInvitation().resend(
                new ResendInvitation.Command(ADMIN, id)),
            () -> library.accept(token)));
        boolean resent = results.get(0).isRight();
        boolean acceptedNow = results.get(1).isRight();
        assertThat(resent ^ acceptedNow).as("exactly one of resend and accept wins").isTrue();
        InvitationStatus status = library.storage.invitations().invitation(id).orElseThrow()
            .status();
        assertThat(status).isEqualTo(acceptedNow ? InvitationStatus.ACCEPTED
            : InvitationStatus.PENDING);
        accepted += acceptedNow ? 1 : 0;
      }
      assertThat(library.storage.subAccounts().subAccounts(PARTNER,
          PageRequest.first(PageRequest.MAX_SIZE)).total().count()).isEqualTo(accepted);
      // one e-mail per invitation, one more per resend that won
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_invitation_outbox"))
          .isEqualTo(INVITATIONS + (INVITATIONS - accepted));
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES"})
  void anInvitationWhoseTransactionFailsLeavesNoEmail_I1(TestDatabase database) {
    try (Library library = new Library(database)) {
      InvitationCreated created = InvitationContractData.invitation(PARTNER, ContractData.T0);
      Invitation invitation = created.invitation();
      library.storage.invitations().insert(created,
          InvitationContractData.message(invitation, ContractData.T0));
      // the same invitation again: the insert fails on the primary key, its e-mail with it
      assertThatThrownBy(() -> library.storage.invitations().insert(created,
          InvitationContractData.message(invitation, ContractData.T0)))
          .isInstanceOf(JdbcStorageException.class);
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_invitation_outbox")).isEqualTo(1);
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_invitation_history")).isEqualTo(1);
    }
  }
}
