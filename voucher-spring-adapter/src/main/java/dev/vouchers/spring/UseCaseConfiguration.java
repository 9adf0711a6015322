// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.catalog.port.in.ShowPriceList;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.in.UsageReport;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.QuoteOrder;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.partner.port.in.SetPartnerTier;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.in.ChangeBillingFrequency;
import dev.vouchers.core.subscription.port.in.ChangeIndirectReseller;
import dev.vouchers.core.subscription.port.in.ChangeSubscriptionQuantity;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.ListOffers;
import dev.vouchers.core.subscription.port.in.ListSubscriptions;
import dev.vouchers.core.subscription.port.in.ReactivateSubscription;
import dev.vouchers.core.subscription.port.in.RenameSubscription;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.subscription.port.in.SuspendSubscription;
import dev.vouchers.core.subscription.port.in.SwitchAutoRenew;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.FollowActivationLink;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.PrintVoucher;
import dev.vouchers.core.voucher.port.in.ReportCertificateRevoked;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every use case of the core as a bean of its own type (each backs off separately). */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {
  // each bean is a method reference, so that its type is only the one use case: the
  // programme's services implement several, which would make injection by type ambiguous

  @Bean
  @ConditionalOnMissingBean
  OrderVouchers orderVouchers(VoucherProgramme programme) {
    return programme.ordering().orderVouchers()::order;
  }

  @Bean
  @ConditionalOnMissingBean
  GetOrder getOrder(VoucherProgramme programme) {
    return programme.ordering().getOrder()::get;
  }

  @Bean
  @ConditionalOnMissingBean
  ListOrders listOrders(VoucherProgramme programme) {
    return programme.ordering().listOrders()::list;
  }

  @Bean
  @ConditionalOnMissingBean
  ListVouchers listVouchers(VoucherProgramme programme) {
    return programme.vouchers().listVouchers()::list;
  }

  @Bean
  @ConditionalOnMissingBean
  GetVoucher getVoucher(VoucherProgramme programme) {
    return programme.vouchers().getVoucher()::get;
  }

  @Bean
  @ConditionalOnMissingBean
  ExportOrderCodes exportOrderCodes(VoucherProgramme programme) {
    return programme.ordering().exportOrderCodes()::export;
  }

  @Bean
  @ConditionalOnMissingBean
  UsageReport usageReport(VoucherProgramme programme) {
    return programme.ordering().usageReport()::rows;
  }

  @Bean
  @ConditionalOnMissingBean
  ImportCodes importCodes(VoucherProgramme programme) {
    return programme.ordering().importCodes()::importCodes;
  }

  @Bean
  @ConditionalOnMissingBean
  FindOrderByNumber findOrderByNumber(VoucherProgramme programme) {
    return programme.ordering().findOrderByNumber()::find;
  }

  /** M-3: support search (ADR 0054). */
  @Bean
  @ConditionalOnMissingBean
  SearchVouchers searchVouchers(VoucherProgramme programme) {
    return programme.ordering().searchVouchers()::search;
  }

  @Bean
  @ConditionalOnMissingBean
  ExtendExpiry extendExpiry(VoucherProgramme programme) {
    return programme.vouchers().extendExpiry()::extend;
  }

  /** E-1: erasure of one person's data on request (ADR 0052). */
  @Bean
  @ConditionalOnMissingBean
  ErasePersonalData erasePersonalData(VoucherProgramme programme) {
    return programme.erasePersonalData()::erase;
  }

  @Bean
  @ConditionalOnMissingBean
  PrintVoucher printVoucher(VoucherProgramme programme) {
    return programme.vouchers().printVoucher()::print;
  }

  @Bean
  @ConditionalOnMissingBean
  QuoteOrder quoteOrder(VoucherProgramme programme) {
    return programme.ordering().quoteOrder()::quote;
  }

  @Bean
  @ConditionalOnMissingBean
  ShowPriceList showPriceList(VoucherProgramme programme) {
    return programme.catalog().showPriceList()::show;
  }

  @Bean
  @ConditionalOnMissingBean
  GetPartner getPartner(VoucherProgramme programme) {
    return programme.partners().getPartner()::get;
  }

  @Bean
  @ConditionalOnMissingBean
  CheckCancellation checkCancellation(VoucherProgramme programme) {
    return programme.ordering().checkCancellation()::check;
  }

  @Bean
  @ConditionalOnMissingBean
  CancelOrder cancelOrder(VoucherProgramme programme) {
    return programme.ordering().cancelOrder()::cancel;
  }

  @Bean
  @ConditionalOnMissingBean
  SendActivationLink sendActivationLink(VoucherProgramme programme) {
    return programme.vouchers().sendActivationLink()::send;
  }

  @Bean
  @ConditionalOnMissingBean
  WithdrawActivationLink withdrawActivationLink(VoucherProgramme programme) {
    return programme.vouchers().withdrawActivationLink()::withdraw;
  }

  @Bean
  @ConditionalOnMissingBean
  LookUpCode lookUpCode(VoucherProgramme programme) {
    return programme.vouchers().lookUpCode()::lookUp;
  }

  @Bean
  @ConditionalOnMissingBean
  FollowActivationLink followActivationLink(VoucherProgramme programme) {
    return programme.vouchers().followActivationLink()::follow;
  }

  @Bean
  @ConditionalOnMissingBean
  StartOrganisationActivation startOrganisationActivation(VoucherProgramme programme) {
    return programme.vouchers().startOrganisationActivation()::start;
  }

  @Bean
  @ConditionalOnMissingBean
  IssueDomainChallenge issueDomainChallenge(VoucherProgramme programme) {
    return programme.vouchers().issueDomainChallenge()::issue;
  }

  @Bean
  @ConditionalOnMissingBean
  VerifyDomainControl verifyDomainControl(VoucherProgramme programme) {
    return programme.vouchers().verifyDomainControl()::verify;
  }

  @Bean
  @ConditionalOnMissingBean
  SubmitCertificateRequest submitCertificateRequest(VoucherProgramme programme) {
    return programme.vouchers().submitCertificateRequest()::submit;
  }

  @Bean
  @ConditionalOnMissingBean
  MarkRedeemed markRedeemed(VoucherProgramme programme) {
    return programme.vouchers().markRedeemed()::redeem;
  }

  @Bean
  @ConditionalOnMissingBean
  ReportCertificateRevoked reportCertificateRevoked(VoucherProgramme programme) {
    return programme.vouchers().reportCertificateRevoked()::report;
  }

  @Bean
  @ConditionalOnMissingBean
  ExpireDueVouchers expireDueVouchers(VoucherProgramme programme) {
    return programme.vouchers().expireDueVouchers()::expire;
  }

  /** G-4: the re-keying job, for an operator's endpoint or runner. */
  @Bean
  @ConditionalOnMissingBean
  RekeyCodes rekeyCodes(VoucherProgramme programme) {
    return programme.vouchers().rekeyCodes()::rekey;
  }

  @Bean
  @ConditionalOnMissingBean
  CommentOnVoucher commentOnVoucher(VoucherProgramme programme) {
    return programme.vouchers().commentOnVoucher()::comment;
  }

  @Bean
  @ConditionalOnMissingBean
  SetPartnerTier setPartnerTier(VoucherProgramme programme) {
    return programme.partners().setPartnerTier()::set;
  }

  @Bean
  @ConditionalOnMissingBean
  RegisterMandate registerMandate(VoucherProgramme programme) {
    return programme.partners().registerMandate()::register;
  }

  @Bean
  @ConditionalOnMissingBean
  RegisterPartner registerPartner(VoucherProgramme programme) {
    return programme.partners().registerPartner()::register;
  }

  @Bean
  @ConditionalOnMissingBean
  DefineProduct defineProduct(VoucherProgramme programme) {
    return programme.catalog().defineProduct()::define;
  }

  @Bean
  @ConditionalOnMissingBean
  PublishPriceBook publishPriceBook(VoucherProgramme programme) {
    return programme.catalog().publishPriceBook()::publish;
  }


  // ---- U-1..U-5: subscriptions

  @Bean
  @ConditionalOnMissingBean
  DefineOffer defineOffer(VoucherProgramme programme) {
    return programme.subscriptions().defineOffer()::define;
  }

  @Bean
  @ConditionalOnMissingBean
  ListOffers listOffers(VoucherProgramme programme) {
    return programme.subscriptions().listOffers()::list;
  }

  @Bean
  @ConditionalOnMissingBean
  BuySubscription buySubscription(VoucherProgramme programme) {
    return programme.subscriptions().buySubscription()::buy;
  }

  @Bean
  @ConditionalOnMissingBean
  ActivateSubscription activateSubscription(VoucherProgramme programme) {
    return programme.subscriptions().activateSubscription()::activate;
  }

  @Bean
  @ConditionalOnMissingBean
  ChangeSubscriptionQuantity changeSubscriptionQuantity(VoucherProgramme programme) {
    return programme.subscriptions().changeSubscriptionQuantity()::change;
  }

  @Bean
  @ConditionalOnMissingBean
  CancelSubscription cancelSubscription(VoucherProgramme programme) {
    return programme.subscriptions().cancelSubscription()::cancel;
  }

  @Bean
  @ConditionalOnMissingBean
  SwitchAutoRenew switchAutoRenew(VoucherProgramme programme) {
    return programme.subscriptions().switchAutoRenew()::switchAutoRenew;
  }

  @Bean
  @ConditionalOnMissingBean
  ChangeBillingFrequency changeBillingFrequency(VoucherProgramme programme) {
    return programme.subscriptions().changeBillingFrequency()::change;
  }

  @Bean
  @ConditionalOnMissingBean
  RenameSubscription renameSubscription(VoucherProgramme programme) {
    return programme.subscriptions().renameSubscription()::rename;
  }

  @Bean
  @ConditionalOnMissingBean
  ChangeIndirectReseller changeIndirectReseller(VoucherProgramme programme) {
    return programme.subscriptions().changeIndirectReseller()::change;
  }

  @Bean
  @ConditionalOnMissingBean
  SuspendSubscription suspendSubscription(VoucherProgramme programme) {
    return programme.subscriptions().suspendSubscription()::suspend;
  }

  @Bean
  @ConditionalOnMissingBean
  ReactivateSubscription reactivateSubscription(VoucherProgramme programme) {
    return programme.subscriptions().reactivateSubscription()::reactivate;
  }

  @Bean
  @ConditionalOnMissingBean
  GetSubscription getSubscription(VoucherProgramme programme) {
    return programme.subscriptions().getSubscription()::get;
  }

  @Bean
  @ConditionalOnMissingBean
  ListSubscriptions listSubscriptions(VoucherProgramme programme) {
    return programme.subscriptions().listSubscriptions()::list;
  }

  @Bean
  @ConditionalOnMissingBean
  RenewOrExpireSubscriptions renewOrExpireSubscriptions(VoucherProgramme programme) {
    return programme.subscriptions().renewOrExpireSubscriptions()::renewOrExpire;
  }
  // ---- end of subscriptions
}
