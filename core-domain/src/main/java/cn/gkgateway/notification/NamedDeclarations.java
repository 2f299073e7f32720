package cn.gkgateway.notification;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.WorkType;
import cn.gkgateway.declaration.Declaration;
import cn.gkgateway.declaration.Declarations;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.roster.Workers;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The declarations a batch of events names, with their workers: two set-based reads for the whole batch instead of
 * two per event; and what every notice about a declaration says of it (name, year, work type, level).
 */
final class NamedDeclarations {

    private final Map<Long, Declaration> declarations;
    private final Map<Long, Worker> workers;
    private final Catalog catalog;
    private final PersonalDataProtector protector;

    private NamedDeclarations(Map<Long, Declaration> declarations, Map<Long, Worker> workers, Catalog catalog,
                              PersonalDataProtector protector) {
        this.declarations = declarations;
        this.workers = workers;
        this.catalog = catalog;
        this.protector = protector;
    }

    static NamedDeclarations read(Collection<Long> ids, Declarations declarations, Workers workers, Catalog catalog,
                                  PersonalDataProtector protector) {
        Map<Long, Declaration> byId = ids.isEmpty() ? Map.of() : declarations.findAllById(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Declaration::getId, Function.identity()));
        Map<Long, Worker> workerById = byId.isEmpty() ? Map.of() : workers.findAllById(byId.values().stream()
                        .map(Declaration::getWorkerId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Worker::getId, Function.identity()));
        return new NamedDeclarations(byId, workerById, catalog, protector);
    }

    /** The declaration an event names; missing is a fault of the event (the consumer retries, then dead-letters it). */
    Declaration declaration(UUID eventId, long declarationId) {
        Declaration declaration = declarations.get(declarationId);
        if (declaration == null) {
            throw new IllegalStateException("declaration " + declarationId + " of event " + eventId + " is missing");
        }
        return declaration;
    }

    Worker worker(UUID eventId, Declaration declaration) {
        Worker worker = workers.get(declaration.getWorkerId());
        if (worker == null) {
            throw new IllegalStateException("worker " + declaration.getWorkerId() + " of event " + eventId + " is missing");
        }
        return worker;
    }

    /** The worker's phone, when the roster has one. */
    Optional<PhoneNumber> phone(Worker worker) {
        return worker.getPhoneCipher() == null ? Optional.empty()
                : Optional.of(PhoneNumber.parse(protector.decrypt(worker.getPhoneCipher()), "phone"));
    }

    /** name, year, workType and level: what every notice about a declaration names. */
    Map<String, String> params(Declaration declaration, Worker worker) {
        Map<String, String> params = new HashMap<>();
        params.put("name", worker.getName());
        params.put("year", String.valueOf(declaration.getYear()));
        params.put("workType", catalog.find(declaration.getWorkTypeCode()).map(WorkType::getName).orElse(declaration.getWorkTypeCode()));
        params.put("level", declaration.getTargetLevel().displayName());
        return params;
    }
}
