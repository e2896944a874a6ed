package org.meridianshop.platform.demo;

import java.util.List;

/** A top-level category of the demo catalog, the picture its products get, and its aisles. */
record Department(
    String name, String slug, String description, Pictogram pictogram, List<Aisle> aisles) {}
