package dev.directsupply.kernel.agreement;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Versioned;
import java.util.Optional;

/**
 * Keeps the register of confidentiality agreements (DS-7.2.3): records a signed agreement, revokes one,
 * and reads it. Each change goes through the pipeline and is audited like any other command.
 */
public final class AgreementDesk {
    private final Pipeline pipeline;
    private final Aggregates<ConfidentialityAgreement> agreements;

    public AgreementDesk(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.agreements = pipeline.aggregates(StoredAgreements.COLLECTION, StoredAgreements.CODEC);
    }

    /** Records a person's signed agreement, replacing the last one on record. */
    public ConfidentialityAgreement record(Actor actor, RecordConfidentialityAgreement command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            ConfidentialityAgreement signed = ConfidentialityAgreement.signed(ActorId.of(command.person()),
                command.reference().strip(), command.signedOn(), command.expiresOn());
            Optional<Versioned<ConfidentialityAgreement>> earlier = work.find(agreements, command.person());
            if (earlier.isPresent()) {
                return work.save(agreements, earlier.get(), Changed.to(signed)).aggregate();
            }
            return work.create(agreements, Changed.to(signed));
        });
    }

    /** Revokes a person's agreement from a day on. */
    public ConfidentialityAgreement revoke(Actor actor, RevokeConfidentialityAgreement command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Versioned<ConfidentialityAgreement> current = work.get(agreements, command.person());
            return work.save(agreements, current, Changed.to(current.aggregate().revoked(command.revokedOn(),
                command.reason().strip()))).aggregate();
        });
    }

    /** A person's agreement on record. */
    public Optional<ConfidentialityAgreement> agreement(Actor actor, ActorId person) {
        return agreements.find(actor, AgreementPermissions.VIEW_AGREEMENTS, person);
    }
}
