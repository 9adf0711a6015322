// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.application.MessageRelay;
import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationSettings;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import dev.vouchers.core.subaccount.port.in.AttachContract;
import dev.vouchers.core.subaccount.port.in.CancelInvitation;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountBilling;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountType;
import dev.vouchers.core.subaccount.port.in.DetachContract;
import dev.vouchers.core.subaccount.port.in.ExpireDueInvitations;
import dev.vouchers.core.subaccount.port.in.GetInvitation;
import dev.vouchers.core.subaccount.port.in.GetSubAccount;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.in.ListInvitations;
import dev.vouchers.core.subaccount.port.in.ListSubAccounts;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import dev.vouchers.jdbc.JdbcStorage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sub-account invitations (I-1..I-3) in a Spring Boot shop, imported by
 * {@link VouchersAutoConfiguration}: the JDBC storage of invitations, sub-accounts and the
 * invitation outbox given to the {@link VoucherProgramme} (through a
 * {@link VoucherProgrammeCustomizer} that runs before the shop's own), every sub-account use
 * case as a bean, invitation e-mails through the shop's {@link JavaMailSender} (or as
 * {@link InvitationMessageEvent}s without one), and the relay and expiry sweep on a thread of
 * their own. Every bean backs off when the shop defines its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InvitationsProperties.class)
// in this order: the mail delivery, when there is a mail sender, else the event delivery
@Import({InvitationMailDeliveryConfiguration.class, InvitationEventDeliveryConfiguration.class})
class InvitationsConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Invitations vouchersInvitations(JdbcStorage storage) {
    return storage.invitations();
  }

  @Bean
  @ConditionalOnMissingBean
  SubAccounts vouchersSubAccounts(JdbcStorage storage) {
    return storage.subAccounts();
  }

  @Bean
  @ConditionalOnMissingBean
  Outbox<InvitationMessage> vouchersInvitationOutbox(JdbcStorage storage) {
    return storage.invitationOutbox();
  }

  /** Gives the programme its invitation storage and settings; the shop's customizers follow. */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  VoucherProgrammeCustomizer vouchersInvitationsCustomizer(Invitations invitations,
      SubAccounts subAccounts, InvitationsProperties invitationsProperties,
      VouchersProperties properties) {
    List<String> problems = new ArrayList<>(invitationsProperties.problems());
    URI base = invitationsProperties.baseUrl();
    if (base == null && !invitationsProperties.validity().equals(
        InvitationSettings.DEFAULT_VALIDITY) && properties.redemptionBaseUrl() == null) {
      problems.add("vouchers.invitations.base-url is required with vouchers.invitations.validity"
          + " when vouchers.redemption-base-url is not set");
    }
    VouchersPropertiesException.throwIfAny(problems);
    return builder -> {
      builder.invitations(invitations).subAccounts(subAccounts);
      URI redemption = properties.redemptionBaseUrl();
      if (base != null) {
        builder.invitationSettings(new InvitationSettings(base,
            invitationsProperties.validity()));
      } else if (redemption != null) {
        builder.invitationSettings(InvitationSettings.at(redemption)
            .withValidity(invitationsProperties.validity()));
      }
    };
  }

  @Bean
  @ConditionalOnMissingBean
  InvitationScheduler vouchersInvitationScheduler(VoucherProgramme programme,
      Outbox<InvitationMessage> outbox, MessageDelivery<InvitationMessage> delivery,
          ExpireDueInvitations expire,
      InvitationsProperties invitationsProperties, VouchersProperties properties) {
    properties.checkScheduling();
    VouchersProperties.OutboxProperties timing = properties.outbox();
    MessageRelay<InvitationMessage> relay = invitationsProperties.relayEnabled()
        ? new MessageRelay<>(outbox, delivery, programme.invitationLinks(), timing.backoff(),
        timing.lease(),
            timing.batchSize(), timing.maxAttempts())
        : null;
    return new InvitationScheduler(relay,
        properties.sweeps().expiryEnabled() ? expire : null, properties);
  }

  /** Every sub-account use case as a bean of its own type (each backs off separately). */
  @Configuration(proxyBeanMethods = false)
  static class UseCases {

    @Bean
    @ConditionalOnMissingBean
    InviteSubAccount inviteSubAccount(VoucherProgramme programme) {
      return programme.subAccounts().inviteSubAccount()::invite;
    }

    @Bean
    @ConditionalOnMissingBean
    ResendInvitation resendInvitation(VoucherProgramme programme) {
      return programme.subAccounts().resendInvitation()::resend;
    }

    @Bean
    @ConditionalOnMissingBean
    CancelInvitation cancelInvitation(VoucherProgramme programme) {
      return programme.subAccounts().cancelInvitation()::cancel;
    }

    @Bean
    @ConditionalOnMissingBean
    ListInvitations listInvitations(VoucherProgramme programme) {
      return programme.subAccounts().listInvitations()::list;
    }

    @Bean
    @ConditionalOnMissingBean
    GetInvitation getInvitation(VoucherProgramme programme) {
      return programme.subAccounts().getInvitation()::get;
    }

    @Bean
    @ConditionalOnMissingBean
    AcceptInvitation acceptInvitation(VoucherProgramme programme) {
      return programme.subAccounts().acceptInvitation()::accept;
    }

    @Bean
    @ConditionalOnMissingBean
    ExpireDueInvitations expireDueInvitations(VoucherProgramme programme) {
      return programme.subAccounts().expireDueInvitations()::expire;
    }

    @Bean
    @ConditionalOnMissingBean
    GetSubAccount getSubAccount(VoucherProgramme programme) {
      return programme.subAccounts().getSubAccount()::get;
    }

    @Bean
    @ConditionalOnMissingBean
    ListSubAccounts listSubAccounts(VoucherProgramme programme) {
      return programme.subAccounts().listSubAccounts()::list;
    }

    @Bean
    @ConditionalOnMissingBean
    ChangeSubAccountBilling changeSubAccountBilling(VoucherProgramme programme) {
      return programme.subAccounts().changeSubAccountBilling()::change;
    }

    @Bean
    @ConditionalOnMissingBean
    ChangeSubAccountType changeSubAccountType(VoucherProgramme programme) {
      return programme.subAccounts().changeSubAccountType()::change;
    }

    @Bean
    @ConditionalOnMissingBean
    AttachContract attachContract(VoucherProgramme programme) {
      return programme.subAccounts().attachContract()::attach;
    }

    @Bean
    @ConditionalOnMissingBean
    DetachContract detachContract(VoucherProgramme programme) {
      return programme.subAccounts().detachContract()::detach;
    }
  }
}
