package cn.gkgateway.transfer;

/** What a receiving unit learns of a person it names by full ID number: the name and the masked number, nothing more. */
public record TransferCandidate(String name, String idNumberMasked) {
}
