${t("payment_receipt.push")}
