package org.meridianshop.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One entry of a listing's pagination: a numbered link, the current page, or a gap ({@code number}
 * 0) standing for pages left out between the first, the last and those near the current.
 */
public record PageLink(int number, String url, boolean current) {

  static final int NEIGHBOURS = 2;

  public boolean isGap() {
    return number == 0;
  }

  static List<PageLink> around(int current, int pageCount, IntFunction<String> url) {
    var links = new ArrayList<PageLink>();
    for (var page = 1; page <= pageCount; page++) {
      var shown = page == 1 || page == pageCount || Math.abs(page - current) <= NEIGHBOURS;
      if (shown) {
        links.add(new PageLink(page, url.apply(page), page == current));
      } else if (!links.isEmpty() && !links.get(links.size() - 1).isGap()) {
        links.add(new PageLink(0, null, false));
      }
    }
    return links;
  }
}
