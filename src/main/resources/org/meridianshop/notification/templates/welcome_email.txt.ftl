<#import "text-layout.ftl" as layout>
<@layout.page>
${t("welcome_email.intro")}

${t("welcome_email.button")}: ${link}

${t("welcome_email.expiry")}
</@layout.page>
