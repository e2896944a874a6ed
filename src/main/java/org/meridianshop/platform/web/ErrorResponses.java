package org.meridianshop.platform.web;

import jakarta.faces.context.FacesContext;

/**
 * Answers a Faces request with the shop's not-found page and status 404. The page replaces the
 * current view in the same request, rather than coming from the container's error dispatch (which
 * would run a second Faces request inside the first and end its context) or from a navigation
 * outcome (which Mojarra turns into a redirect when a view action navigates).
 */
public final class ErrorResponses {

  /** The view web.xml also names as the error page for 404. */
  public static final String NOT_FOUND_VIEW = "/not-found.xhtml";

  private ErrorResponses() {}

  public static void notFound(FacesContext faces) {
    faces.getExternalContext().setResponseStatus(404);
    faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, NOT_FOUND_VIEW));
    faces.renderResponse();
  }
}
