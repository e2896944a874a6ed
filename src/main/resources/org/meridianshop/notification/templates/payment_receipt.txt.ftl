<#import "text-layout.ftl" as layout>
<@layout.page>
${t("payment_receipt.intro")}

${t("payment_receipt.amount")}
${t("payment_receipt.reference")}

${t("order.link")}: ${ordersUrl}
</@layout.page>
