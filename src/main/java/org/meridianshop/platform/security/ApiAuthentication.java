package org.meridianshop.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * How callers prove who they are: HTTP Basic, checked against the shop's identity stores. Only
 * admin endpoints ask for it so far; bearer tokens for the mobile API and form login for pages come
 * with customer accounts.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "Meridian Shop")
@DeclareRoles({Roles.ADMIN, Roles.CUSTOMER})
public class ApiAuthentication {}
