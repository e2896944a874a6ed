// After a refused form, put the keyboard and screen reader on the first field in error, or on
// the messages at the top when the refusal is about the whole form.
document.addEventListener("DOMContentLoaded", function () {
  var field = document.querySelector('[aria-invalid="true"]');
  var alert = document.querySelector("#alerts .alert");
  var target = field || (alert && alert.parentNode);
  if (target) {
    target.focus();
  }
});
