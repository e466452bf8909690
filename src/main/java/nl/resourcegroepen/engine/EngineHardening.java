package nl.resourcegroepen.engine;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Camunda 7.24 gets no more security fixes, so the engine is configured defensively here, beyond the
 * properties in application.yml: expressions in diagrams can only reach beans marked
 * {@link ProcessBuildingBlock}.
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  EngineHardening(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Set<String> allowed = Arrays.stream(context.getBeanNamesForAnnotation(ProcessBuildingBlock.class))
        .collect(Collectors.toUnmodifiableSet());
    if (configuration instanceof SpringProcessEngineConfiguration spring) {
      spring.setBeans(new BuildingBlocks(allowed, context));
    } else {
      configuration.setBeans(new BuildingBlocks(allowed, context));
    }
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setEnableExpressionsInAdhocQueries(false);
    configuration.setEnableExpressionsInStoredQueries(false);
  }

  /** The allowed beans, fetched lazily: they may depend on the engine that is being built. */
  private static final class BuildingBlocks extends AbstractMap<Object, Object> {
    private final Set<String> names;
    private final ApplicationContext context;

    BuildingBlocks(Set<String> names, ApplicationContext context) {
      this.names = names;
      this.context = context;
    }

    @Override
    public boolean containsKey(Object key) {
      return names.contains(key);
    }

    @Override
    public Object get(Object key) {
      return names.contains(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
      return names.stream()
          .map(n -> (Map.Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(n, context.getBean(n)))
          .collect(Collectors.toSet());
    }
  }
}
