package org.meridianshop.notification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.meridianshop.notification.DeviceToken;
import org.meridianshop.notification.Devices;
import org.meridianshop.platform.api.Authenticated;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;
import org.meridianshop.platform.security.CurrentCaller;

/** The caller's devices that push notifications may reach (FCM registration tokens). */
@Path("/users/me/devices")
@RequestScoped
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

  @Inject CurrentCaller caller;
  @Inject Devices devices;

  @GET
  public DeviceList devices() {
    return new DeviceList(devices.of(caller.accountId()).stream().map(Device::of).toList());
  }

  @POST
  public Response register(Device device) {
    if (device == null) {
      throw new InvalidInputException(List.of(new FieldError("token", "is required")));
    }
    var registered = devices.register(caller.accountId(), device.token(), device.platform());
    return Response.status(Response.Status.CREATED).entity(Device.of(registered)).build();
  }

  @DELETE
  @Path("{token}")
  public Response remove(@PathParam("token") String token) {
    devices.remove(caller.accountId(), token);
    return Response.noContent().build();
  }

  /** The caller's devices. */
  public record DeviceList(List<Device> items) {}

  /** A device: its token and platform (android, ios or web). */
  public record Device(String token, String platform, Instant registeredAt) {
    static Device of(DeviceToken token) {
      return new Device(token.token(), token.platform(), token.createdAt());
    }
  }
}
