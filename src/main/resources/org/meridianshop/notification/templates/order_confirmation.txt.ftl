<#import "text-layout.ftl" as layout>
<@layout.page>
${t("order_confirmation.intro")}

<#list lines as line>
- ${line.quantity} × ${line.name}: ${line.lineTotal}
</#list>

${t("order_confirmation.total")}

${t("order.link")}: ${ordersUrl}
</@layout.page>
