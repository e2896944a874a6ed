package org.meridianshop.platform.errors;

import java.util.List;

/** The request itself is malformed or fails validation (400). */
public class InvalidInputException extends ShopException {

  public InvalidInputException(List<FieldError> errors) {
    super("The request has invalid fields.", errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String title() {
    return "Invalid input";
  }
}
