package nl.resourcegroepen.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Searches the engine's own tables (ACT_*) for a text: care content must never be found there. */
public final class EngineTables {

  private EngineTables() {
  }

  /** Every text column of every engine table (ACT_*) that contains the text, as "table.column". */
  public static List<String> columnsContaining(DataSource dataSource, String text) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<Map<String, Object>> columns = jdbc.queryForList(
        "select table_name, column_name, data_type from information_schema.columns "
            + "where table_schema = 'PUBLIC' and table_name like 'ACT_%'");
    List<String> found = new ArrayList<>();
    for (Map<String, Object> column : columns) {
      String table = (String) column.get("TABLE_NAME");
      String name = (String) column.get("COLUMN_NAME");
      String type = String.valueOf(column.get("DATA_TYPE"));
      String condition = type.contains("CHAR") || type.contains("CLOB")
          ? "\"" + name + "\" like ?"
          : type.contains("BINARY") || type.contains("BLOB") ? "utf8tostring(\"" + name + "\") like ?" : null;
      if (condition == null) {
        continue;
      }
      Integer count = jdbc.queryForObject("select count(*) from \"" + table + "\" where " + condition,
          Integer.class, "%" + text + "%");
      if (count != null && count > 0) {
        found.add(table + "." + name);
      }
    }
    return found;
  }
}
