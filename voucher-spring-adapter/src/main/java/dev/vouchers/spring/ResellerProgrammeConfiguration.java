// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.DiscountFor;
import dev.vouchers.core.reseller.port.in.GetCustomerLinks;
import dev.vouchers.core.reseller.port.in.GetResellerApplication;
import dev.vouchers.core.reseller.port.in.LinkCustomer;
import dev.vouchers.core.reseller.port.in.ListResellerApplications;
import dev.vouchers.core.reseller.port.in.ListResellerCustomers;
import dev.vouchers.core.reseller.port.in.PriceCustomerPurchase;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.RejectResellerApplication;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.reseller.port.in.SetResellerDiscount;
import dev.vouchers.core.reseller.port.in.UnlinkCustomer;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import dev.vouchers.jdbc.JdbcStorage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The reseller programme in the auto-configuration: its JDBC storage, handed to the
 * {@link VoucherProgramme} through a {@link VoucherProgrammeCustomizer} that runs before the
 * shop's own (so a shop's customizer may still replace it), and each of its use cases as a
 * bean. Every bean backs off when the shop defines its own.
 */
@Configuration(proxyBeanMethods = false)
class ResellerProgrammeConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ResellerApplications vouchersResellerApplications(JdbcStorage storage) {
    return storage.resellerApplications();
  }

  @Bean
  @ConditionalOnMissingBean
  CustomerLinks vouchersCustomerLinks(JdbcStorage storage) {
    return storage.customerLinks();
  }

  /** Gives the programme the reseller storage (first of the customizers). */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  @ConditionalOnMissingBean(name = "vouchersResellerStorage")
  VoucherProgrammeCustomizer vouchersResellerStorage(
      ResellerApplications applications, CustomerLinks links) {
    return builder -> builder.resellerApplications(applications).customerLinks(links);
  }

  // each bean is a method reference, so that its type is only the one use case: the
  // programme's services implement several, which would make injection by type ambiguous

  @Bean
  @ConditionalOnMissingBean
  ApplyAsReseller applyAsReseller(VoucherProgramme programme) {
    return programme.resellers().applyAsReseller()::apply;
  }

  @Bean
  @ConditionalOnMissingBean
  SendResellerContract sendResellerContract(VoucherProgramme programme) {
    return programme.resellers().sendResellerContract()::send;
  }

  @Bean
  @ConditionalOnMissingBean
  RecordResellerContractSigned recordResellerContractSigned(VoucherProgramme programme) {
    return programme.resellers().recordResellerContractSigned()::record;
  }

  @Bean
  @ConditionalOnMissingBean
  ApproveResellerApplication approveResellerApplication(VoucherProgramme programme) {
    return programme.resellers().approveResellerApplication()::approve;
  }

  @Bean
  @ConditionalOnMissingBean
  RejectResellerApplication rejectResellerApplication(VoucherProgramme programme) {
    return programme.resellers().rejectResellerApplication()::reject;
  }

  @Bean
  @ConditionalOnMissingBean
  GetResellerApplication getResellerApplication(VoucherProgramme programme) {
    return programme.resellers().getResellerApplication()::get;
  }

  @Bean
  @ConditionalOnMissingBean
  ListResellerApplications listResellerApplications(VoucherProgramme programme) {
    return programme.resellers().listResellerApplications()::list;
  }

  @Bean
  @ConditionalOnMissingBean
  SetResellerDiscount setResellerDiscount(VoucherProgramme programme) {
    return programme.resellers().setResellerDiscount()::set;
  }

  @Bean
  @ConditionalOnMissingBean
  LinkCustomer linkCustomer(VoucherProgramme programme) {
    return programme.resellers().linkCustomer()::link;
  }

  @Bean
  @ConditionalOnMissingBean
  UnlinkCustomer unlinkCustomer(VoucherProgramme programme) {
    return programme.resellers().unlinkCustomer()::unlink;
  }

  @Bean
  @ConditionalOnMissingBean
  GetCustomerLinks getCustomerLinks(VoucherProgramme programme) {
    return programme.resellers().getCustomerLinks()::get;
  }

  @Bean
  @ConditionalOnMissingBean
  ListResellerCustomers listResellerCustomers(VoucherProgramme programme) {
    return programme.resellers().listResellerCustomers()::list;
  }

  @Bean
  @ConditionalOnMissingBean
  DiscountFor discountFor(VoucherProgramme programme) {
    return programme.resellers().discountFor()::discountFor;
  }

  @Bean
  @ConditionalOnMissingBean
  PriceCustomerPurchase priceCustomerPurchase(VoucherProgramme programme) {
    return programme.resellers().priceCustomerPurchase()::price;
  }
}
