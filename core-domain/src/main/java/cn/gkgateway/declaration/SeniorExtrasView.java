package cn.gkgateway.declaration;

import java.time.Instant;
import java.util.List;

/**
 * The 高级技师 extras as the author and the reviewers see them: the values, each optional condition with
 * whether it is claimed and how many proof files it has, the thesis files with whether each is named by
 * the title, what submission still needs, and whether the caller may change them now.
 */
public record SeniorExtrasView(long declarationId, boolean editable, String annualAssessment, String annualAssessmentName,
                               String resume, String rewardsPenalties, String achievements, List<Integer> claimedConditions,
                               List<Condition> conditions, String thesisTitle, List<ThesisFile> thesisFiles,
                               List<String> missing, Instant updatedAt) {

    public record Condition(int number, String name, boolean claimed, int proofFiles) {
    }

    public record ThesisFile(String fileName, boolean matchesTitle) {
    }
}
