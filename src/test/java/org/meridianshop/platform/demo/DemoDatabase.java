package org.meridianshop.platform.demo;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/** Reads back what the demo migration wrote, for the tests' assertions. */
final class DemoDatabase {

  static final List<String> TABLES =
      List.of(
          "warehouse",
          "category",
          "brand",
          "product",
          "product_variant",
          "stock_level",
          "media",
          "product_image");

  private final DataSource dataSource;

  DemoDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  long count(String sql) throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  long rows(String table) throws SQLException {
    return count("select count(*) from " + table);
  }

  /** Every row of the query as one line of text; byte arrays are shown by their contents. */
  List<String> lines(String sql) throws SQLException {
    var lines = new ArrayList<String>();
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        var line = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
          var value = rows.getObject(c);
          line.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : value).append('|');
        }
        lines.add(line.toString());
      }
    }
    return lines;
  }

  /** The whole demo catalog, table by table in id order. */
  List<String> dump() throws SQLException {
    var dump = new ArrayList<String>();
    for (var table : TABLES) {
      dump.add("-- " + table);
      dump.addAll(lines("select * from " + table + " order by id"));
    }
    return dump;
  }
}
