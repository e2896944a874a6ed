${brand.name}: ${t("shipment_notification.sms")}
