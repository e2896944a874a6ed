// Stripe's card field and 3-D Secure step, loaded only when the shop is configured for Stripe.
// Card details go from this page to Stripe.js and never to the shop: the checkout form sends the
// PaymentMethod id Stripe returns, and the order page asks the shop to check the payment after
// the bank's step.
(function () {
  "use strict";

  function loadStripe(publishableKey, then) {
    var script = document.createElement("script");
    script.src = "https://js.stripe.com/v3/";
    script.onload = function () {
      then(window.Stripe(publishableKey));
    };
    document.head.appendChild(script);
  }

  function cardCheckout(mount) {
    var form = mount.closest("form");
    var hidden = document.getElementById("paymentMethod");
    var errors = document.getElementById("card-errors");
    loadStripe(mount.getAttribute("data-publishable-key"), function (stripe) {
      var card = stripe.elements().create("card");
      card.mount(mount);
      form.addEventListener("submit", function (event) {
        if (hidden.value) {
          return;
        }
        event.preventDefault();
        var button = event.submitter;
        stripe.createPaymentMethod({ type: "card", card: card }).then(function (result) {
          if (result.error) {
            errors.textContent = result.error.message;
            return;
          }
          hidden.value = result.paymentMethod.id;
          form.requestSubmit(button);
        });
      });
    });
  }

  function nextAction(holder) {
    loadStripe(holder.getAttribute("data-publishable-key"), function (stripe) {
      stripe
        .handleNextAction({ clientSecret: holder.getAttribute("data-client-secret") })
        .then(function () {
          // whatever the bank said, the shop asks Stripe and shows the outcome
          document.getElementById("refresh-payment").click();
        });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var mount = document.getElementById("card-element");
    if (mount) {
      cardCheckout(mount);
    }
    var holder = document.getElementById("stripe-next-action");
    if (holder) {
      nextAction(holder);
    }
  });
})();
