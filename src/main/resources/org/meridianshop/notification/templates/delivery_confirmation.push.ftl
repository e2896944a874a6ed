${t("delivery_confirmation.push")}
