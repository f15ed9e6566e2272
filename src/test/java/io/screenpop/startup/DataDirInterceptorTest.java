package io.screenpop.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class DataDirInterceptorTest {

    @Test
    void bareRelativeFoldersBecomeExplicit() {
        assertEquals("./data", DataDirInterceptor.explicit("data"));
        assertEquals("./bench/work/db", DataDirInterceptor.explicit("bench/work/db"));
        assertEquals("./data", DataDirInterceptor.explicit("./data"));
        assertEquals("../data", DataDirInterceptor.explicit("../data"));
        assertEquals("/deployments/data", DataDirInterceptor.explicit("/deployments/data"));
        assertEquals("~/screenpop", DataDirInterceptor.explicit("~/screenpop"));
    }

    @Test
    void theJdbcUrlBuiltFromTheFolderIsOneH2Accepts() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withInterceptors(new DataDirInterceptor())
                .withSources(new PropertiesConfigSource(Map.of(
                        "screenpop.data-dir", "data",
                        "quarkus.datasource.jdbc.url", "jdbc:h2:file:${screenpop.data-dir:./data}/screenpop"), "test", 100))
                .build();
        assertEquals("jdbc:h2:file:./data/screenpop", config.getValue("quarkus.datasource.jdbc.url", String.class));
    }
}
