package cn.gkgateway.rosterimport;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.review.Decision;

import java.io.InputStream;

/**
 * What every batch request a unit submits for review with a signed printout and a contact offers
 * (roster imports, key-info changes), so that their web endpoints are written once: the printout
 * ({@link BatchEvidence}), submission ({@link BatchSubmission}) and the exam offices' decision.
 * Requests out of the caller's scope answer the feature's NOT_FOUND code, whatever the call.
 */
public interface BatchRequestService {

    /** Checks and stores the printout of the caller's own draft, replacing an earlier one. */
    void attachEvidence(Caller caller, long id, InputStream body, String fileName);

    /** A copy of the printout, for anyone who may see the request. */
    BatchEvidence.Opened evidence(Caller caller, long id, BatchEvidence.Copy copy);

    void submit(Caller caller, long id, String contactName, String contactPhone);

    void decide(Caller caller, long id, Decision decision, String reason);
}
