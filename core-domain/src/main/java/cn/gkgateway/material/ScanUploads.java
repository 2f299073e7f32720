package cn.gkgateway.material;

import cn.gkgateway.audit.Actor;
import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.declaration.Declaration;
import cn.gkgateway.declaration.Declarations;
import cn.gkgateway.evidence.MaterialKind;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.roster.Workers;
import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * 手机扫码上传. The PC page asks for a link bound to one declaration and one slot; its token is random
 * (256 bits), kept only as a SHA-256 hash, and lives {@link MaterialSettings#scanTokenTtl()}. The first phone
 * that opens the link claims it and receives an upload session (also random, also kept hashed); the link then
 * answers UPLOAD_TOKEN_USED to anyone else. The session uploads only into its slot, only until the token
 * expires or is revoked, and only while the declaration is not submitted. A changed token matches no hash.
 */
@Service
public class ScanUploads {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UploadTokens tokens;
    private final Declarations declarations;
    private final Workers workers;
    private final MaterialAccess access;
    private final MaterialService materials;
    private final MaterialSettings settings;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate writing;

    public ScanUploads(UploadTokens tokens, Declarations declarations, Workers workers, MaterialAccess access, MaterialService materials,
                       MaterialSettings settings, AuditLog auditLog, Clock clock, PlatformTransactionManager transactions) {
        this.tokens = tokens;
        this.declarations = declarations;
        this.workers = workers;
        this.access = access;
        this.materials = materials;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** A new link's token (shown once, in the QR code), its id for revoking, and when it expires. */
    public record IssuedToken(long tokenId, String token, long declarationId, String slotCode, String slotName, Instant expiresAt) {
    }

    /** What the phone shows: whose declaration and which slot, what it takes; and the session to upload with. */
    public record ScanTarget(String session, long declarationId, String slotCode, String slotName, MaterialKind kind, String accepted,
                             List<String> extensions, String workerName, String workerIdNumber, String levelName, Instant expiresAt,
                             List<MaterialView> uploaded) {
    }

    public IssuedToken issue(Caller caller, long declarationId, String slotCode) {
        return writing.execute(status -> {
            Declaration declaration = access.changeable(caller, declarationId);
            MaterialSlot slot = materials.slotOf(declaration, slotCode);
            String token = random();
            Instant now = clock.instant();
            UploadToken saved = tokens.save(new UploadToken(hash(token), declarationId, slot.getCode(), caller.accountId(), now,
                    now.plus(settings.scanTokenTtl())));
            auditLog.record(caller, "MATERIAL_SCAN_LINK_ISSUED", "declaration", declarationId, slot.getName());
            return new IssuedToken(saved.getId(), token, declarationId, slot.getCode(), slot.getName(), saved.getExpiresAt());
        });
    }

    /** Revokes a link from the PC page; its session, if a phone holds one, stops working at once. */
    public void revoke(Caller caller, long tokenId) {
        writing.executeWithoutResult(status -> {
            UploadToken token = tokens.findById(tokenId).orElseThrow(ScanUploads::invalid);
            try {
                access.visible(caller, token.getDeclarationId());
            } catch (DomainException e) {
                throw invalid();
            }
            if (!token.getIssuedBy().equals(caller.accountId())) {
                access.changeable(caller, token.getDeclarationId());
            }
            token.revoke(clock.instant());
            auditLog.record(caller, "MATERIAL_SCAN_LINK_REVOKED", "declaration", token.getDeclarationId(), token.getSlotCode());
        });
    }

    /** The phone opens the link: the token is claimed for this phone's session and cannot be opened again. */
    public ScanTarget claim(String token) {
        return writing.execute(status -> {
            UploadToken found = tokens.findByTokenHash(hash(token)).orElseThrow(ScanUploads::invalid);
            requireLive(found);
            if (found.getClaimedAt() != null) {
                throw used();
            }
            String session = random();
            if (tokens.claim(found.getId(), hash(session), clock.instant()) != 1) {
                throw used();
            }
            return target(found, session);
        });
    }

    /** The phone's page again (e.g. after a reload), by its session. */
    public ScanTarget target(String session) {
        return writing.execute(status -> {
            UploadToken found = bySession(session);
            requireLive(found);
            return target(found, null);
        });
    }

    /** One file from the phone into the session's slot. */
    public MaterialView upload(String session, long declarationId, String slotCode, InputStream body, String fileName) {
        UploadToken token = writing.execute(status -> {
            UploadToken found = bySession(session);
            if (found.getDeclarationId() != declarationId || !found.getSlotCode().equals(slotCode)) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, "UPLOAD_TOKEN_SLOT_MISMATCH",
                        "此二维码只能上传到生成它的材料栏目，请在电脑上为该栏目重新生成二维码");
            }
            requireLive(found);
            return found;
        });
        MaterialSlot slot = writing.execute(status -> materials.slotOf(declarations.findById(declarationId)
                .orElseThrow(ScanUploads::invalid), slotCode));
        Actor phone = new ScanActor(token.getIssuedBy());
        return materials.store(declarationId, slot, body, fileName, Material.Via.SCAN, token.getIssuedBy(),
                id -> {
                    requireLive(bySession(session));
                    return declarations.findById(id).orElseThrow(ScanUploads::invalid);
                },
                saved -> auditLog.record(phone, "MATERIAL_UPLOADED", "declaration", declarationId, MaterialService.describe(slot, saved)));
    }

    private ScanTarget target(UploadToken token, String session) {
        Declaration declaration = declarations.findById(token.getDeclarationId()).orElseThrow(ScanUploads::invalid);
        access.requireAccepting(declaration);
        MaterialSlot slot = materials.slotOf(declaration, token.getSlotCode());
        Worker worker = workers.findById(declaration.getWorkerId()).orElseThrow(ScanUploads::invalid);
        List<MaterialView> uploaded = materials.materialsOf(declaration, false).slots().stream()
                .filter(each -> each.code().equals(slot.getCode())).flatMap(each -> each.materials().stream()).toList();
        return new ScanTarget(session, declaration.getId(), slot.getCode(), slot.getName(), slot.getKind(), slot.getKind().acceptedText(),
                slot.getKind().extensions(), worker.getName(), worker.getIdNumberMasked(), declaration.getTargetLevel().displayName(),
                token.getExpiresAt(), uploaded);
    }

    private UploadToken bySession(String session) {
        if (session == null || session.isBlank()) {
            throw invalid();
        }
        return tokens.findBySessionHash(hash(session)).orElseThrow(ScanUploads::invalid);
    }

    private void requireLive(UploadToken token) {
        if (token.getRevokedAt() != null) {
            throw DomainException.conflict("UPLOAD_TOKEN_REVOKED", "该二维码已在电脑上作废，请重新扫描新的二维码");
        }
        if (!clock.instant().isBefore(token.getExpiresAt())) {
            throw DomainException.conflict("UPLOAD_TOKEN_EXPIRED", "该二维码已过期，请在电脑上重新生成后再扫描");
        }
        Declaration declaration = declarations.findById(token.getDeclarationId()).orElseThrow(ScanUploads::invalid);
        access.requireAccepting(declaration);
    }

    private static DomainException used() {
        return DomainException.conflict("UPLOAD_TOKEN_USED", "该二维码已被使用，请在电脑上重新生成后再扫描");
    }

    private static DomainException invalid() {
        return DomainException.notFound("UPLOAD_TOKEN_INVALID", "二维码无效，请在电脑上重新生成后再扫描");
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The audit log's actor for a phone upload: the account that issued the link, acting through it. */
    private record ScanActor(long accountId) implements Actor {

        @Override
        public String username() {
            return "扫码上传";
        }

        @Override
        public String roleName() {
            return "SCAN_UPLOAD";
        }
    }
}
