package org.meridianshop.platform.demo;

import static org.meridianshop.platform.demo.AttributeChoice.of;

import java.util.List;

/** Home & Kitchen: pans, coffee, blenders and knives. */
final class HomeKitchenDepartment {

  private HomeKitchenDepartment() {}

  static Department department() {
    return new Department(
        "Home & Kitchen",
        "home-kitchen",
        "Cookware, appliances and tools for the everyday cook.",
        Pictogram.POT,
        List.of(cookware(), coffeeMakers(), blenders(), knives()));
  }

  private static Aisle cookware() {
    return Aisle.named("Cookware", "cookware")
        .about("Pans, pots and Dutch ovens for every hob.")
        .models("Classic", "Pro", "Chef", "Essential", "Heritage", "Everyday")
        .specs(
            Spec.of("Nonstick Frying Pan", "Material: Aluminium, ceramic coating", "Size: 28 cm")
                .costs("24", "129")
                .says(
                    "is a pan that heats evenly and cleans up in seconds.",
                    "The ceramic coating releases eggs without a drop of oil.",
                    "It is dishwasher safe, though it rarely needs to be."),
            Spec.of("Stainless Steel Saucepan", "Material: Tri-ply steel", "Size: 2.5 L")
                .costs("39", "149")
                .says(
                    "is a saucepan for sauces, grains and everything in between.",
                    "The tight-fitting lid locks in steam.",
                    "Pouring rims on both sides stop drips."),
            Spec.of("Cast Iron Dutch Oven", "Material: Enamelled cast iron", "Size: 5.5 L")
                .costs("79", "299")
                .says(
                    "goes from hob to oven to table.",
                    "The heavy lid keeps moisture in for slow braises.",
                    "The enamel needs no seasoning and never reacts with tomatoes."),
            Spec.of("Carbon Steel Wok", "Material: Carbon steel", "Size: 32 cm")
                .costs("29", "99")
                .says(
                    "gets hot enough for real stir-fries.",
                    "It builds up a natural non-stick patina with every use."))
        .choices(
            of("Hob", "All hobs including induction", "Gas and electric"),
            of("Oven safe", "Up to 220 °C", "Up to 260 °C"))
        .prices("24", "299")
        .leads(
            "is a pan that heats evenly and cleans up in seconds.",
            "goes from hob to oven to table.",
            "is made to be handed down, not thrown out.")
        .features(
            "The riveted handle stays cool on the hob.",
            "A thick base spreads heat without hot spots.",
            "It is made in a family-run foundry in northern Portugal.");
  }

  private static Aisle coffeeMakers() {
    return Aisle.named("Coffee Makers", "coffee-makers")
        .about("Espresso machines, drip brewers and grinders.")
        .models("100", "200", "400", "600", "Duo", "Barista")
        .specs(
            Spec.of("Espresso Machine", "Pressure: 15 bar", "Capacity: 1.8 L")
                .costs("199", "799")
                .says(
                    "brews café-quality espresso without the queue.",
                    "A steam wand textures milk for latte art.",
                    "Precise temperature control brings out sweetness, not bitterness."),
            Spec.of("Programmable Drip Coffee Maker", "Capacity: 12 cups", "Carafe: Thermal")
                .costs("39", "199")
                .says(
                    "is a coffee maker that gets the morning right.",
                    "The brew can be scheduled the night before.",
                    "A thermal carafe keeps coffee hot for hours without burning it."),
            Spec.of("Burr Coffee Grinder", "Grind settings: 40", "Capacity: 250 g")
                .costs("49", "299")
                .says(
                    "grinds evenly for everything from espresso to cold brew.",
                    "Conical steel burrs keep the grind cool and even.",
                    "A built-in scale weighs the beans as you go."),
            Spec.of("Pour-Over Kettle", "Capacity: 1 L", "Temperature control: Yes")
                .costs("39", "149")
                .says(
                    "pours a slow, steady stream for better pour-over.",
                    "It holds a set temperature for up to an hour."))
        .choices(of("Power", "1,000 W", "1,350 W", "1,500 W"), of("Colour", "Black", "Steel"))
        .prices("39", "799")
        .leads("makes a better cup with less fuss.")
        .features(
            "Every part that touches water or coffee is free of BPA.",
            "The controls are simple enough to use half asleep.");
  }

  private static Aisle blenders() {
    return Aisle.named("Blenders", "blenders")
        .about("Countertop, personal and immersion blenders.")
        .models("B3", "B5", "B7", "Pro 900", "Go", "Max")
        .specs(
            Spec.of("High-Speed Blender", "Power: 1,500 W", "Jar: 2 L")
                .costs("149", "499")
                .says(
                    "turns frozen fruit into silk in seconds.",
                    "A tamper pushes thick mixes into the blades.",
                    "Preset programmes stop on their own when the job is done."),
            Spec.of("Personal Smoothie Blender", "Power: 600 W", "Jar: 0.6 L")
                .costs("29", "99")
                .says(
                    "blends a smoothie straight into the cup you take with you.",
                    "The cup has a leak-proof lid for the commute."),
            Spec.of("Immersion Blender", "Power: 800 W", "Jar: 0.8 L beaker")
                .costs("39", "129")
                .says(
                    "blends soups right in the pot.",
                    "A whisk and a chopper bowl come in the box."),
            Spec.of("Blender and Food Processor", "Power: 1,200 W", "Jar: 1.8 L")
                .costs("99", "299")
                .says(
                    "blends, chops, slices and kneads on one base.",
                    "Suction feet keep it still at full speed."))
        .choices(of("Speeds", "3", "5", "10 plus pulse"))
        .prices("29", "499")
        .leads("handles smoothies, soups and sauces with ease.")
        .features(
            "Hardened steel blades crush ice without dulling.",
            "Every part that touches food is free of BPA.");
  }

  private static Aisle knives() {
    return Aisle.named("Kitchen Knives", "kitchen-knives")
        .about("Chef's knives, knife sets and sharpeners.")
        .models("Classic", "Pro", "Artisan", "Heritage", "Chef", "Series 5")
        .specs(
            Spec.of("Chef's Knife", "Blade: 20 cm", "Steel: German stainless").costs("49", "199"),
            Spec.of("Damascus Santoku Knife", "Blade: 18 cm", "Steel: 67-layer Damascus")
                .costs("79", "249"),
            Spec.of("Five-Piece Knife Block Set", "Blade: 9 to 20 cm", "Steel: German stainless")
                .costs("149", "349")
                .says(
                    "is a knife set that covers every job in the kitchen.",
                    "The block holds each blade apart so the edges never touch."),
            Spec.of("Paring Knife", "Blade: 9 cm", "Steel: German stainless")
                .costs("19", "59")
                .says(
                    "is a small, nimble knife for peeling, trimming and garnishing.",
                    "Its short blade gives fine control in the hand."))
        .choices(of("Handle", "Walnut", "Olive wood", "Black composite"))
        .prices("19", "349")
        .leads(
            "is a knife that makes prep work a pleasure.",
            "holds a razor edge through months of daily cooking.",
            "is balanced at the bolster for control and speed.")
        .features(
            "The full tang runs through the handle for strength.",
            "Each blade is hand-sharpened to 15 degrees.",
            "A blade guard protects the edge in a drawer.",
            "The handle is shaped for a pinch grip.",
            "It comes with a lifetime sharpening service.");
  }
}
