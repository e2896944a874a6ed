package org.meridianshop.customer.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.meridianshop.customer.EmailVerification;
import org.meridianshop.customer.LoginSession.Channel;
import org.meridianshop.customer.LoginSessions;
import org.meridianshop.customer.LoginSessions.SignedIn;
import org.meridianshop.customer.LoginSessions.Tokens;
import org.meridianshop.customer.NewAccount;
import org.meridianshop.customer.PasswordResets;
import org.meridianshop.customer.Registration;
import org.meridianshop.customer.SignIn;
import org.meridianshop.customer.api.Requests.EmailBody;
import org.meridianshop.customer.api.Requests.Login;
import org.meridianshop.customer.api.Requests.PasswordResetConfirmation;
import org.meridianshop.customer.api.Requests.RefreshTokenBody;
import org.meridianshop.customer.api.Requests.TokenBody;
import org.meridianshop.platform.security.ClientAddresses;

/** Accounts for apps: registration, sign-in, tokens, email verification and password reset. */
@Path("/users")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject Registration registration;
  @Inject SignIn signIn;
  @Inject LoginSessions sessions;
  @Inject EmailVerification verification;
  @Inject PasswordResets resets;
  @Inject ClientAddresses clients;
  @Context HttpServletRequest request;

  @POST
  @Path("register")
  public Response register(NewAccount account) {
    var registered = registration.register(Requests.required(account), Channel.API);
    var tokens = registered.tokens().orElseThrow();
    return Response.created(URI.create("users/me"))
        .entity(
            new Registered(
                registered.account().id(),
                tokens.accessToken(),
                tokens.refreshToken(),
                tokens.expiresIn()))
        .build();
  }

  @POST
  @Path("login")
  public LoggedIn login(Login login) {
    var body = Requests.required(login).complete();
    SignedIn signedIn =
        signIn.signIn(body.email(), body.password(), clients.of(request), Channel.API);
    var tokens = signedIn.tokens().orElseThrow();
    return new LoggedIn(
        tokens.accessToken(),
        tokens.refreshToken(),
        tokens.expiresIn(),
        UserView.of(signedIn.account()));
  }

  @POST
  @Path("token")
  public Tokens token(RefreshTokenBody body) {
    return sessions.refresh(Requests.required(body).complete().refreshToken());
  }

  @POST
  @Path("logout")
  public Response logout(RefreshTokenBody body) {
    sessions.endByRefreshToken(Requests.required(body).complete().refreshToken());
    return Response.noContent().build();
  }

  @POST
  @Path("verify-email")
  public Response verifyEmail(TokenBody body) {
    verification.verify(Requests.required(body).token());
    return Response.noContent().build();
  }

  @POST
  @Path("password-reset")
  public Response requestPasswordReset(EmailBody body) {
    resets.request(Requests.required(body).email(), clients.of(request));
    return Response.accepted().build();
  }

  @POST
  @Path("password-reset/confirm")
  public Response confirmPasswordReset(PasswordResetConfirmation body) {
    var confirmation = Requests.required(body);
    resets.confirm(confirmation.token(), confirmation.newPassword());
    return Response.noContent().build();
  }

  /** A new account with its first tokens. */
  public record Registered(
      String userId, String accessToken, String refreshToken, long expiresIn) {}

  /** A sign-in: tokens and who they are for. */
  public record LoggedIn(String accessToken, String refreshToken, long expiresIn, UserView user) {}
}
