package org.meridianshop.platform.demo;

import static org.meridianshop.platform.demo.AttributeChoice.of;

import java.util.List;

/** Audio: headphones, earbuds, speakers and turntables. */
final class AudioDepartment {

  private AudioDepartment() {}

  static Department department() {
    return new Department(
        "Audio",
        "audio",
        "Headphones, speakers and record players for every kind of listener.",
        Pictogram.HEADPHONES,
        List.of(headphones(), earbuds(), speakers(), turntables()));
  }

  private static Aisle headphones() {
    return Aisle.named("Headphones", "headphones")
        .about("Over-ear and on-ear headphones, wired and wireless.")
        .models("100", "200", "300", "500", "700", "900")
        .specs(
            Spec.of(
                    "Wireless Headphones",
                    "Type: Over-ear",
                    "Connection: Bluetooth 5.3",
                    "Battery: Up to 60 h")
                .says(
                    "is a pair of wireless headphones tuned for detail and comfort.",
                    "Multipoint pairing connects a phone and a laptop at once.",
                    "Ten minutes of charging gives five hours of playback."),
            Spec.of(
                    "Noise-Cancelling Headphones",
                    "Type: Over-ear",
                    "Noise cancelling: Active",
                    "Battery: Up to 40 h")
                .costs("149", "449")
                .says(
                    "shuts out the commute and lets the music through.",
                    "Adaptive noise cancelling adjusts to trains, planes and offices.",
                    "A transparency mode lets you hear announcements without taking them off."),
            Spec.of("Studio Monitor Headphones", "Type: Over-ear", "Connection: 3.5 mm cable")
                .costs("79", "299")
                .says(
                    "is a pair of wired headphones for mixing, mastering and honest listening.",
                    "A detachable coiled cable reaches across any desk.",
                    "Neutral tuning reveals what a mix would rather hide."),
            Spec.of(
                    "On-Ear Headphones",
                    "Type: On-ear",
                    "Connection: Bluetooth 5.3",
                    "Battery: Up to 30 h")
                .costs("49", "149")
                .says(
                    "is a light, foldable pair of headphones for everyday listening.",
                    "Ten minutes of charging gives five hours of playback."))
        .choices(of("Weight", "220 g", "250 g", "290 g"), of("Drivers", "40 mm", "45 mm", "50 mm"))
        .prices("49", "449")
        .variants(
            VariantAxis.colours(2, 4, "Black=BLK", "Silver=SLV", "Midnight Blue=MBL", "Sand=SND"))
        .leads(
            "is a pair of headphones tuned for detail and comfort.",
            "shuts out the commute and lets the music through.",
            "delivers deep, controlled bass without muddying voices.")
        .features(
            "Memory-foam cushions stay comfortable for hours.",
            "They fold flat into the included hard case.",
            "Replacement ear pads are easy to fit when the old ones wear.");
  }

  private static Aisle earbuds() {
    return Aisle.named("Earbuds", "earbuds")
        .about("True wireless earbuds for workouts, commutes and calls.")
        .models("E1", "E2", "E3", "E5", "Buds", "Buds Pro")
        .specs(
            Spec.of("True Wireless Earbuds", "Fit: In-ear", "Water resistance: IPX4"),
            Spec.of("Noise-Cancelling Earbuds", "Fit: In-ear", "Water resistance: IPX4"),
            Spec.of("Sport Earbuds", "Fit: Ear hook", "Water resistance: IP57"),
            Spec.of("Open-Ear Earbuds", "Fit: Open-ear", "Water resistance: IP55")
                .says(
                    "rests outside the ear so you still hear traffic and teammates.",
                    "Nothing sits in the ear canal, so they stay comfortable for hours."))
        .choices(
            of("Battery", "6 h + 18 h case", "8 h + 24 h case", "10 h + 30 h case"),
            of("Charging", "USB-C", "USB-C and wireless"))
        .prices("29", "279")
        .variants(VariantAxis.colours(1, 3, "Black=BLK", "White=WHT", "Mint=MNT"))
        .leads(
            "is a pair of earbuds that disappear into your ears.",
            "stays put through runs, rides and rainy commutes.",
            "brings big sound and clear calls in a pocketable case.")
        .features(
            "Six microphones keep your voice clear on windy streets.",
            "Touch controls handle tracks, volume and calls.",
            "Three sizes of silicone tips come in the box.",
            "An app offers a five-band equaliser and ear-tip fit test.",
            "They pause automatically when you take one out.");
  }

  private static Aisle speakers() {
    return Aisle.named("Bluetooth Speakers", "speakers")
        .about("Portable and home speakers with wireless streaming.")
        .models("Mini", "One", "Two", "Go", "Max", "360")
        .specs(
            Spec.of(
                    "Portable Bluetooth Speaker",
                    "Output: 20 W",
                    "Water resistance: IP67",
                    "Battery: Up to 20 h")
                .costs("39", "199")
                .says(
                    "is small enough for a bag and loud enough for a garden.",
                    "It floats, shrugs off sand and survives a drop onto tiles."),
            Spec.of(
                    "Bookshelf Speaker Pair",
                    "Output: 2 × 40 W",
                    "Water resistance: None",
                    "Battery: None, mains powered")
                .costs("199", "599")
                .says(
                    "is a speaker pair that fills a room with warm, balanced sound.",
                    "An optical input connects straight to a TV."),
            Spec.of(
                    "360° Party Speaker",
                    "Output: 100 W",
                    "Water resistance: IPX5",
                    "Battery: Up to 12 h")
                .costs("149", "449")
                .says(
                    "takes a party from the kitchen to the beach.",
                    "Light rings pulse in time with the music."),
            Spec.of(
                    "Smart Home Speaker",
                    "Output: 30 W",
                    "Water resistance: None",
                    "Battery: None, mains powered")
                .costs("79", "299")
                .says(
                    "is a smart speaker that answers questions and plays anything you ask for.",
                    "Room correction tunes the sound to where it is placed."))
        .choices(of("Connection", "Bluetooth 5.3", "Bluetooth, Wi-Fi", "Bluetooth, Wi-Fi, optical"))
        .prices("39", "599")
        .variants(VariantAxis.colours(1, 3, "Charcoal=CHR", "Sand=SND", "Walnut=WAL"))
        .leads("fills a room with warm, balanced sound.")
        .features(
            "Two speakers pair up for true stereo.",
            "A built-in microphone handles hands-free calls.",
            "The woven fabric cover is made from recycled bottles.");
  }

  private static Aisle turntables() {
    return Aisle.named("Turntables", "turntables")
        .about("Belt- and direct-drive record players.")
        .models("T1", "T2", "T3", "T5", "Classic", "Reference")
        .specs(
            Spec.of("Belt-Drive Turntable", "Drive: Belt", "Speeds: 33 and 45 rpm"),
            Spec.of("Bluetooth Turntable", "Drive: Belt", "Speeds: 33 and 45 rpm"),
            Spec.of("Direct-Drive Turntable", "Drive: Direct", "Speeds: 33, 45 and 78 rpm"),
            Spec.of("Turntable with Built-in Preamp", "Drive: Belt", "Speeds: 33 and 45 rpm"))
        .choices(
            of("Plinth", "Walnut veneer", "Oak veneer", "Matte black"),
            of("Cartridge", "Moving magnet", "Moving coil"))
        .prices("149", "899")
        .leads(
            "is a record player that makes vinyl night an occasion.",
            "spins records with steady speed and low rumble.",
            "brings your record collection back to life.")
        .features(
            "A carbon tonearm keeps resonance out of the music.",
            "The heavy platter holds speed within 0.1%.",
            "A switchable preamp lets it plug straight into powered speakers.",
            "The dust cover lifts off for cleaning.",
            "An adjustable counterweight sets tracking force precisely.");
  }
}
