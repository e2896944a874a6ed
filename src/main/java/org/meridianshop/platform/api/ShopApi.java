package org.meridianshop.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API for mobile apps and integrations, under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Meridian Shop API",
            version = "1",
            description = "Catalog, search, cart, orders and accounts for mobile apps."))
public class ShopApi extends Application {}
