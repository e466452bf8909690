package nl.resourcegroepen.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The crisis contacts of the signaleringsplan are kept as text, one person a line, each line starting with
 * the group of bijlage 3 it belongs to ("Resourcegroep: Wieke, 06-…"). The forms write the lines this
 * way; the printed plan sorts them back under the headings of the paper model.
 */
public final class CrisisContacts {

  /** The three groups of crisis contacts in bijlage 3; the code is the form's value. */
  public enum Group {
    RESOURCE_GROUP("resourceGroup", "Resourcegroep"),
    CASE_HOLDER("caseHolder", "Dossierhouder/hoofdbehandelaar"),
    OTHER("other", "Overige");

    private final String code;
    private final String label;

    Group(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String label() {
      return label;
    }

    static Group ofCode(String code) {
      for (Group group : values()) {
        if (group.code.equals(code)) {
          return group;
        }
      }
      return OTHER;
    }
  }

  private CrisisContacts() {
  }

  /** One line of text for a person of a group (form code, or null); null when there are no details. */
  static String line(String groupCode, String details) {
    if (details == null || details.isBlank()) {
      return null;
    }
    return groupCode == null ? details.strip() : Group.ofCode(groupCode).label() + ": " + details.strip();
  }

  /**
   * The lines of the text per group, in their order. A line that does not start with a group's label and
   * a colon (typed through the API, for instance) belongs to "Overige".
   */
  public static Map<Group, List<String>> byGroup(String text) {
    Map<Group, List<String>> groups = new EnumMap<>(Group.class);
    for (Group group : Group.values()) {
      groups.put(group, new ArrayList<>());
    }
    if (text == null) {
      return groups;
    }
    for (String line : text.split("\\R")) {
      String person = line.strip();
      if (person.isEmpty() || isLabel(person)) {
        continue;
      }
      Group found = Group.OTHER;
      for (Group group : Group.values()) {
        if (person.startsWith(group.label() + ":")) {
          found = group;
          person = person.substring(group.label().length() + 1).strip();
          break;
        }
      }
      if (!person.isEmpty()) {
        groups.get(found).add(person);
      }
    }
    return groups;
  }

  /** A bare label is a row the form left empty, not a person. */
  private static boolean isLabel(String line) {
    for (Group group : Group.values()) {
      if (line.equals(group.label()) || line.equals(group.label() + ":")) {
        return true;
      }
    }
    return false;
  }
}
