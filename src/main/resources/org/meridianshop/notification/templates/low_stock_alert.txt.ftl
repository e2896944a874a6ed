<#import "text-layout.ftl" as layout>
<@layout.page footer="footer.admin">
${t("low_stock_alert.intro")}

${t("low_stock_alert.button")}: ${link}
</@layout.page>
