package org.meridianshop.platform.demo;

/**
 * The simple line drawing on the pictures of a department's products, as SVG elements on a 600 by
 * 600 canvas, centred on (300, 250) so the product's name fits below it. Strokes and fills are
 * inherited from the group the picture puts them in.
 */
enum Pictogram {
  LAPTOP(
      """
      <rect x="170" y="140" width="260" height="170" rx="14"/>
      <rect x="192" y="162" width="216" height="126" rx="4" class="glass"/>
      <path d="M130 330 H470 L448 362 H152 Z" class="solid"/>
      """),
  PHONE(
      """
      <rect x="230" y="105" width="140" height="260" rx="24"/>
      <rect x="248" y="140" width="104" height="180" rx="6" class="glass"/>
      <line x1="284" y1="123" x2="316" y2="123"/>
      <circle cx="300" cy="342" r="8" class="solid"/>
      """),
  HEADPHONES(
      """
      <path d="M185 290 V260 A115 115 0 0 1 415 260 V290"/>
      <rect x="150" y="255" width="56" height="110" rx="22" class="solid"/>
      <rect x="394" y="255" width="56" height="110" rx="22" class="solid"/>
      """),
  POT(
      """
      <path d="M245 175 Q230 155 245 135 Q260 115 245 95"/>
      <path d="M300 175 Q285 155 300 135 Q315 115 300 95"/>
      <path d="M355 175 Q340 155 355 135 Q370 115 355 95"/>
      <rect x="283" y="192" width="34" height="18" rx="6" class="solid"/>
      <line x1="170" y1="222" x2="430" y2="222"/>
      <path d="M185 240 H415 V330 Q415 370 375 370 H225 Q185 370 185 330 Z" class="glass"/>
      <line x1="140" y1="262" x2="185" y2="262"/>
      <line x1="415" y1="262" x2="460" y2="262"/>
      """),
  BALL(
      """
      <circle cx="300" cy="250" r="115" class="glass"/>
      <line x1="185" y1="250" x2="415" y2="250"/>
      <line x1="300" y1="135" x2="300" y2="365"/>
      <path d="M220 168 Q280 250 220 332"/>
      <path d="M380 168 Q320 250 380 332"/>
      """);

  private final String elements;

  Pictogram(String elements) {
    this.elements = elements;
  }

  String elements() {
    return elements;
  }
}
