// Show the prices in a currency as soon as it is picked; without scripts, the button does it.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form[data-submit-on-change]");
  if (form) {
    form.addEventListener("change", function () {
      form.submit();
    });
  }
});
