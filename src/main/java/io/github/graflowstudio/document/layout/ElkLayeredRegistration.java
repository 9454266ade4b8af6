package io.github.graflowstudio.document.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Makes ELK's layered algorithm known to ELK's meta data service, once per JVM, without OSGi.
 * The registration runs in the static initialiser of a holder class, which the JVM runs exactly
 * once and publishes safely to all threads. Thread-safe.
 */
final class ElkLayeredRegistration {
    private ElkLayeredRegistration() {
    }

    /** Registers the layered algorithm if that has not happened yet; cheap after the first call. */
    static void ensureRegistered() {
        Holder.touch();
    }

    private static final class Holder {
        static {
            LayoutMetaDataService service = LayoutMetaDataService.getInstance();
            // ELK may already have found the provider through java.util.ServiceLoader; registering
            // it a second time is harmless but wasteful.
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
        }

        private Holder() {
        }

        static void touch() {
            // Loading the class runs the static initialiser above.
        }
    }
}
