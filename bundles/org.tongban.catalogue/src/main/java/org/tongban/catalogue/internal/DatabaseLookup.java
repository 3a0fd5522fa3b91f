package org.tongban.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Material;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/** Answers the rules' questions from what is stored; attachments must have been stored before they are used. */
class DatabaseLookup implements CatalogueLookup {
    private final Connection connection;
    private final Jurisdictions jurisdictions;

    DatabaseLookup(Connection connection, Jurisdictions jurisdictions) {
        this.connection = connection;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public boolean jurisdictionExists(String code) {
        return jurisdictions.find(code).isPresent();
    }

    @Override
    public Optional<Jurisdiction.Level> jurisdictionLevel(String code) {
        return jurisdictions.find(code).map(Jurisdiction::level);
    }

    @Override
    public Optional<Department> department(String code) {
        try {
            return ReferenceStore.department(connection, code);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<Set<String>> materialNames(String matterCode) {
        try {
            Optional<GuideStore.MatterRow> row = GuideStore.matter(connection, matterCode, false);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            return GuideStore.version(connection, matterCode, row.get().latestVersion())
                    .map(v -> GuideStore.content(v.content()).materials().stream()
                            .map(Material::name)
                            .collect(Collectors.toSet()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String attachmentProblem(Attachment attachment) {
        try {
            Optional<Attachment> stored =
                    attachment.id() == null ? Optional.empty() : GuideStore.attachment(connection, attachment.id());
            if (stored.isEmpty()) {
                return "附件不存在，请重新上传";
            }
            if (!stored.get().contentType().equals(attachment.contentType())
                    || stored.get().size() != attachment.size()) {
                return "附件信息与已上传的文件不符，请重新上传";
            }
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
