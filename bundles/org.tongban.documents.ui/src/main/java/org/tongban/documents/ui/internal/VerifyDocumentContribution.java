package org.tongban.documents.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.documents.Documents;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /verify-document} to the citizens' portal: anyone checks a document they were given, without login. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "verify-document",
        view = VerifyDocumentView.class,
        audience = Audience.PORTAL,
        titleKey = "documents.verify.menu",
        icon = "vaadin:diploma-scroll")
public final class VerifyDocumentContribution implements ViewFactory {
    // Shared by every visitor of this node; 5 a second is far above a hall's honest demand.
    private static final double PER_SECOND = 5;

    private final Documents documents;
    private final VerifyPace pace = new VerifyPace(PER_SECOND, System::nanoTime);

    @Activate
    public VerifyDocumentContribution(@Reference Documents documents) {
        this.documents = documents;
    }

    @Override
    public Component createView() {
        return new VerifyDocumentView(documents, pace);
    }
}
