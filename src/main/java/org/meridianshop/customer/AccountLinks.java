package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The storefront links that email tokens travel in. */
@ApplicationScoped
public class AccountLinks {

  public static final String VERIFY_EMAIL_PAGE = "verify-email.xhtml";
  public static final String RESET_PASSWORD_PAGE = "reset-password.xhtml";

  @Inject
  @ConfigProperty(name = "shop.public.url", defaultValue = "http://localhost:9080/")
  String publicUrl;

  public String emailVerification(String token) {
    return link(VERIFY_EMAIL_PAGE, token);
  }

  public String passwordReset(String token) {
    return link(RESET_PASSWORD_PAGE, token);
  }

  private String link(String page, String token) {
    var base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    return base + page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }
}
