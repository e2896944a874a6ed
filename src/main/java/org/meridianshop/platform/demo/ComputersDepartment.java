package org.meridianshop.platform.demo;

import static org.meridianshop.platform.demo.AttributeChoice.of;

import java.util.List;

/** Computers: laptops, monitors, keyboards and mice. */
final class ComputersDepartment {

  private ComputersDepartment() {}

  static Department department() {
    return new Department(
        "Computers",
        "computers",
        "Laptops, displays and the desk gear that goes with them.",
        Pictogram.LAPTOP,
        List.of(laptops(), monitors(), keyboards(), mice()));
  }

  private static Aisle laptops() {
    return Aisle.named("Laptops", "laptops")
        .about("Thin-and-light notebooks, creator machines and everyday laptops.")
        .models("S3", "S5", "S7", "X1", "X3", "Air", "Pro", "Studio")
        .specs(
            Spec.of("Ultralight Laptop", "Screen: 13.3 in", "Panel: IPS").costs("699", "1499"),
            Spec.of("14-inch OLED Laptop", "Screen: 14 in", "Panel: OLED").costs("899", "1899"),
            Spec.of("16-inch Creator Laptop", "Screen: 16 in", "Panel: Mini-LED")
                .costs("1499", "2499"),
            Spec.of("2-in-1 Convertible Laptop", "Screen: 14 in", "Panel: IPS touch")
                .costs("499", "1199")
                .says(
                    "folds from laptop to tablet for notes, sketches and films.",
                    "The hinge folds all the way back into a tablet or a tent.",
                    "It works with an active pen for handwriting and drawing."))
        .choices(
            of("Processor", "8-core", "10-core", "12-core", "14-core"),
            of("Weight", "1.1 kg", "1.3 kg", "1.5 kg", "1.9 kg"),
            of("Battery", "Up to 12 h", "Up to 16 h", "Up to 20 h"))
        .prices("499", "2499")
        .variants(
            VariantAxis.tiers(
                "Memory / Storage",
                2,
                3,
                VariantAxis.tier("16 GB / 512 GB", "16-512", 0),
                VariantAxis.tier("32 GB / 1 TB", "32-1T", 300),
                VariantAxis.tier("64 GB / 2 TB", "64-2T", 700)))
        .leads(
            "is a laptop made for long days away from a desk.",
            "puts a fast, quiet machine in a slim aluminium shell.",
            "balances power and portability for work, study and play.")
        .features(
            "The backlit keyboard has a comfortable 1.4 mm travel.",
            "A 1080p webcam with a privacy shutter sits above the display.",
            "Two USB-C ports charge the laptop and drive an external display.",
            "The fan stays silent under everyday loads.",
            "A glass trackpad tracks precisely edge to edge.",
            "Fast charging adds three hours of use in fifteen minutes.",
            "A fingerprint reader in the power button signs you in instantly.");
  }

  private static Aisle monitors() {
    return Aisle.named("Monitors", "monitors")
        .about("Office, gaming and colour-accurate displays from 24 to 34 inches.")
        .models("M1", "M3", "M5", "Q7", "U9", "P2", "Pro")
        .specs(
            Spec.of("24-inch Full HD Monitor", "Screen: 24 in", "Resolution: 1920 × 1080")
                .costs("149", "249"),
            Spec.of("27-inch QHD Monitor", "Screen: 27 in", "Resolution: 2560 × 1440")
                .costs("249", "449"),
            Spec.of("27-inch 4K Monitor", "Screen: 27 in", "Resolution: 3840 × 2160")
                .costs("349", "799"),
            Spec.of("34-inch Ultrawide Monitor", "Screen: 34 in", "Resolution: 3440 × 1440")
                .costs("449", "1199"))
        .choices(
            of("Refresh rate", "60 Hz", "75 Hz", "144 Hz", "165 Hz"),
            of("Panel", "IPS", "VA"),
            of("Inputs", "HDMI, DisplayPort", "HDMI, USB-C", "HDMI, DisplayPort, USB-C"))
        .prices("149", "1199")
        .leads(
            "is a sharp, evenly lit display for work and play.",
            "brings more room to spread out spreadsheets, timelines and games.",
            "is calibrated at the factory for accurate colour out of the box.")
        .features(
            "The stand tilts, swivels and adjusts in height.",
            "A single USB-C cable carries video, data and 65 W of power.",
            "Flicker-free backlighting and a low blue light mode are easy on the eyes.",
            "Thin bezels on three sides make multi-monitor setups seamless.",
            "Adaptive sync keeps fast games smooth and tear-free.",
            "A VESA mount lets it hang on an arm or a wall.");
  }

  private static Aisle keyboards() {
    return Aisle.named("Keyboards", "keyboards")
        .about("Mechanical, low-profile and ergonomic keyboards.")
        .models("K60", "K75", "K87", "K98", "K100", "S1", "S2")
        .specs(
            Spec.of("Mechanical Keyboard", "Switches: Tactile", "Layout: Full size")
                .costs("79", "179")
                .says(
                    "brings crisp, consistent keystrokes to any desk.",
                    "Hot-swappable switches can be changed without soldering."),
            Spec.of("Low-Profile Wireless Keyboard", "Switches: Scissor", "Layout: Full size")
                .costs("39", "99")
                .says(
                    "is a slim, quiet keyboard that slips into a laptop bag.",
                    "Scissor switches are whisper-quiet in shared offices."),
            Spec.of("Compact 75% Keyboard", "Switches: Linear", "Layout: 75%").costs("69", "149"),
            Spec.of("Split Ergonomic Keyboard", "Switches: Tactile", "Layout: Split")
                .costs("129", "229")
                .says(
                    "splits in two so shoulders stay open and wrists straight.",
                    "A tenting kit raises the middle to the angle your wrists prefer."))
        .choices(
            of("Connection", "USB-C", "Bluetooth, USB-C", "2.4 GHz, Bluetooth, USB-C"),
            of("Backlight", "White", "RGB", "None"))
        .prices("39", "229")
        .variants(VariantAxis.colours(1, 2, "Graphite=GRA", "Chalk=CHK", "Sage=SGE"))
        .leads(
            "is a keyboard that makes long writing sessions a pleasure.",
            "is built around a rigid aluminium plate that does not flex.")
        .features(
            "It pairs with three devices and switches between them with one key.",
            "Double-shot keycaps will never wear their legends off.",
            "The battery lasts for months between charges.",
            "Folding feet offer two typing angles.");
  }

  private static Aisle mice() {
    return Aisle.named("Mice", "mice")
        .about("Wireless, ergonomic and gaming mice.")
        .models("M3", "M5", "M7", "M9", "G2", "G4")
        .specs(
            Spec.of("Wireless Mouse", "Sensor: 4,000 DPI", "Buttons: 5"),
            Spec.of("Vertical Ergonomic Mouse", "Sensor: 4,000 DPI", "Buttons: 6"),
            Spec.of("Lightweight Gaming Mouse", "Sensor: 26,000 DPI", "Buttons: 6")
                .costs("49", "149"),
            Spec.of("Travel Mouse", "Sensor: 2,400 DPI", "Buttons: 3").costs("19", "49"))
        .choices(
            of("Weight", "58 g", "74 g", "96 g", "118 g"),
            of("Battery", "Up to 70 days", "Up to 4 months", "Up to 24 months"))
        .prices("19", "149")
        .variants(VariantAxis.colours(1, 3, "Black=BLK", "White=WHT", "Rose=RSE"))
        .leads(
            "is a mouse shaped to rest your hand naturally.",
            "tracks accurately on almost any surface, even glass.",
            "is a light, precise mouse for work and games alike.")
        .features(
            "Silent clicks keep the office and the library quiet.",
            "A free-spinning scroll wheel flies through long documents.",
            "It charges over USB-C and a minute of charge lasts a day.",
            "The receiver stores inside the mouse for travel.",
            "Side buttons can be set up for back, forward or any shortcut.");
  }
}
