package org.rano.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rano.RanoLm;

/**
 * The tests run on the module path (rano-core has a module-info): the library is the named module
 * {@code org.rano.core}, exports exactly its API packages and keeps this package internal.
 */
class ModuleLayoutTest {

  @Test
  void core_isNamedModule() {
    Module module = RanoLm.class.getModule();
    assertThat(module.isNamed()).isTrue();
    assertThat(module.getName()).isEqualTo("org.rano.core");
  }

  @Test
  void core_exportsOnlyApiPackages() {
    ModuleDescriptor descriptor = RanoLm.class.getModule().getDescriptor();
    Set<String> exported =
        descriptor.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertThat(exported)
        .containsExactlyInAnyOrder(
            "org.rano", "org.rano.neuro", "org.rano.csf", "org.rano.imaging", "org.rano.diagnosis");
    assertThat(RanoLm.class.getModule().isExported("org.rano.internal")).isFalse();
  }

  @Test
  void core_requiresOnlyGuavaAtRunTime() {
    ModuleDescriptor descriptor = RanoLm.class.getModule().getDescriptor();
    Set<String> runtime =
        descriptor.requires().stream()
            .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());
    assertThat(runtime).containsExactlyInAnyOrder("java.base", "com.google.common");
  }
}
