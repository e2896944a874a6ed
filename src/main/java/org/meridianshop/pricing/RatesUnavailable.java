package org.meridianshop.pricing;

/** The rates provider gave no usable rates: unreachable, too slow, an error, or a bad answer. */
class RatesUnavailable extends RuntimeException {

  RatesUnavailable(String reason) {
    super(reason);
  }

  RatesUnavailable(String reason, Throwable cause) {
    super(reason, cause);
  }
}
