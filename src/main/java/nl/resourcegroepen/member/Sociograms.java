package nl.resourcegroepen.member;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.record.CareChanges;
import nl.resourcegroepen.record.CareChanges.Change;
import nl.resourcegroepen.record.CareChanges.ChangeView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's sociogram as last drawn, from its form and the API alike: each drawing replaces the people,
 * after {@link SociogramRules}, and a drawing that differs keeps the whole earlier and new version in the
 * care record's history ({@link CareChanges}, one field {@value #PEOPLE} holding the list), with who, when
 * and the route. Access is checked by the caller.
 */
@Service
class Sociograms {

  static final String SOCIOGRAM = "sociogram";
  static final String PEOPLE = "people";

  /** A version of the sociogram: who drew it when and how, the people as drawn and as they were before. */
  record Version(List<SociogramEntry> people, List<SociogramEntry> previous, String changedBy, Instant changedAt,
      String source) {
  }

  // Its own mapper: the stored versions must not change shape with the web's JSON settings.
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<SociogramEntry>> LIST = new TypeReference<>() {
  };

  private final SociogramRepository people;
  private final CareChanges changes;

  Sociograms(SociogramRepository people, CareChanges changes) {
    this.people = people;
    this.changes = changes;
  }

  @Transactional(readOnly = true)
  public List<SociogramPerson> list(String trajectoryId) {
    return sorted(people.findByTrajectoryId(trajectoryId));
  }

  /**
   * Replaces the sociogram with the people drawn now, or refuses it as a whole.
   *
   * @param list how messages name the list: {@code sociogramPeople} (form) or {@code people} (API)
   * @param source the route: {@code <form id>/<task id>} or {@link CareChanges#API}
   * @return the people as stored
   */
  @Transactional
  public List<SociogramPerson> draw(String trajectoryId, String team, List<SociogramEntry> drawn, String list,
      String by, Instant at, String source) {
    List<SociogramEntry> entries = drawn.stream().map(e -> e == null ? null : e.normalized()).toList();
    SociogramRules.check(entries, list);
    List<SociogramPerson> current = people.findByTrajectoryId(trajectoryId);
    String before = write(current.stream().map(SociogramEntry::of).toList());
    people.deleteAll(current);
    List<SociogramPerson> saved = entries.stream()
        .map(e -> people.save(new SociogramPerson(trajectoryId, team, e.name(), e.relationDescription(),
            e.relationType(), e.closeness(), e.meaning(), e.possibleMember(), at)))
        .toList();
    changes.record(new Change(trajectoryId, team, SOCIOGRAM, trajectoryId, by, at, source), Map.of(PEOPLE, before),
        Map.of(PEOPLE, write(entries)));
    return sorted(saved);
  }

  /** Every version that changed the sociogram, newest first. */
  @Transactional(readOnly = true)
  public List<Version> history(String trajectoryId) {
    return changes.history(trajectoryId, SOCIOGRAM, trajectoryId).stream()
        .filter(c -> PEOPLE.equals(c.field()))
        .map(Sociograms::version)
        .toList();
  }

  private static Version version(ChangeView change) {
    return new Version(read(change.newValue()), read(change.oldValue()), change.changedBy(), change.changedAt(),
        change.source());
  }

  private static List<SociogramPerson> sorted(List<SociogramPerson> found) {
    return found.stream().sorted((a, b) -> SociogramEntry.ORDER.compare(SociogramEntry.of(a), SociogramEntry.of(b)))
        .toList();
  }

  /** The list in {@link SociogramEntry#ORDER}, so the same people in another order are the same version. */
  private static String write(List<SociogramEntry> entries) {
    try {
      return JSON.writeValueAsString(entries.stream().sorted(SociogramEntry.ORDER).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Het sociogram kan niet als versie worden bewaard", e);
    }
  }

  private static List<SociogramEntry> read(String value) {
    if (value == null) {
      return List.of();
    }
    try {
      return JSON.readValue(value, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Een bewaarde versie van het sociogram is onleesbaar", e);
    }
  }
}
