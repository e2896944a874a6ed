package org.meridianshop.customer.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.meridianshop.customer.AccountSettings;
import org.meridianshop.customer.AddressBook;
import org.meridianshop.customer.EmailVerification;
import org.meridianshop.customer.Profile;
import org.meridianshop.customer.api.Requests.PasswordChange;
import org.meridianshop.platform.api.Authenticated;
import org.meridianshop.platform.security.CurrentCaller;

/** The signed-in caller's own account: profile, password and address book. */
@Path("/users/me")
@RequestScoped
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject CurrentCaller caller;
  @Inject AccountSettings settings;
  @Inject AddressBook addresses;
  @Inject EmailVerification verification;

  @GET
  public UserView profile() {
    return UserView.of(settings.account(caller.accountId()));
  }

  @PUT
  public UserView changeProfile(Profile profile) {
    return UserView.of(settings.changeProfile(caller.accountId(), Requests.required(profile)));
  }

  @PUT
  @Path("password")
  public Response changePassword(PasswordChange change) {
    var body = Requests.required(change);
    settings.changePassword(
        caller.accountId(), caller.sessionId(), body.currentPassword(), body.newPassword());
    return Response.noContent().build();
  }

  /** Sends a new verification link to the account's email. */
  @POST
  @Path("verification-email")
  public Response resendVerification() {
    verification.resend(caller.accountId());
    return Response.accepted().build();
  }

  @GET
  @Path("addresses")
  public List<AddressView> addresses() {
    return addresses.of(caller.accountId()).stream().map(AddressView::of).toList();
  }

  @POST
  @Path("addresses")
  public Response addAddress(AddressView address) {
    var body = Requests.required(address);
    var added =
        addresses.add(
            caller.accountId(), body.kindOrRefuse(), body.postalAddress(), body.wantsDefault());
    return Response.created(URI.create("users/me/addresses/" + added.id()))
        .entity(AddressView.of(added))
        .build();
  }

  @PUT
  @Path("addresses/{id}")
  public AddressView changeAddress(@PathParam("id") String id, AddressView address) {
    var body = Requests.required(address);
    return AddressView.of(
        addresses.change(caller.accountId(), id, body.postalAddress(), body.wantsDefault()));
  }

  @DELETE
  @Path("addresses/{id}")
  public Response removeAddress(@PathParam("id") String id) {
    addresses.remove(caller.accountId(), id);
    return Response.noContent().build();
  }
}
