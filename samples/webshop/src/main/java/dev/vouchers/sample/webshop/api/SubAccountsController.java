// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.AttachContract;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountBilling;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountType;
import dev.vouchers.core.subaccount.port.in.DetachContract;
import dev.vouchers.core.subaccount.port.in.GetSubAccount;
import dev.vouchers.core.subaccount.port.in.ListSubAccounts;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sub-accounts (I-3): a partner lists and reads its sub-accounts and changes their billing and
 * pricing (refused while a contract is attached, and for a {@code SALES_AGENT}); the vendor's
 * partner manager changes their type and attaches or detaches a contract.
 */
@RestController
class SubAccountsController {
  private final ListSubAccounts listSubAccounts;
  private final GetSubAccount getSubAccount;
  private final ChangeSubAccountBilling changeSubAccountBilling;
  private final ChangeSubAccountType changeSubAccountType;
  private final AttachContract attachContract;
  private final DetachContract detachContract;

  SubAccountsController(ListSubAccounts listSubAccounts, GetSubAccount getSubAccount,
      ChangeSubAccountBilling changeSubAccountBilling,
      ChangeSubAccountType changeSubAccountType, AttachContract attachContract,
      DetachContract detachContract) {
    this.listSubAccounts = listSubAccounts;
    this.getSubAccount = getSubAccount;
    this.changeSubAccountBilling = changeSubAccountBilling;
    this.changeSubAccountType = changeSubAccountType;
    this.attachContract = attachContract;
    this.detachContract = detachContract;
  }

  /** I-3: the partner's sub-accounts, newest first. */
  @GetMapping("/api/partners/{partner}/sub-accounts")
  Json.PageJson<SubAccountsJson.SubAccountJson> subAccounts(ApiUser actor,
      @PathVariable("partner") String partner,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "after", required = false) @Nullable String after) {
    return Json.PageJson.of(Problems.orRefuse(listSubAccounts.list(new ListSubAccounts.Command(
        actor.principal(), Ids.parse(partner, "partner", PartnerId::of),
        Queries.page(size, after)))), SubAccountsJson.SubAccountJson::of);
  }

  /** I-3: one sub-account with its history. */
  @GetMapping("/api/sub-accounts/{subAccount}")
  SubAccountsJson.SubAccountDetailsJson subAccount(ApiUser actor,
      @PathVariable("subAccount") String subAccount) {
    return SubAccountsJson.SubAccountDetailsJson.of(Problems.orRefuse(getSubAccount.get(
        new GetSubAccount.Command(actor.principal(), subAccountId(subAccount)))));
  }

  /** I-3: the partner changes who is billed and which prices apply. */
  @PutMapping("/api/sub-accounts/{subAccount}/billing")
  SubAccountsJson.SubAccountJson billing(ApiUser actor,
      @PathVariable("subAccount") String subAccount,
      @RequestBody SubAccountBodies.BillingBody body) {
    Bodies.Missing missing = new Bodies.Missing();
    missing.check(body.billing(), "billing");
    if (missing.check(body.pricing(), "pricing")) {
      missing.check(Objects.requireNonNull(body.pricing()).kind(), "pricing.kind");
    }
    missing.throwIfAny();
    Billing billing = Queries.member(Objects.requireNonNull(body.billing()), "billing",
        Billing.class);
    return SubAccountsJson.SubAccountJson.of(Problems.orRefuse(changeSubAccountBilling.change(
        new ChangeSubAccountBilling.Command(actor.principal(), subAccountId(subAccount),
            billing, pricing(Objects.requireNonNull(body.pricing()))))));
  }

  /** I-3: the vendor's partner manager changes the type. */
  @PutMapping("/api/sub-accounts/{subAccount}/type")
  SubAccountsJson.SubAccountJson type(ApiUser actor, @PathVariable("subAccount") String subAccount,
      @RequestBody SubAccountBodies.TypeBody body) {
    SubAccountType type = Queries.member(Bodies.required(body.type(), "type"), "type",
        SubAccountType.class);
    return SubAccountsJson.SubAccountJson.of(Problems.orRefuse(changeSubAccountType.change(
        new ChangeSubAccountType.Command(actor.principal(), subAccountId(subAccount), type))));
  }

  /** I-3: the vendor's partner manager attaches (or replaces) a contract. */
  @PutMapping("/api/sub-accounts/{subAccount}/contract")
  SubAccountsJson.SubAccountJson attach(ApiUser actor,
      @PathVariable("subAccount") String subAccount,
      @RequestBody SubAccountBodies.ContractBody body) {
    String contract = Bodies.required(body.contract(), "contract");
    return SubAccountsJson.SubAccountJson.of(Problems.orRefuse(attachContract.attach(
        new AttachContract.Command(actor.principal(), subAccountId(subAccount), contract))));
  }

  /** I-3: the vendor's partner manager detaches the contract. */
  @DeleteMapping("/api/sub-accounts/{subAccount}/contract")
  SubAccountsJson.SubAccountJson detach(ApiUser actor,
      @PathVariable("subAccount") String subAccount) {
    return SubAccountsJson.SubAccountJson.of(Problems.orRefuse(detachContract.detach(
        new DetachContract.Command(actor.principal(), subAccountId(subAccount)))));
  }

  /** The pricing of a body; 400 when it cannot be one (an unknown kind, a bad percent). */
  private static Pricing pricing(SubAccountBodies.PricingBody body) {
    String kind = Objects.requireNonNull(body.kind()).strip().toUpperCase(Locale.ROOT);
    switch (kind) {
      case SubAccountsJson.LIST_PRICES:
        return Pricing.listPrices();
      case SubAccountsJson.PARTNER_TIER:
        return Pricing.partnerTier();
      case SubAccountsJson.CUSTOM_DISCOUNT:
        String percent = Bodies.required(body.percent(), "pricing.percent");
        try {
          return Pricing.discount(new BigDecimal(percent.strip()));
        } catch (IllegalArgumentException e) { // a NumberFormatException too
          throw Problems.malformed("pricing.percent must be a decimal string more than 0 and"
              + " at most 100 with at most four decimals, e.g. \"12.5\"");
        }
      default:
        throw Problems.malformed("pricing.kind must be one of [" + SubAccountsJson.LIST_PRICES
            + ", " + SubAccountsJson.PARTNER_TIER + ", " + SubAccountsJson.CUSTOM_DISCOUNT + "]");
    }
  }

  private static SubAccountId subAccountId(String raw) {
    return Ids.parse(raw, "sub-account", SubAccountId::of);
  }
}
