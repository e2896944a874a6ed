package org.meridianshop.platform.demo;

import static org.meridianshop.platform.demo.AttributeChoice.of;

import java.util.List;

/** Phones & Tablets: the devices and what keeps them charged and safe. */
final class PhonesDepartment {

  private PhonesDepartment() {}

  static Department department() {
    return new Department(
        "Phones & Tablets",
        "phones-tablets",
        "Smartphones, tablets and the accessories they need.",
        Pictogram.PHONE,
        List.of(smartphones(), tablets(), chargers(), cases()));
  }

  private static Aisle smartphones() {
    return Aisle.named("Smartphones", "smartphones")
        .about("Unlocked 5G phones, from compact to big-screen flagships.")
        .models("5", "6", "7", "8", "6a", "7 Plus", "8 Pro")
        .specs(
            Spec.of("5G Smartphone", "Screen: 6.1 in", "Camera: 50 MP").costs("399", "899"),
            Spec.of("Compact 5G Smartphone", "Screen: 5.8 in", "Camera: 48 MP").costs("249", "699"),
            Spec.of("Pro 5G Smartphone", "Screen: 6.7 in", "Camera: 200 MP").costs("899", "1299"),
            Spec.of("Rugged 5G Smartphone", "Screen: 6.3 in", "Camera: 64 MP").costs("349", "799"))
        .choices(
            of("Battery", "4,200 mAh", "4,800 mAh", "5,000 mAh", "6,000 mAh"),
            of("Water resistance", "IP54", "IP67", "IP68"),
            of("SIM", "Dual SIM", "Nano SIM + eSIM"))
        .prices("249", "1299")
        .variants(
            VariantAxis.tiers(
                "Storage",
                1,
                3,
                VariantAxis.tier("128 GB", "128", 0),
                VariantAxis.tier("256 GB", "256", 100),
                VariantAxis.tier("512 GB", "512", 250)))
        .leads(
            "is an unlocked 5G phone with a camera you will actually use.",
            "packs a bright OLED screen and an all-day battery.",
            "is a phone built to last, with four years of system updates.")
        .features(
            "Night mode keeps photos clean and bright after sunset.",
            "The 120 Hz display makes scrolling silky smooth.",
            "It charges wirelessly and shares power with earbuds.",
            "A stereo speaker pair fills a room for video calls.",
            "The frame is recycled aluminium and the back is tough glass.",
            "Optical zoom gets close without losing detail.");
  }

  private static Aisle tablets() {
    return Aisle.named("Tablets", "tablets")
        .about("Tablets for reading, drawing, streaming and schoolwork.")
        .models("A1", "A3", "S", "Go", "Max", "Air")
        .specs(
            Spec.of("8-inch Tablet", "Screen: 8.4 in", "Stylus support: No")
                .costs("129", "299")
                .says(
                    "is light enough to hold in one hand for a whole chapter.",
                    "A reading mode shifts the screen to warm, paper-like tones."),
            Spec.of("11-inch Tablet", "Screen: 11 in", "Stylus support: Yes")
                .costs("299", "699")
                .says(
                    "turns into a laptop with a snap-on keyboard.",
                    "The pen attaches magnetically and charges while it rests."),
            Spec.of("12.4-inch Pro Tablet", "Screen: 12.4 in", "Stylus support: Yes")
                .costs("699", "999")
                .says(
                    "is a big-screen tablet for drawing, editing and note-taking.",
                    "The pen attaches magnetically and charges while it rests.",
                    "Split-screen multitasking runs two apps side by side."),
            Spec.of("Kids Tablet", "Screen: 10.1 in", "Stylus support: No")
                .costs("129", "249")
                .says(
                    "is a sturdy tablet made for small hands, with parental controls built in.",
                    "A bumper case shrugs off drops from the kitchen table."))
        .choices(
            of("Battery", "Up to 10 h", "Up to 12 h", "Up to 14 h"),
            of("Weight", "320 g", "480 g", "590 g"))
        .prices("129", "999")
        .variants(
            VariantAxis.tiers(
                "Storage",
                1,
                2,
                VariantAxis.tier("64 GB", "64", 0),
                VariantAxis.tier("256 GB", "256", 120)))
        .leads(
            "is a tablet for reading, drawing and streaming on the sofa.",
            "is a bright, responsive tablet for the whole household.")
        .features(
            "Quad speakers tune themselves to how you hold it.",
            "A reading mode shifts the screen to warm, paper-like tones.",
            "Split-screen multitasking runs two apps side by side.",
            "The front camera keeps you centred on video calls.");
  }

  private static Aisle chargers() {
    return Aisle.named("Chargers & Cables", "chargers-cables")
        .about("USB-C chargers, power banks and braided cables.")
        .models("C1", "C2", "G3", "G5", "Mini", "Max", "Duo")
        .specs(
            Spec.of("USB-C Wall Charger", "Output: 30 W", "Ports: 1")
                .costs("12.99", "24.99")
                .says(
                    "is a small charger that tops up a phone in half an hour.",
                    "Folding prongs keep it pocket-friendly.",
                    "Protection circuits guard against heat and over-voltage."),
            Spec.of("Dual-Port GaN Charger", "Output: 65 W", "Ports: 2")
                .costs("19.99", "29.99")
                .says(
                    "charges a laptop and a phone at once from one outlet.",
                    "Smart power sharing sends each device exactly what it needs."),
            Spec.of("Braided USB-C Cable", "Length: 2 m", "Rating: 100 W")
                .costs("9.99", "19.99")
                .says(
                    "is the last cable you will need to buy for a while.",
                    "Braided nylon survives more than 20,000 bends.",
                    "It carries data as well as power."),
            Spec.of("10,000 mAh Power Bank", "Capacity: 10,000 mAh", "Ports: 2")
                .costs("19.99", "29.99")
                .says(
                    "keeps a phone going through the longest travel days.",
                    "It recharges itself from the same USB-C cable.",
                    "A small display shows the charge left, to the percent."))
        .choices(of("Colour", "Black", "White", "Slate"), of("Warranty", "2 years", "3 years"))
        .prices("9.99", "29.99")
        .leads("keeps phones, tablets and laptops topped up.")
        .features(
            "It works with phones, tablets and laptops from any maker.",
            "Every unit is tested before it leaves the factory.");
  }

  private static Aisle cases() {
    return Aisle.named("Cases & Protection", "cases")
        .about("Cases, sleeves and screen protectors.")
        .models("S", "M", "L", "Air", "Max", "One")
        .specs(
            Spec.of("Slim Phone Case", "Material: Polycarbonate", "Drop rating: 2 m")
                .says(
                    "protects without adding bulk.",
                    "Raised edges keep the screen and camera off the table.",
                    "It works with wireless chargers without coming off."),
            Spec.of("Leather Folio Case", "Material: Leather", "Drop rating: 1.2 m")
                .costs("29.99", "59.99")
                .says(
                    "wraps a phone in leather that ages beautifully.",
                    "The cover folds into a stand for videos.",
                    "Card slots hold two cards and a note."),
            Spec.of("Rugged Phone Case", "Material: TPU and polycarbonate", "Drop rating: 4 m")
                .says(
                    "keeps scratches and drops away from your phone.",
                    "Corner air pockets soak up the shock of a fall.",
                    "Raised edges keep the screen and camera off the table."),
            Spec.of(
                    "Tablet Sleeve",
                    "Material: Recycled felt",
                    "Drop rating: None",
                    "Compatibility: 11-inch tablets")
                .costs("19.99", "39.99")
                .says(
                    "keeps a tablet safe in a bag full of keys and chargers.",
                    "A front pocket holds a pen and a charger."))
        .choices(of("Compatibility", "6.1-inch phones", "6.7-inch phones"))
        .prices("12.99", "59.99")
        .variants(
            VariantAxis.colours(
                2, 4, "Black=BLK", "Clear=CLR", "Forest=FOR", "Sand=SND", "Navy=NVY"))
        .leads(
            "is a case that protects without adding bulk.",
            "keeps scratches and drops away from your device.",
            "adds grip and style to the phone you carry every day.")
        .features(
            "A soft microfibre lining keeps the finish scratch-free.",
            "It is made from at least half recycled material.",
            "A lifetime guarantee covers any defect.");
  }
}
