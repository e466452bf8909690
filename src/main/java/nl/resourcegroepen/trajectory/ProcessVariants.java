package nl.resourcegroepen.trajectory;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import nl.resourcegroepen.engine.ProcessBuildingBlock;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * Chooses the process a setting runs: the setting's own variant {@code <process>-<setting>} (e.g.
 * {@code preparation-addictionCare}, from {@code processes/addictionCare/}) when one is deployed, otherwise
 * the shared default (also once the variant has been removed). A setting therefore overrides only the processes that differ. Used by call
 * activities as {@code calledElement="${variants.process('preparation', setting)}"} and when a
 * trajectory starts.
 */
@Component("variants")
@ProcessBuildingBlock(value = "Kiest het deelproces voor de setting van het traject: de variant <proces>-<setting> als die is uitgerold, anders het standaardproces",
    inputs = {"id van het standaardproces (eerste argument)", "setting (tweede argument: de procesvariabele setting)"},
    outputs = "variants.process('<proces>', setting): het proces-id dat de aanroepactiviteit start")
public class ProcessVariants {

  private final RepositoryService repositoryService;

  public ProcessVariants(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** The key of the process to run for this setting. */
  public String process(String defaultKey, String setting) {
    if (setting != null && !setting.isBlank()) {
      String variant = variantKey(defaultKey, setting);
      // A removed variant is suspended, not deleted: from then on the setting runs the default again.
      if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(variant).active().count() > 0) {
        return variant;
      }
    }
    return defaultKey;
  }

  /** The default key and every setting's variant key: to find a process whatever setting it runs for. */
  public static String[] allKeys(String defaultKey) {
    return Stream.concat(Stream.of(defaultKey),
        Arrays.stream(Setting.values()).map(s -> variantKey(defaultKey, s.code()))).toArray(String[]::new);
  }

  /** The setting a variant's process key names: {@code preparation-addictionCare} gives addictionCare. */
  public static Optional<Setting> settingOf(String key) {
    return Arrays.stream(Setting.values())
        .filter(s -> key.endsWith("-" + s.code()) && key.length() > s.code().length() + 1).findFirst();
  }

  /** The shared default a (variant) process key belongs to: {@code preparation-addictionCare} gives {@code preparation}. */
  public static String defaultKey(String key) {
    return settingOf(key).map(s -> key.substring(0, key.length() - s.code().length() - 1)).orElse(key);
  }

  public static String variantKey(String defaultKey, String setting) {
    return defaultKey + "-" + setting;
  }
}
