// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.LinkCustomer;
import dev.vouchers.core.reseller.port.in.ListResellerApplications;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reseller programme's demo beans: the shop's customers and their seed. */
@Configuration(proxyBeanMethods = false)
public class ResellerDemoConfiguration {

  @Bean
  DemoCustomers demoCustomers(JdbcTemplate jdbc, LinkCustomer linkCustomer, DemoClock clock) {
    return new DemoCustomers(jdbc, linkCustomer, clock);
  }

  @Bean
  @ConditionalOnProperty(name = "webshop.demo.seed", havingValue = "true", matchIfMissing = true)
  ResellerDemoSeeder resellerDemoSeeder(ApplyAsReseller apply, ListResellerApplications list,
      SendResellerContract sendContract, RecordResellerContractSigned recordSigned,
      ApproveResellerApplication approve, DemoCustomers customers, DemoUsers users) {
    return new ResellerDemoSeeder(apply, list, sendContract, recordSigned, approve, customers,
        users);
  }
}
