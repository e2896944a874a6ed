package org.meridianshop.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends a Faces request with an HTTP error, so the container shows the error page configured for
 * that status in web.xml and the status reaches the browser unchanged.
 */
public final class ErrorResponses {

  private ErrorResponses() {}

  public static void notFound(FacesContext faces) {
    try {
      faces.getExternalContext().responseSendError(404, "Not found");
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
