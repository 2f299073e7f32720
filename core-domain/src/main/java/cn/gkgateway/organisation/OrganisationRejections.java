package cn.gkgateway.organisation;

import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;

import java.util.List;

/** Turns the rejections of one change into one refusal: the first decides code and status, all are listed. */
final class OrganisationRejections {

    private OrganisationRejections() {
    }

    static void throwIfAny(List<OrganisationRejection> rejections) {
        if (!rejections.isEmpty()) {
            throw toException(rejections);
        }
    }

    static DomainException toException(List<OrganisationRejection> rejections) {
        OrganisationRejection first = rejections.get(0);
        List<FieldProblem> problems = rejections.stream().map(r -> new FieldProblem(r.field(), r.reason())).toList();
        return new DomainException(first.kind(), first.code(), first.reason(), problems);
    }
}
