package org.meridianshop.inventory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridianshop.inventory.RestockRuns;
import org.meridianshop.platform.web.FormMessages;

/**
 * The restock part of the console's inventory page: how many uploaded lines wait for the restock
 * job, and a button that runs it now rather than at the next 5-minute mark.
 */
@Named
@RequestScoped
public class RestockPanel {

  @Inject RestockRuns runs;
  @Inject FacesContext faces;

  private Long waiting;

  public long getWaiting() {
    if (waiting == null) {
      waiting = runs.waitingLines();
    }
    return waiting;
  }

  public void start() {
    var run = runs.start();
    waiting = null;
    FormMessages.confirm(
        faces, "Restock run " + run.executionId() + " is " + run.status().toLowerCase() + ".");
  }
}
