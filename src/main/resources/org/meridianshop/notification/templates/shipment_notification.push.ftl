${t("shipment_notification.push")}
