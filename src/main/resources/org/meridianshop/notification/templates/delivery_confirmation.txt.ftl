<#import "text-layout.ftl" as layout>
<@layout.page>
${t("delivery_confirmation.intro")}


${t("order.link")}: ${ordersUrl}
</@layout.page>
