<#-- The frame of every plain text email: greeting, the message, signature and footer. -->
<#macro page footer="footer">
${firstName?has_content?then(t("greeting"), t("greeting.anonymous"))}

<#nested>

${t("signature")}
--
${t(footer)}
<#if unsubscribeUrl??>
${t("unsubscribe")}: ${unsubscribeUrl}
</#if>
${brand.publicUrl}
</#macro>
