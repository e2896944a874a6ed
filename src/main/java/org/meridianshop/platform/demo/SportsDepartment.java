package org.meridianshop.platform.demo;

import static org.meridianshop.platform.demo.AttributeChoice.of;

import java.util.List;

/** Sports & Outdoors: running, training and camping. */
final class SportsDepartment {

  private SportsDepartment() {}

  static Department department() {
    return new Department(
        "Sports & Outdoors",
        "sports-outdoors",
        "Gear for running, training and nights under the stars.",
        Pictogram.BALL,
        List.of(runningShoes(), activewear(), tents(), backpacks(), fitness()));
  }

  private static Aisle runningShoes() {
    return Aisle.named("Running Shoes", "running-shoes")
        .about("Road, trail and racing shoes for every distance.")
        .models("1", "2", "3", "4", "5", "GTX")
        .specs(
            Spec.of("Road Running Shoe", "Drop: 8 mm", "Surface: Road").costs("79", "169"),
            Spec.of("Trail Running Shoe", "Drop: 6 mm", "Surface: Trail")
                .costs("89", "179")
                .says(
                    "grips wet rock and loose gravel with confidence.",
                    "The outsole uses a sticky rubber compound with 4 mm lugs."),
            Spec.of("Carbon Racing Shoe", "Drop: 8 mm", "Surface: Road")
                .costs("179", "249")
                .says(
                    "is a racing shoe with a carbon plate for personal bests.",
                    "A full-length carbon plate snaps you forward at race pace."),
            Spec.of("Cushioned Daily Trainer", "Drop: 10 mm", "Surface: Road").costs("89", "169"))
        .choices(of("Weight", "210 g", "245 g", "280 g"), of("Width", "Standard", "Wide"))
        .prices("79", "249")
        .variants(
            VariantAxis.sizes(
                3, 4, "US 7=7", "US 8=8", "US 9=9", "US 10=10", "US 11=11", "US 12=12"))
        .leads(
            "is a running shoe that keeps its bounce for hundreds of miles.",
            "is built for easy miles, long runs and race day.")
        .features(
            "The knit upper breathes and stretches where feet swell.",
            "A rocker sole rolls you smoothly onto your toes.",
            "Reflective details show up in headlights.",
            "A padded heel collar locks the foot in without rubbing.");
  }

  private static Aisle activewear() {
    return Aisle.named("Activewear", "activewear")
        .about("Shirts, shorts, tights and jackets that move with you.")
        .models("Lite", "Pro", "Air", "Thermal", "Dry", "Flex")
        .specs(
            Spec.of("Running T-Shirt", "Fabric: Recycled polyester", "Fit: Regular")
                .costs("24", "49"),
            Spec.of("Training Shorts", "Fabric: Nylon stretch", "Fit: Relaxed").costs("29", "59"),
            Spec.of("Thermal Tights", "Fabric: Brushed elastane", "Fit: Compression")
                .costs("39", "89"),
            Spec.of("Packable Wind Jacket", "Fabric: Ripstop nylon", "Fit: Regular")
                .costs("69", "149"))
        .choices(of("Care", "Machine wash cold", "Machine wash 30 °C"))
        .prices("24", "149")
        .variants(VariantAxis.sizes(3, 4, "S=S", "M=M", "L=L", "XL=XL"))
        .leads(
            "is activewear that keeps you cool and dry.",
            "moves with you through every stretch and stride.",
            "is light enough to forget you are wearing it.")
        .features(
            "Flatlock seams prevent chafing on long sessions.",
            "A zipped pocket holds keys and a phone.",
            "The fabric wicks sweat and dries in minutes.",
            "An anti-odour finish keeps it fresh between washes.",
            "Reflective trim adds visibility at dusk.");
  }

  private static Aisle tents() {
    return Aisle.named("Tents", "tents")
        .about("Backpacking, family and four-season tents.")
        .models("UL", "Dome", "Trail", "Ridge", "Base", "Lite")
        .specs(
            Spec.of("Ultralight Backpacking Tent", "Sleeps: 2", "Weight: 1.2 kg")
                .costs("249", "599"),
            Spec.of("Family Camping Tent", "Sleeps: 6", "Weight: 9.5 kg").costs("199", "699"),
            Spec.of("Four-Season Mountain Tent", "Sleeps: 2", "Weight: 3.1 kg").costs("399", "699"),
            Spec.of("Instant Pop-Up Tent", "Sleeps: 4", "Weight: 6.8 kg").costs("89", "249"))
        .choices(of("Waterproofing", "1,500 mm", "3,000 mm", "5,000 mm"), of("Doors", "1", "2"))
        .prices("89", "699")
        .leads(
            "is a tent that pitches in minutes and stays dry all night.",
            "turns any clearing into a comfortable base camp.",
            "stands firm in wind and sheds heavy rain.")
        .features(
            "Colour-coded poles make pitching foolproof in the dark.",
            "Two vestibules keep boots and packs out of the rain.",
            "Mesh panels cut condensation on warm nights.",
            "Taped seams and a bathtub floor keep water out.",
            "It packs into a compression sack smaller than a sleeping bag.");
  }

  private static Aisle backpacks() {
    return Aisle.named("Backpacks", "backpacks")
        .about("Daypacks, hiking packs and travel backpacks.")
        .models("Day", "Trek", "Go", "Alpine", "Urban", "Ultra")
        .specs(
            Spec.of("Hiking Daypack", "Volume: 24 L", "Frame: Frameless")
                .costs("39", "129")
                .says(
                    "keeps a day's kit organised and within reach.",
                    "A hydration sleeve fits a 3-litre reservoir."),
            Spec.of("Trekking Backpack", "Volume: 55 L", "Frame: Internal")
                .costs("149", "329")
                .says(
                    "carries the load where your body is strongest.",
                    "Load lifters pull the weight close on steep climbs.",
                    "The hip belt pockets hold snacks and a phone."),
            Spec.of("Travel Backpack", "Volume: 40 L", "Frame: Frameless")
                .costs("99", "249")
                .says(
                    "fits overhead bins and opens like a suitcase.",
                    "Lockable zips deter pickpockets on busy platforms."),
            Spec.of("Hydration Running Vest", "Volume: 12 L", "Frame: Frameless")
                .costs("59", "149")
                .says(
                    "carries water and snacks without bouncing on a run.",
                    "Soft flasks sit on the chest within easy reach."))
        .choices(of("Weight", "0.6 kg", "1.1 kg", "1.7 kg"), of("Rain cover", "Included", "No"))
        .prices("39", "329")
        .variants(VariantAxis.colours(1, 3, "Slate=SLT", "Olive=OLV", "Rust=RST"))
        .leads("is a pack built to carry comfortably all day.")
        .features(
            "A ventilated back panel keeps sweat at bay.",
            "Water-repellent fabric sheds passing showers.");
  }

  private static Aisle fitness() {
    return Aisle.named("Fitness Equipment", "fitness-equipment")
        .about("Yoga mats, weights and home gym gear.")
        .models("Pro", "Studio", "Home", "Go", "Elite", "Lite")
        .specs(
            Spec.of("Yoga Mat", "Thickness: 5 mm", "Material: Natural rubber")
                .costs("19", "89")
                .says(
                    "is a yoga mat that stays put through every flow.",
                    "A textured surface grips hands and feet, even when sweaty."),
            Spec.of("Adjustable Dumbbell Pair", "Weight range: 2-24 kg", "Material: Steel")
                .costs("149", "449")
                .says(
                    "replaces a whole rack of dumbbells.",
                    "The dial switches weights in two seconds."),
            Spec.of("Cast Iron Kettlebell", "Weight range: 16 kg", "Material: Cast iron")
                .costs("29", "99")
                .says(
                    "is a single-piece kettlebell for swings, snatches and get-ups.",
                    "The flat base keeps it standing between sets."),
            Spec.of("Resistance Band Set", "Weight range: 5-50 kg", "Material: Latex")
                .costs("19", "49")
                .says(
                    "packs a full-body workout into a pouch.",
                    "Bands clip together for more resistance."))
        .choices(of("Warranty", "2 years", "5 years", "Lifetime"))
        .prices("19", "449")
        .leads(
            "is home gym gear that is ready when you are.",
            "makes a living room into a training space.",
            "is built to take years of daily workouts.")
        .features(
            "A companion app has more than 200 guided workouts.",
            "It tucks away in a corner when the workout is over.");
  }
}
