// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import dev.vouchers.core.subaccount.port.in.GetInvitation;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.spring.shop.TestShop;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.ResolvableType;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sub-account invitations (I-1..I-3) in a Spring Boot shop: beans, delivery, settings. */
class InvitationsAutoConfigurationTest {
  private static final PartnerId PARTNER = new PartnerId("alpine-hosting");
  private static final Actor ADMIN =
      new Actor.PartnerUser(new UserId("anna"), PARTNER, PartnerRole.ADMIN);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class,
          TransactionAutoConfiguration.class, VouchersAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl())
      .withPropertyValues(TestShop.properties().toArray(String[]::new));

  @Test
  void the_invitation_storage_relay_and_use_cases_are_beans_I1() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(Invitations.class)
          .hasSingleBean(SubAccounts.class).hasSingleBean(InvitationScheduler.class)
          .hasSingleBean(InviteSubAccount.class).hasSingleBean(AcceptInvitation.class);
      // one outbox and one delivery of each kind: the generic type tells them apart
      Object outbox = invitationBean(context, Outbox.class);
      assertThat(outbox).isNotSameAs(
          context.getBeanProvider(ResolvableType.forClassWithGenerics(Outbox.class,
              ActivationMessage.class)).getObject());
      Object delivery = invitationBean(context, MessageDelivery.class);
      assertThat(delivery).isNotInstanceOf(
          MailInvitationDelivery.class);
    });
  }

  @Test
  void an_invitation_goes_out_as_an_event_and_its_link_creates_the_sub_account_I1_I3() {
    runner.withUserConfiguration(Listener.class).run(context -> {
      context.getBean(RegisterPartner.class).register(new RegisterPartner.Command(
          TestShop.MANAGER, new Partner(PARTNER, "Alpine Hosting AG", Tier.GOLD,
              Set.of(Feature.SUB_ACCOUNTS), Locale.GERMAN))).get();
      InvitationView invitation = context.getBean(InviteSubAccount.class).invite(
          new InviteSubAccount.Command(ADMIN, PARTNER, "buyer@example.com",
              SubAccountType.STANDARD, "Willkommen")).get();

      Listener listener = context.getBean(Listener.class);
      await().atMost(Duration.ofSeconds(10)).until(() -> !listener.events.isEmpty());
      assertThat(listener.events).singleElement().satisfies(event -> {
        assertThat(event.message().invitation()).isEqualTo(invitation.id());
        // default base: the origin of vouchers.redemption-base-url
        assertThat(event.link().toString()).startsWith("https://shop.example/invitations/");
      });
      String link = listener.events.get(0).link().getPath();
      SubAccount subAccount = context.getBean(AcceptInvitation.class).accept(
          new AcceptInvitation.Command(new Actor.CodeHolder("invitee"),
              link.substring(link.lastIndexOf('/') + 1), new Applicant("Jane Doe",
                  "jane@example.org", "Example AG", "Bahnhofstrasse 1, Zürich", "CH"))).get();
      assertThat(subAccount.billing()).isEqualTo(Billing.SELF);
      assertThat(context.getBean(GetInvitation.class).get(new GetInvitation.Command(ADMIN,
          invitation.id())).get().invitation().status()).isEqualTo(InvitationStatus.ACCEPTED);
    });
  }

  @Test
  void the_link_base_and_the_validity_are_properties_I1_I2() {
    runner.withPropertyValues("vouchers.invitations.base-url=https://partners.example/",
        "vouchers.invitations.validity=7d", "vouchers.invitations.relay-enabled=false")
        .run(context -> {
          context.getBean(RegisterPartner.class).register(new RegisterPartner.Command(
              TestShop.MANAGER, new Partner(PARTNER, "Alpine Hosting AG", Tier.GOLD,
                  Set.of(Feature.SUB_ACCOUNTS), Locale.GERMAN))).get();
          InvitationView invitation = context.getBean(InviteSubAccount.class).invite(
              new InviteSubAccount.Command(ADMIN, PARTNER, "buyer@example.com",
                  SubAccountType.STANDARD, "")).get();
          assertThat(Duration.between(invitation.sentAt(), invitation.expiresAt()))
              .isEqualTo(Duration.ofDays(7));
          Outbox<InvitationMessage> outbox = invitationBean(context, Outbox.class);
          Outbox.Entry<InvitationMessage> entry =
              outbox.claim(1, invitation.sentAt(), Duration.ofMinutes(1)).get(0);
          assertThat(context.getBean(VoucherProgramme.class).invitationLinks().link(entry.message())
              .toString()).startsWith("https://partners.example/invitations/");
        });
  }

  @Test
  void malformed_invitation_properties_fail_the_startup_naming_them_I1() {
    runner.withPropertyValues("vouchers.invitations.validity=0s").run(context ->
        assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("vouchers.invitations.validity must be positive"));
  }

  @Test
  void with_a_mail_sender_invitations_are_mailed_in_the_partners_language_I1() {
    runner.withUserConfiguration(MailSender.class).run(context -> {
      MessageDelivery<InvitationMessage> delivery = invitationBean(context, MessageDelivery.class);
      assertThat(delivery).isInstanceOf(MailInvitationDelivery.class);
      CodeVault vault = CodeVault.withRandomKeys();
      MessageId id = MessageId.of("m-1");
      InvitationMessage message = new InvitationMessage(id, new InvitationId("i-1"), PARTNER,
          "Alpine Hosting AG", new EmailAddress("buyer@example.com"), SubAccountType.ENTERPRISE,
          "Bis bald", vault.sealSecret("t", InvitationMessage.sealedWith(id)),
          Instant.parse("2026-06-01T10:00:00Z"), Locale.GERMAN,
          Instant.parse("2026-05-02T10:00:00Z"));
      var content = ((MailInvitationDelivery) delivery).render(message,
          URI.create("https://shop.example/invitations/abc"));
      assertThat(content.subject())
          .isEqualTo("Alpine Hosting AG lädt Sie zu einem Unterkonto ein");
      assertThat(content.text()).contains("Unterkonto (Enterprise)", "Bis bald",
          "https://shop.example/invitations/abc", "1. Juni 2026", "Nachricht m-1");
      var english = ((MailInvitationDelivery) delivery).render(new InvitationMessage(id,
          message.invitation(), PARTNER, "Alpine", message.recipient(),
          SubAccountType.STANDARD, "", message.token(), message.expiresAt(), Locale.FRENCH,
          message.createdAt()), URI.create("https://shop.example/invitations/abc"));
      assertThat(english.subject()).isEqualTo("Alpine invites you to open a sub-account");
      assertThat(english.text()).contains("a standard sub-account").doesNotContain("message from");
    });
  }

  @Test
  void the_sweep_switches_itself_off_for_a_programme_without_invitation_storage_I2() {
    runner.run(context -> {
      java.util.concurrent.atomic.AtomicInteger calls =
          new java.util.concurrent.atomic.AtomicInteger();
      InvitationScheduler scheduler = new InvitationScheduler(null, command -> {
        calls.incrementAndGet();
        throw new UnsupportedOperationException("no invitation storage");
      }, context.getBean(VouchersProperties.class));
      scheduler.sweep();
      scheduler.sweep();
      assertThat(calls).hasValue(1);
    });
  }

  /** Collects the invitation events. */
  @Configuration(proxyBeanMethods = false)
  static class Listener {
    final List<InvitationMessageEvent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(InvitationMessageEvent event) {
      events.add(event);
    }
  }

  /** A mail sender that is never asked to send. */
  @Configuration(proxyBeanMethods = false)
  static class MailSender {
    @Bean
    JavaMailSenderImpl mailSender() {
      return new JavaMailSenderImpl();
    }
  }

  /** The one bean of {@code type<InvitationMessage>}; fails when there is none or several. */
  @SuppressWarnings("unchecked")
  private static <T> T invitationBean(BeanFactory context, Class<?> type) {
    return (T) context.getBeanProvider(
        ResolvableType.forClassWithGenerics(type, InvitationMessage.class)).getObject();
  }
}
