package cn.gkgateway.identity;

/**
 * A person as the government-service login vouches for them, already mapped from the provider's
 * claims. {@code toString} is masked.
 *
 * @param realNameLevel the provider's real-name level (higher is stronger)
 */
public record GovernmentIdentity(String name, IdNumber idNumber, PhoneNumber phone, int realNameLevel) {

    @Override
    public String toString() {
        return "GovernmentIdentity[" + idNumber + ", " + phone + ", L" + realNameLevel + "]";
    }
}
