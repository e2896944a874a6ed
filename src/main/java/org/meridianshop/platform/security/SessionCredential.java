package org.meridianshop.platform.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.UUID;

/**
 * Proof that a caller holds a login session: a verified access token, a web session that signed in,
 * or a sign-in that just succeeded. The identity store decides whether the session is still live
 * and whose it is.
 */
public record SessionCredential(UUID sessionId) implements Credential {}
