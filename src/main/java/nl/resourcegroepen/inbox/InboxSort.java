package nl.resourcegroepen.inbox;

import java.text.Collator;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/** Sorting the inbox on any of its columns. */
final class InboxSort {

  private static final Map<String, Integer> STATUS_RANK = Map.of("overdue", 0, "dueSoon", 1, "onTime", 2);

  private InboxSort() {
  }

  static Comparator<TaskRow> comparator(String sort, String dir) {
    Collator collator = InboxService.collator();
    Comparator<String> text = Comparator.nullsLast(collator::compare);
    Comparator<TaskRow> byDue = Comparator.comparing(TaskRow::due, Comparator.nullsLast(Comparator.naturalOrder()));
    Comparator<TaskRow> column = switch (sort == null || sort.isBlank() ? "due" : sort) {
      case "name" -> Comparator.comparing(TaskRow::name, text);
      case "client" -> Comparator.comparing(InboxSort::shownClient, text);
      case "pseudonym" -> Comparator.comparing(TaskRow::pseudonym, text);
      case "setting" -> Comparator.comparing(r -> r.setting().name(), text);
      case "phase" -> Comparator.comparing((TaskRow r) -> r.phase().name(), text);
      case "due" -> byDue;
      case "status" -> Comparator.comparing((TaskRow r) -> STATUS_RANK.getOrDefault(r.status().code(), 9));
      case "assignee" -> Comparator.comparing(assigneeName(), text);
      default -> throw InboxException.invalid("Onbekende kolom '" + sort
          + "'; kies uit name, client, pseudonym, setting, phase, due, status, assignee");
    };
    if (dir != null && !dir.isBlank() && !dir.equals("asc") && !dir.equals("desc")) {
      throw InboxException.invalid("Sorteerrichting is asc of desc");
    }
    if ("desc".equals(dir)) {
      column = column.reversed();
    }
    return column.thenComparing(byDue).thenComparing(TaskRow::id);
  }

  /** What the user sees in the client column: the name for members of the team, else the pseudonym. */
  static String shownClient(TaskRow row) {
    return row.clientName() != null ? row.clientName() : row.pseudonym();
  }

  private static Function<TaskRow, String> assigneeName() {
    return r -> r.assignee() == null ? null : r.assignee().name();
  }
}
