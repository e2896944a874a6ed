package org.meridianshop.platform.demo;

import java.util.List;

/** The invented brands of the demo catalog. Any likeness to a real maker is unintended. */
final class DemoBrands {

  private DemoBrands() {}

  static List<BrandSeed> all() {
    return List.of(
        brand(
            "Northwind",
            "NW",
            "Light, quiet laptops and desk gear designed in Portland for people who work anywhere.",
            List.of("computers"),
            210,
            "Aero",
            "Tern",
            "Summit"),
        brand(
            "Brightforge",
            "BF",
            "Workstation-grade machines and displays for creators who render, compile and edit all day.",
            List.of("computers"),
            18,
            "Forge",
            "Vista",
            "Anvil"),
        brand(
            "Quillon",
            "QL",
            "Keyboards and mice tuned by typists, with switches rated for tens of millions of presses.",
            List.of("keyboards", "mice"),
            280,
            "Scribe",
            "Glide",
            "Key"),
        brand(
            "Lumora",
            "LM",
            "Phones and tablets with bright screens, long batteries and four years of updates.",
            List.of("phones-tablets"),
            190,
            "Nova",
            "Lumen",
            "Orbit"),
        brand(
            "Vantic",
            "VT",
            "Rugged, repairable phones and tablets with parts you can order and fit yourself.",
            List.of("phones-tablets"),
            140,
            "Edge",
            "Terra",
            "Pulse"),
        brand(
            "Voltaic",
            "VO",
            "Chargers, cables and cases that outlast the devices they are bought for.",
            List.of("chargers-cables", "cases", "mice"),
            45,
            "Volt",
            "Arc",
            "Flux"),
        brand(
            "Halcyon Audio",
            "HA",
            "Headphones and speakers voiced in a studio by engineers who still listen to vinyl.",
            List.of("headphones", "earbuds", "speakers"),
            260,
            "Aria",
            "Cadence",
            "Nocturne"),
        brand(
            "Sonderline",
            "SL",
            "Compact, minimal audio gear with clean Scandinavian lines and honest sound.",
            List.of("audio"),
            170,
            "Fjord",
            "Drift",
            "Loop"),
        brand(
            "Ember Acoustics",
            "EA",
            "Warm-sounding speakers and turntables built from real wood in small batches.",
            List.of("speakers", "turntables"),
            12,
            "Hearth",
            "Glow",
            "Kindle"),
        brand(
            "Copperleaf",
            "CL",
            "Cookware for home cooks who want restaurant results without restaurant fuss.",
            List.of("cookware", "kitchen-knives"),
            25,
            "Hearth",
            "Sauté",
            "Bistro"),
        brand(
            "Hearthwell",
            "HW",
            "Coffee makers and countertop appliances with simple controls and sturdy parts.",
            List.of("coffee-makers", "blenders", "cookware"),
            35,
            "Brew",
            "Morning",
            "Ember"),
        brand(
            "Marrow & Pine",
            "MP",
            "Knives and kitchen tools forged and finished by a family workshop since 1962.",
            List.of("kitchen-knives", "cookware"),
            95,
            "Timber",
            "Grove",
            "Cedar"),
        brand(
            "Ridgeline Outfitters",
            "RO",
            "Tents and packs tested on long trails, from the desert to the high mountains.",
            List.of("tents", "backpacks"),
            120,
            "Summit",
            "Basecamp",
            "Switchback"),
        brand(
            "Tallgrass",
            "TG",
            "Outdoor and training gear made from recycled materials wherever it holds up.",
            List.of("tents", "backpacks", "activewear", "running-shoes"),
            80,
            "Prairie",
            "Meadow",
            "Bluestem"),
        brand(
            "Stridewell",
            "SW",
            "Running shoes and apparel fitted on real runners, one half-size at a time.",
            List.of("running-shoes", "activewear"),
            350,
            "Tempo",
            "Cadence",
            "Pacer"),
        brand(
            "Peakform",
            "PF",
            "Home gym equipment that folds away when the workout is over.",
            List.of("fitness-equipment", "activewear"),
            0,
            "Core",
            "Iron",
            "Flex"),
        brand(
            "Kestrel Labs",
            "KL",
            "Small-batch electronics: monitors, speakers and phones with obsessive attention to detail.",
            List.of("monitors", "speakers", "smartphones"),
            230,
            "Hover",
            "Swift",
            "Talon"));
  }

  private static BrandSeed brand(
      String name,
      String skuPrefix,
      String description,
      List<String> makes,
      int hue,
      String... lines) {
    var shortName = name.contains(" ") && !name.contains("&") ? name.split(" ")[0] : name;
    return new BrandSeed(name, shortName, skuPrefix, description, makes, List.of(lines), hue);
  }
}
