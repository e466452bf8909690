package nl.resourcegroepen.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reports count a step of every setting's variant under the shared default process. */
class ProcessVariantsTest {

  @Test
  void aVariantBelongsToItsDefaultAndADefaultToItself() {
    assertThat(ProcessVariants.defaultKey("preparation-addictionCare")).isEqualTo("preparation");
    assertThat(ProcessVariants.defaultKey("resourcegroep-youthCare")).isEqualTo("resourcegroep");
    assertThat(ProcessVariants.defaultKey("warmHandover-neighbourhoodTeam")).isEqualTo("warmHandover");
    assertThat(ProcessVariants.defaultKey("annualReview")).isEqualTo("annualReview");
    assertThat(ProcessVariants.defaultKey("annualReview-unknownSetting")).isEqualTo("annualReview-unknownSetting");
  }

  @Test
  void everySettingHasItsVariantKey() {
    assertThat(ProcessVariants.allKeys("followUp")).containsExactly("followUp", "followUp-ggz",
        "followUp-addictionCare", "followUp-youthCare", "followUp-neighbourhoodTeam");
  }
}
