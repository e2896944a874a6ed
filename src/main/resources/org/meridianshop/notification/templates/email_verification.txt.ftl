<#import "text-layout.ftl" as layout>
<@layout.page>
${t("email_verification.intro")}

${t("email_verification.button")}: ${link}

${t("email_verification.expiry")}
</@layout.page>
