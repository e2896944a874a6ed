package org.meridianshop.platform.security;

/** The roles a caller can have. */
public final class Roles {

  public static final String ADMIN = "ADMIN";
  public static final String CUSTOMER = "CUSTOMER";

  private Roles() {}
}
