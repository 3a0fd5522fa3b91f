package org.tongban.catalogue.internal;

import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.platform.api.security.Jurisdictions;

/** Resolves references first within the file being imported, then in what is stored. */
final class DocumentLookup extends DatabaseLookup {
    private final Map<String, Department> departments;
    private final Map<String, Matter> matters;
    private final Map<String, byte[]> attachments;

    DocumentLookup(
            Connection connection,
            Jurisdictions jurisdictions,
            Map<String, Department> departments,
            Map<String, Matter> matters,
            Map<String, byte[]> attachments) {
        super(connection, jurisdictions);
        this.departments = departments;
        this.matters = matters;
        this.attachments = attachments;
    }

    @Override
    public Optional<Department> department(String code) {
        Department inFile = departments.get(code);
        return inFile != null ? Optional.of(inFile) : super.department(code);
    }

    @Override
    public Optional<Set<String>> materialNames(String matterCode) {
        Matter matter = matters.get(matterCode);
        if (matter != null) {
            return Optional.of(matter.materials().stream().map(Material::name).collect(Collectors.toSet()));
        }
        return super.materialNames(matterCode);
    }

    @Override
    public String attachmentProblem(Attachment attachment) {
        byte[] content = attachment.id() == null ? null : attachments.get(attachment.id());
        if (content == null || content.length == 0) {
            return "缺少附件内容";
        }
        if (content.length > CatalogueLimits.MAX_ATTACHMENT_BYTES) {
            return "附件「" + attachment.fileName() + "」超过5MB（" + content.length / 1024 + " KB）";
        }
        if (Attachments.sniff(content, attachment.fileName()) == null) {
            return "附件「" + attachment.fileName() + "」的类型不受支持，只接受 PDF、DOC、DOCX、XLS、XLSX、JPG、PNG";
        }
        return null;
    }
}
