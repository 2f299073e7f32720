package cn.gkgateway.declaration;

import cn.gkgateway.outbox.DomainEvent;

/** An event of one declaration: its aggregate is the declaration. */
public interface DeclarationEvent extends DomainEvent {

    long declarationId();

    @Override
    default String aggregateType() {
        return "declaration";
    }

    @Override
    default long aggregateId() {
        return declarationId();
    }
}
