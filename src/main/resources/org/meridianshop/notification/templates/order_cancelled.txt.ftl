<#import "text-layout.ftl" as layout>
<@layout.page>
${t("order_cancelled.intro")}
<#if reason?has_content>

${t("order_cancelled.reason")}
</#if>

${t("order.link")}: ${ordersUrl}
</@layout.page>
