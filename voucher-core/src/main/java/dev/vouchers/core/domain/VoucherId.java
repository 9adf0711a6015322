package dev.vouchers.core.domain;

/**
 * A voucher's id (never its code: the code is a secret, the id is not).
 *
 * @param value 1..64 non-blank characters
 */
public record VoucherId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public VoucherId {
    Ids.require(value, "VoucherId");
  }

  /** Convenience factory. */
  public static VoucherId of(String value) {
    return new VoucherId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
