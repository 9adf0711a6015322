// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.ordering.application.WiredOrdering;
import dev.vouchers.core.ordering.port.out.CodeImports;
import dev.vouchers.core.ordering.port.out.UsageReports;
import dev.vouchers.core.ordering.port.out.VoucherSearches;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.core.programme.port.out.PersonalData;
import dev.vouchers.core.programme.port.out.ProgrammeEvents;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import dev.vouchers.core.subaccount.domain.InvitationSettings;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.core.voucher.domain.ProbeObservation;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.core.voucher.port.out.CodeRandomness;
import dev.vouchers.core.voucher.port.out.CodeRekeying;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Wires a {@link VoucherProgramme}; settings, clock and the storage ports are required. */
public final class ProgrammeBuilder {
  // ADR 0059: an optional feature without storage says so one way (Unconfigured)
  private static final String INVITATIONS = "sub-account invitations (I-1..I-3)";
  private static final String RESELLERS = "the reseller programme (R-1, R-2)";
  private static final String[] RESELLER_SETTINGS = {"resellerApplications", "customerLinks"};
  private static final String SUBSCRIPTIONS = "subscriptions (U-1..U-5)";
  private static final String[] SUBSCRIPTION_SETTINGS = {"subscriptions", "offers"};

  private @Nullable ProgrammeSettings settings;
  private @Nullable Clock clock;
  private @Nullable Vouchers vouchers;
  private @Nullable Partners partners;
  private @Nullable Catalog catalog;
  private @Nullable Mandates mandates;
  private DomainProbe probe = (domain, checkName) -> ProbeObservation.nothing();
  private CodeRandomness randomness = CodeRandomness.secure();
  private @Nullable CodeVault vault;
  private ProgrammeEvents events = ProgrammeEvents.none();
  private CodeAttempts attempts = CodeAttempts.unlimited();
  private IdempotencyKeys idempotencyKeys = IdempotencyKeys.none();
  private @Nullable CodeRekeying codeRekeying;
  private Invitations invitations =
      Unconfigured.port(Invitations.class, INVITATIONS, Set.of("expireDueInvitations"),
          "invitations", "subAccounts");
  private SubAccounts subAccounts =
      Unconfigured.port(SubAccounts.class, INVITATIONS, "invitations", "subAccounts");
  private @Nullable InvitationSettings invitationSettings;
  // reseller programme: optional; without it its use cases fail naming the setting
  private ResellerApplications resellerApplications =
      Unconfigured.port(ResellerApplications.class, RESELLERS, RESELLER_SETTINGS);
  private CustomerLinks customerLinks =
      Unconfigured.port(CustomerLinks.class, RESELLERS, RESELLER_SETTINGS);
  // U-1..U-5: subscriptions are optional; without storage their use cases throw
  private Subscriptions subscriptions = Unconfigured.port(Subscriptions.class, SUBSCRIPTIONS,
      Set.of("settleDue"), SUBSCRIPTION_SETTINGS);
  private Offers offers =
      Unconfigured.port(Offers.class, SUBSCRIPTIONS, SUBSCRIPTION_SETTINGS);
  // M-6: optional; by default the vouchers storage if it computes the report
  private @Nullable UsageReports usageReports;
  // E-1: optional; by default the vouchers storage if it erases personal data
  private @Nullable PersonalData personalData;
  // M-3: optional; by default the vouchers storage if it searches
  private @Nullable VoucherSearches voucherSearches;
  // M-1: optional; by default the vouchers storage if it imports codes
  private @Nullable CodeImports codeImports;

  ProgrammeBuilder() {}

  /**
   * E-1: where personal data is erased (ADR 0052); by default the vouchers storage when it
   * implements {@link PersonalData}, as the JDBC and in-memory stores do.
   */
  public ProgrammeBuilder personalData(PersonalData personalData) {
    this.personalData = Objects.requireNonNull(personalData, "personalData");
    return this;
  }

  /**
   * M-6: where the usage report is computed (optional: by default the {@link #vouchers}
   * storage when it implements {@link UsageReports}, as the JDBC and in-memory stores do;
   * otherwise the report's use case throws an {@link IllegalStateException} naming this
   * setting).
   */
  public ProgrammeBuilder usageReports(UsageReports usageReports) {
    this.usageReports = Objects.requireNonNull(usageReports, "usageReports");
    return this;
  }

  /**
   * M-3: where support searches are run (optional: by default the {@link #vouchers} storage
   * when it implements {@link VoucherSearches}, as the JDBC and in-memory stores do;
   * otherwise the search throws an {@link IllegalStateException} naming this setting).
   */
  public ProgrammeBuilder voucherSearches(VoucherSearches voucherSearches) {
    this.voucherSearches = Objects.requireNonNull(voucherSearches, "voucherSearches");
    return this;
  }

  /**
   * M-1: where imported codes are stored (optional: by default the {@link #vouchers} storage
   * when it implements {@link CodeImports}, as the JDBC and in-memory stores do; otherwise
   * the import's use case throws an {@link IllegalStateException} naming this setting).
   */
  public ProgrammeBuilder codeImports(CodeImports codeImports) {
    this.codeImports = Objects.requireNonNull(codeImports, "codeImports");
    return this;
  }

  /**
   * storage of reseller applications and discounts (optional: without it, the
   * reseller programme's use cases throw an {@link IllegalStateException} naming this
   * setting).
   */
  public ProgrammeBuilder resellerApplications(ResellerApplications resellerApplications) {
    this.resellerApplications =
        Objects.requireNonNull(resellerApplications, "resellerApplications");
    return this;
  }

  /**
   * storage of the links between customers and resellers (optional, as
   * {@link #resellerApplications}).
   */
  public ProgrammeBuilder customerLinks(CustomerLinks customerLinks) {
    this.customerLinks = Objects.requireNonNull(customerLinks, "customerLinks");
    return this;
  }

  /**
   * U-1..U-5: subscription storage. Optional: without it the subscription use cases throw
   * {@link IllegalStateException} naming this setting.
   */
  public ProgrammeBuilder subscriptions(Subscriptions subscriptions) {
    this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
    return this;
  }

  /** U-1, U-3: offer storage. Optional, as {@link #subscriptions}. */
  public ProgrammeBuilder offers(Offers offers) {
    this.offers = Objects.requireNonNull(offers, "offers");
    return this;
  }

  /** The programme's settings. */
  public ProgrammeBuilder settings(ProgrammeSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /** The clock every rule reads (inject a fixed or offset clock in tests). */
  public ProgrammeBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Order and voucher storage. */
  public ProgrammeBuilder vouchers(Vouchers vouchers) {
    this.vouchers = Objects.requireNonNull(vouchers, "vouchers");
    return this;
  }

  /** Partner storage. */
  public ProgrammeBuilder partners(Partners partners) {
    this.partners = Objects.requireNonNull(partners, "partners");
    return this;
  }

  /** Product and price storage. */
  public ProgrammeBuilder catalog(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    return this;
  }

  /** Mandate storage. */
  public ProgrammeBuilder mandates(Mandates mandates) {
    this.mandates = Objects.requireNonNull(mandates, "mandates");
    return this;
  }

  /** D-1: the domain probe (default: observes nothing, so no domain can be proven). */
  public ProgrammeBuilder domainProbe(DomainProbe probe) {
    this.probe = Objects.requireNonNull(probe, "probe");
    return this;
  }

  /** C-2: randomness for codes, ids and secrets (default: SecureRandom). */
  public ProgrammeBuilder randomness(CodeRandomness randomness) {
    this.randomness = Objects.requireNonNull(randomness, "randomness");
    return this;
  }

  /**
   * C-1, C-5: how codes are kept at rest (retrievable or shown once), with the keys from the
   * shop's configuration.
   */
  public ProgrammeBuilder codeVault(CodeVault vault) {
    this.vault = Objects.requireNonNull(vault, "vault");
    return this;
  }

  /**
   * Where to tell what the programme did (default: {@link ProgrammeEvents#none()}). Called
   * on the use case's thread after the store accepted each change; a listener that throws
   * is logged at WARN and does not fail the use case.
   */
  public ProgrammeBuilder events(ProgrammeEvents events) {
    this.events = Objects.requireNonNull(events, "events");
    return this;
  }

  /**
   * G-1: where failed code attempts are counted per caller key (default:
   * {@link CodeAttempts#unlimited()}, no limit). The limit is
   * {@code ProgrammeSettings.attemptLimit()}.
   */
  public ProgrammeBuilder codeAttempts(CodeAttempts attempts) {
    this.attempts = Objects.requireNonNull(attempts, "attempts");
    return this;
  }

  /**
   * G-3: where the idempotency keys of creating and sending commands are kept (default:
   * {@link IdempotencyKeys#none()}, keys are not remembered and every command runs). Must be
   * the store of the same storage as the vouchers, invitations, subscriptions and reseller
   * applications: it runs their writes in the transaction that stores the key.
   */
  public ProgrammeBuilder idempotencyKeys(IdempotencyKeys idempotencyKeys) {
    this.idempotencyKeys = Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
    return this;
  }

  /**
   * G-4: where stored codes are moved to the current key by the re-keying job (default: the
   * vouchers storage if it is one, as the in-memory store is; otherwise
   * {@link CodeRekeying#none()}). Must be the store of the same storage as the vouchers.
   */
  public ProgrammeBuilder codeRekeying(CodeRekeying codeRekeying) {
    this.codeRekeying = Objects.requireNonNull(codeRekeying, "codeRekeying");
    return this;
  }

  /**
   * I-1..I-3: invitation storage (optional: without it, the sub-account use cases throw
   * an {@link IllegalStateException} naming this setting; everything else works).
   */
  public ProgrammeBuilder invitations(Invitations invitations) {
    this.invitations = Objects.requireNonNull(invitations, "invitations");
    return this;
  }

  /** I-3: sub-account storage (optional, like {@link #invitations}). */
  public ProgrammeBuilder subAccounts(SubAccounts subAccounts) {
    this.subAccounts = Objects.requireNonNull(subAccounts, "subAccounts");
    return this;
  }

  /**
   * I-1, I-2: where invitation links point and how long invitations stay valid (default:
   * {@link InvitationSettings#at} the redemption page's origin, valid for 30 days).
   */
  public ProgrammeBuilder invitationSettings(InvitationSettings invitationSettings) {
    this.invitationSettings = Objects.requireNonNull(invitationSettings, "invitationSettings");
    return this;
  }

  /** The programme; fails naming every missing part. */
  public VoucherProgramme build() {
    StringBuilder missing = new StringBuilder();
    if (settings == null) {
      missing.append(" settings");
    }
    if (clock == null) {
      missing.append(" clock");
    }
    if (vouchers == null) {
      missing.append(" vouchers");
    }
    if (partners == null) {
      missing.append(" partners");
    }
    if (catalog == null) {
      missing.append(" catalog");
    }
    if (mandates == null) {
      missing.append(" mandates");
    }
    if (vault == null) {
      missing.append(" codeVault");
    }
    if (missing.length() > 0) {
      throw new IllegalStateException("VoucherProgramme needs:" + missing);
    }
    return new VoucherProgramme(new ProgrammeBasics(settings, clock, events, randomness),
        new WiredOrdering.Ports(vouchers, partners, catalog, mandates, probe, vault, attempts),
        invitations, subAccounts, invitationSettings != null ? invitationSettings
            : InvitationSettings.at(settings.redemptionBaseUrl()),
        resellerApplications, customerLinks, subscriptions, offers,
        idempotencyKeys,
        new WiredOrdering.Operating(
            optional(codeImports, CodeImports.class, "the import of codes (M-1)", "codeImports"),
            optional(voucherSearches, VoucherSearches.class, "support search (M-3)",
                "voucherSearches"),
            optional(usageReports, UsageReports.class, "the usage report (M-6)", "usageReports")),
        optional(personalData, PersonalData.class, "erasing personal data (E-1)", "personalData"),
        codeRekeying != null ? codeRekeying
            : vouchers instanceof CodeRekeying fromStorage ? fromStorage
            : CodeRekeying.none());
  }

  /**
   * An optional port (E-1, M-1, M-3, M-6): the one configured, else the vouchers storage if it
   * is that port too, else one that names the feature and its setting (ADR 0059).
   */
  private <P> P optional(@Nullable P configured, Class<P> port, String feature,
      String setting) {
    if (configured != null) {
      return configured;
    }
    if (port.isInstance(vouchers)) {
      return port.cast(vouchers);
    }
    return Unconfigured.port(port, feature, setting);
  }
}
