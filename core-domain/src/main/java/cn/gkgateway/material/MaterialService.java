package cn.gkgateway.material;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.declaration.Declaration;
import cn.gkgateway.declaration.Declarations;
import cn.gkgateway.declaration.MaterialRequirement;
import cn.gkgateway.declaration.SeniorExtrasCheck;
import cn.gkgateway.evidence.MaterialIntake;
import cn.gkgateway.evidence.MaterialNames;
import cn.gkgateway.evidence.StoredMaterial;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Materials of declarations: uploading into a slot, listing by slot, deleting before submission, reading a
 * copy, and the completeness check that submission calls. The heavy work (checks, photo pipeline, storage)
 * runs outside any database transaction; the row is written afterwards, and if that fails the stored copies
 * are discarded again.
 */
@Service
public class MaterialService implements MaterialRequirement {

    /** Which copy of a file: the full-resolution one, the display copy (≤ 1600 px) or the thumbnail (≤ 320 px). */
    public enum Copy { ORIGINAL, DISPLAY, THUMBNAIL }

    /** An opened copy: its media type, a file name for Content-Disposition, and the bytes. */
    public record OpenedCopy(String mediaType, String fileName, byte[] content) {
    }

    private static final String THESIS = "THESIS";

    private final Materials materials;
    private final Declarations declarations;
    private final SlotSettings slotSettings;
    private final MaterialAccess access;
    private final MaterialIntake intake;
    private final MaterialSettings settings;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final SeniorExtrasCheck seniorExtras;

    public MaterialService(Materials materials, Declarations declarations, SlotSettings slotSettings, MaterialAccess access,
                           MaterialIntake intake, MaterialSettings settings, AuditLog auditLog, Clock clock,
                           PlatformTransactionManager transactions, SeniorExtrasCheck seniorExtras) {
        this.materials = materials;
        this.declarations = declarations;
        this.slotSettings = slotSettings;
        this.access = access;
        this.intake = intake;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.seniorExtras = seniorExtras;
    }

    /** PC upload by the unit's operator or the applicant: one file into one slot of a declaration not yet submitted. */
    public MaterialView upload(Caller caller, long declarationId, String slotCode, InputStream body, String fileName) {
        MaterialSlot slot = reading.execute(status -> slotOf(access.changeable(caller, declarationId), slotCode));
        return store(declarationId, slot, body, fileName, Material.Via.PC, caller.accountId(),
                declaration -> access.changeable(caller, declarationId),
                saved -> auditLog.record(caller, "MATERIAL_UPLOADED", "declaration", declarationId, describe(slot, saved)));
    }

    /**
     * Stores a file into a slot and writes its row; {@code recheck} re-reads the declaration in the writing
     * transaction (it may have been submitted meanwhile) and {@code audit} records who did it.
     */
    MaterialView store(long declarationId, MaterialSlot slot, InputStream body, String fileName, Material.Via via, Long uploadedBy,
                       java.util.function.LongFunction<Declaration> recheck, java.util.function.Consumer<Material> audit) {
        requireRoom(declarationId, slot);
        if (slot.getCode().equals(THESIS)) {
            // 高级技师: the thesis file must be named by the declared title (THESIS_TITLE_MISMATCH), checked before storing
            seniorExtras.requireThesisName(declarationId, MaterialNames.displayName(fileName, slot.getKind()));
        }
        StoredMaterial stored = intake.accept(body, fileName, slot.getKind());
        try {
            return writing.execute(status -> {
                Declaration declaration = recheck.apply(declarationId);
                access.requireAccepting(declaration);
                requireRoom(declarationId, slot);
                Material saved = materials.save(new Material(declarationId, slot.getCode(), stored, via, uploadedBy, clock.instant()));
                audit.accept(saved);
                return MaterialView.of(saved);
            });
        } catch (RuntimeException e) {
            intake.discard(stored);
            throw e;
        }
    }

    /** The declaration's slots with their files, for anyone who may see the declaration. */
    public DeclarationMaterials list(Caller caller, long declarationId) {
        return reading.execute(status -> {
            Declaration declaration = access.visible(caller, declarationId);
            return materialsOf(declaration, access.mayChange(caller, declaration));
        });
    }

    DeclarationMaterials materialsOf(Declaration declaration, boolean changeable) {
        List<MaterialSlot> slots = slotSettings.forDeclaration(declaration);
        Map<String, List<MaterialView>> bySlot = materials.findByDeclarationIdOrderByIdAsc(declaration.getId()).stream()
                .map(MaterialView::of).collect(Collectors.groupingBy(MaterialView::slotCode, LinkedHashMap::new, Collectors.toList()));
        List<DeclarationMaterials.Slot> views = new ArrayList<>();
        for (MaterialSlot slot : slots) {
            views.add(new DeclarationMaterials.Slot(slot.getCode(), slot.getName(), slot.getKind(), slot.getKind().acceptedText(),
                    slot.getKind().extensions(), slot.isRequired(), slot.getHint(), bySlot.getOrDefault(slot.getCode(), List.of())));
        }
        // files of a slot the exam office has since removed stay visible
        Set<String> known = slots.stream().map(MaterialSlot::getCode).collect(Collectors.toSet());
        bySlot.forEach((code, files) -> {
            if (!known.contains(code)) {
                views.add(new DeclarationMaterials.Slot(code, "其它材料（" + code + "）", files.get(0).image()
                        ? cn.gkgateway.evidence.MaterialKind.PHOTO : cn.gkgateway.evidence.MaterialKind.DOCUMENT,
                        "", List.of(), false, "该栏目已被调整", files));
            }
        });
        return new DeclarationMaterials(declaration.getId(), changeable, views, missing(slots, bySlot.keySet()));
    }

    /** Deletes a file while its declaration is not submitted; its stored copies go with it. */
    public void delete(Caller caller, String materialId) {
        Material removed = writing.execute(status -> {
            Material material = materials.findByPublicId(materialId).orElseThrow(MaterialService::materialNotFound);
            access.visible(caller, material.getDeclarationId());
            access.changeable(caller, material.getDeclarationId());
            materials.delete(material);
            auditLog.record(caller, "MATERIAL_DELETED", "declaration", material.getDeclarationId(),
                    material.getSlotCode() + "：" + material.getDisplayName());
            return material;
        });
        intake.discard(removed.stored());
    }

    /** A copy of a file, for anyone who may see its declaration; thumbnails and display copies exist for images only. */
    public OpenedCopy open(Caller caller, String materialId, Copy copy) {
        Material material = reading.execute(status -> {
            Material found = materials.findByPublicId(materialId).orElseThrow(MaterialService::materialNotFound);
            try {
                access.visible(caller, found.getDeclarationId());
            } catch (DomainException e) {
                throw materialNotFound();
            }
            return found;
        });
        String key = switch (copy) {
            case ORIGINAL -> material.getOriginalKey();
            case DISPLAY -> material.getDisplayKey();
            case THUMBNAIL -> material.getThumbnailKey();
        };
        if (key == null) {
            throw materialNotFound();
        }
        byte[] content = intake.read(key).orElseThrow(MaterialService::materialNotFound);
        String mediaType = copy == Copy.ORIGINAL ? material.getMediaType() : "image/jpeg";
        return new OpenedCopy(mediaType, fileName(material, copy), content);
    }

    @Override
    public void requireComplete(Declaration declaration) {
        List<MaterialSlot> required = slotSettings.forDeclaration(declaration).stream().filter(MaterialSlot::isRequired).toList();
        if (required.isEmpty()) {
            return; // nothing to look up: submission stays cheap when a plan requires nothing of this level and mode
        }
        Set<String> filled = declaration.getId() == null ? Set.of()
                : materials.findByDeclarationIdOrderByIdAsc(declaration.getId()).stream().map(Material::getSlotCode).collect(Collectors.toSet());
        List<MaterialSlot> empty = required.stream().filter(slot -> !filled.contains(slot.getCode())).toList();
        if (!empty.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_REJECTED, "MATERIALS_MISSING",
                    "以下必传材料尚未上传：" + empty.stream().map(MaterialSlot::getName).collect(Collectors.joining("、")),
                    empty.stream().map(slot -> new FieldProblem("material:" + slot.getCode(), "请上传" + slot.getName(), "MATERIALS_MISSING")).toList());
        }
    }

    MaterialSlot slotOf(Declaration declaration, String slotCode) {
        return slotSettings.forDeclaration(declaration).stream().filter(slot -> slot.getCode().equals(slotCode)).findFirst()
                .orElseThrow(() -> DomainException.notFound("MATERIAL_SLOT_NOT_FOUND", "该申报没有此材料栏目"));
    }

    Optional<Declaration> declaration(long declarationId) {
        return declarations.findById(declarationId);
    }

    private void requireRoom(long declarationId, MaterialSlot slot) {
        if (materials.countByDeclarationIdAndSlotCode(declarationId, slot.getCode()) >= settings.maxFilesPerSlot()) {
            throw DomainException.conflict("MATERIAL_SLOT_FULL",
                    slot.getName() + "最多上传" + settings.maxFilesPerSlot() + "个文件，请先删除不需要的文件");
        }
    }

    private static List<String> missing(List<MaterialSlot> slots, Set<String> filled) {
        return slots.stream().filter(slot -> slot.isRequired() && !filled.contains(slot.getCode())).map(MaterialSlot::getName).toList();
    }

    private static String fileName(Material material, Copy copy) {
        String name = material.getDisplayName();
        if (copy == Copy.ORIGINAL) {
            return material.isImage() ? withExtension(name, "jpg") : name;
        }
        return withExtension(name, copy == Copy.DISPLAY ? "display.jpg" : "thumbnail.jpg");
    }

    private static String withExtension(String name, String extension) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "." + extension;
    }

    static String describe(MaterialSlot slot, Material saved) {
        return slot.getName() + "：" + saved.getDisplayName() + "（" + saved.getVia() + "）";
    }

    static DomainException materialNotFound() {
        return DomainException.notFound("MATERIAL_NOT_FOUND", "未找到该材料，或其不在您的查看范围内");
    }
}
