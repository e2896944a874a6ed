package org.meridianshop.platform.web;

import java.util.List;
import java.util.Map;

/**
 * Origins outside the shop that a capability's pages load from, per content security policy
 * directive (such as {@code script-src}). A capability contributes only what its configuration
 * turns on, so the policy stays as narrow as the shop's setup allows.
 */
public interface ThirdPartyOrigins {

  Map<String, List<String>> byDirective();
}
