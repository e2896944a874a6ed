package org.meridianshop.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;

/**
 * A form sent without the page state it was rendered with (the session ended, the server restarted,
 * or another site forged the post) changes nothing and gets a page that says to try again, with
 * status 400, instead of the error page. The page replaces the view in the same request, as {@link
 * ErrorResponses} does for not-found.
 */
public class ExpiredForms extends ExceptionHandlerFactory {

  /** The view shown for an expired form. */
  public static final String EXPIRED_VIEW = "/form-expired.xhtml";

  public ExpiredForms(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final String STATELESS = "stateless";

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      var events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        var event = events.next();
        var faces = FacesContext.getCurrentInstance();
        if (isExpiredView(event.getContext().getException()) || claimsStatelessWrongly(faces)) {
          events.remove();
          showExpiredPage(faces);
        }
      }
      getWrapped().handle();
    }

    private static boolean isExpiredView(Throwable failure) {
      for (var cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof ViewExpiredException) {
          return true;
        }
      }
      return false;
    }

    private static boolean claimsStatelessWrongly(FacesContext faces) {
      var claim =
          faces
              .getExternalContext()
              .getRequestParameterMap()
              .get(ResponseStateManager.VIEW_STATE_PARAM);
      return PhaseId.RESTORE_VIEW.equals(faces.getCurrentPhaseId()) && STATELESS.equals(claim);
    }

    private static void showExpiredPage(FacesContext faces) {
      faces.getExternalContext().setResponseStatus(400);
      faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, EXPIRED_VIEW));
      faces.renderResponse();
    }
  }
}
