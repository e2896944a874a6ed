<#import "text-layout.ftl" as layout>
<@layout.page>
${t("shipment_notification.intro")}

${t("shipment_notification.tracking")}

${t("order.link")}: ${ordersUrl}
</@layout.page>
