package nl.resourcegroepen.engine;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** The building blocks diagrams may use, by bean name, with their Dutch description; found without starting the application. */
public final class BuildingBlockCatalogue {

  private BuildingBlockCatalogue() {
  }

  /** Bean name to what the block does. */
  public static Map<String, String> scan() {
    Map<String, String> descriptions = new TreeMap<>();
    blocks().forEach((name, block) -> descriptions.put(name, block.value()));
    return descriptions;
  }

  /** Bean name to its whole documentation: what it does, its inputs and its outputs. */
  public static Map<String, ProcessBuildingBlock> blocks() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessBuildingBlock.class));
    Map<String, ProcessBuildingBlock> blocks = new TreeMap<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("nl.resourcegroepen")) {
      Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), BuildingBlockCatalogue.class.getClassLoader());
      Component component = type.getAnnotation(Component.class);
      String name = component != null && !component.value().isBlank() ? component.value()
          : java.beans.Introspector.decapitalize(type.getSimpleName());
      blocks.put(name, type.getAnnotation(ProcessBuildingBlock.class));
    }
    return blocks;
  }
}
