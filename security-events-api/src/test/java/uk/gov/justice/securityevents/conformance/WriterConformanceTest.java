package uk.gov.justice.securityevents.conformance;

import java.util.ArrayList;
import java.util.List;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;

/** The canonical writer itself runs the shared conformance suite. */
class WriterConformanceTest extends AbstractOcsfConformanceTest {
    @Override
    protected List<String> outputFor(List<EmittedEvent> events) {
        SecurityEventWriter writer = SecurityEventWriter.create(expectedContext());
        List<String> lines = new ArrayList<>();
        for (EmittedEvent e : events) {
            lines.add(writer.toJson(e));
        }
        return lines;
    }
}
