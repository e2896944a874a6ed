<#import "text-layout.ftl" as layout>
<@layout.page>
${t("payment_refunded.intro")}

${t("payment_refunded.amount")}

${t("order.link")}: ${ordersUrl}
</@layout.page>
