package org.meridianshop.customer.web;

import java.util.Objects;
import org.meridianshop.platform.errors.InvalidInputException;

/**
 * A new password typed twice, as the change and reset forms ask for it, so a typo in a field that
 * shows only dots does not lock the customer out.
 */
public class NewPasswordTwice {

  private String newPassword;
  private String repeatedPassword;

  /** The new password; refused next to the second field when the two differ. */
  String typed() {
    if (!Objects.equals(newPassword, repeatedPassword)) {
      throw new InvalidInputException("repeatedPassword", "The two new passwords differ.");
    }
    return newPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }
}
