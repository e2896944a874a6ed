<#import "text-layout.ftl" as layout>
<@layout.page>
${t("password_reset.intro")}

${t("password_reset.button")}: ${link}

${t("password_reset.expiry")}
${t("password_reset.ignore")}
</@layout.page>
